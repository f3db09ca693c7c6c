"""What a plain `pip install .` ships: every subpackage, the sample content, the migrations."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_every_subpackage_is_listed_for_installation() -> None:
    listed = set(PROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "publisher").rglob("__init__.py")
    }
    assert found <= listed, f"not installed by `pip install .`: {sorted(found - listed)}"


def test_every_data_folder_is_listed_so_the_build_ships_it_without_warnings() -> None:
    # a folder with a name Python could import is a package to setuptools, listed or not
    roots = {"publisher": ROOT / "publisher", "publisher.content": ROOT / "content"}
    listed = set(PROJECT["tool"]["setuptools"]["packages"])
    found = {
        ".".join([name, *folder.relative_to(root).parts])
        for name, root in roots.items()
        for folder in root.rglob("*")
        if folder.is_dir()
        and folder.name != "__pycache__"
        and all(part.isidentifier() for part in folder.relative_to(root).parts)
    }
    assert found <= listed, f"folders setuptools would warn about: {sorted(found - listed)}"


def test_content_and_migrations_ship_as_package_data() -> None:
    mapping = PROJECT["tool"]["setuptools"]["package-dir"]
    assert mapping == {"publisher.content": "content", "publisher.migrations": "migrations"}
    data = PROJECT["tool"]["setuptools"]["package-data"]
    assert data["publisher.content"] == ["**/*"]
    assert "*.py" in data["publisher.migrations"]


def test_builtin_adapters_register_through_entry_points_like_a_third_party() -> None:
    from importlib.metadata import entry_points

    declared = PROJECT["project"]["entry-points"]["publisher.adapters"]
    installed = {ep.name: ep.value for ep in entry_points(group="publisher.adapters")}
    assert {k: installed.get(k) for k in declared} == declared


def test_an_adapter_with_an_extra_names_the_module_it_installs() -> None:
    from publisher.adapters import adapter_class, available

    for name in available():
        cls = adapter_class(name)
        assert (cls.extra is None) == (cls.client_module is None), name
        if cls.extra:
            extras = PROJECT["project"]["optional-dependencies"]
            assert cls.extra in extras, f"{name}: no extra named {cls.extra!r}"


def test_the_face_model_and_its_licence_ship_as_package_data() -> None:
    assert "*" in PROJECT["tool"]["setuptools"]["package-data"]["publisher.data"]
    model = ROOT / "publisher" / "data" / "centerface.onnx"
    notice = (ROOT / "publisher" / "data" / "NOTICE.txt").read_text()
    assert model.stat().st_size > 1_000_000 and "MIT License" in notice
    extras = PROJECT["project"]["optional-dependencies"]
    assert any(d.startswith("rapidocr") for d in extras["ocr"])
    assert any(d.startswith("onnxruntime") for d in extras["ocr"])
    assert "publisher[all]" in extras["test"] and "ocr" in extras["all"][0]


def test_the_web_views_templates_and_static_files_ship_as_package_data() -> None:
    from fnmatch import fnmatch

    data = PROJECT["tool"]["setuptools"]["package-data"]
    # each folder's patterns, written from the web package: "static/screenshots/*.png"
    patterns = [
        "/".join([*package.split(".")[2:], pattern])
        for package, listed in data.items()
        if package.startswith("publisher.web")
        for pattern in listed
    ]
    folder = ROOT / "publisher" / "web"
    files = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
    shipped = [f for f in files if not f.endswith((".py", ".pyc"))]
    assert {"templates/base.html", "static/style.css", "static/screenshots/term.png"} <= set(
        shipped
    )
    for name in shipped:
        assert any(fnmatch(name, pattern) for pattern in patterns), f"{name} would not ship"
