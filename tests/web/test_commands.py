"""`serve` and `calendar` as commands: help that loads nothing heavy, and a readable
error where the web extra is missing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from publisher.errors import MissingExtraError
from publisher.web.server import require_web


def test_help_loads_neither_flask_nor_the_web_package() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['publisher', 'serve', '--help']\n"
        "from publisher.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED:' + ','.join(m for m in ('flask', 'jinja2', 'waitress', 'icalendar',"
        " 'publisher.web.app') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "publisher serve --port 8000" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "LOADED:"


def test_without_the_web_extra_the_error_names_the_pip_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "waitress", None)  # as if it were not installed
    with pytest.raises(MissingExtraError) as caught:
        require_web()
    assert caught.value.message == (
        "the web view needs the optional 'web' dependencies, which are not installed"
    )
    assert caught.value.hint == "pip install 'publisher[web]'"
