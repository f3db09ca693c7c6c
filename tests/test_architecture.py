"""The shape of the package, read from its imports (the ``ast`` module, nothing run):
no cycles, dependencies pointing down, and a pure core.

Imports inside ``if TYPE_CHECKING:`` are annotations only and do not count; imports
inside functions do: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "publisher"

# The pure core: what it is given, it returns; no database, no command line, no platform.
PURE = (
    "publisher.schedule.planner",
    "publisher.render",
    "publisher.privacy.scanner",
    "publisher.privacy.findings",
    "publisher.cases.files",
)
IMPURE = ("sqlalchemy", "click", "publisher.store", "publisher.cli", "publisher.dispatch")
# Below everything but the vocabulary: the store knows rows, not case files or platforms.
STORE_MAY_NOT = (
    "publisher.cases.files",
    "publisher.adapters",
    "publisher.schedule",
    "publisher.render",
    "publisher.privacy",
    "publisher.cli",
)


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


_MODULES = {_name(path): path for path in ROOT.rglob("*.py")}


@cache
def graph() -> dict[str, set[str]]:
    return {name: set(_imports(path, name)) for name, path in _MODULES.items()}


def _imports(path: Path, name: str) -> Iterator[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from pkg import module` needs the module; `from module import name`, the module.
            names = [f"{base}.{alias.name}" for alias in node.names]
            submodules = [n for n in names if n in _MODULES]
            yield from submodules or [base]
            yield from names


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                yield child
                yield from _runtime_nodes(child)
            continue
        yield node
        yield from _runtime_nodes(node)


def _ours(name: str) -> set[str]:
    """The package's own modules that ``name`` imports."""
    modules = graph()
    return {m for m in graph()[name] if m in modules and m != name}


def test_the_import_walk_sees_known_edges() -> None:
    """Guards the walk itself: a broken parser would pass every rule below."""
    assert "publisher.store.models" in _ours("publisher.store.posts")
    assert "publisher.images.dicom" in _ours("publisher.images.cleaning")  # a lazy import
    assert "sqlalchemy" in graph()["publisher.store.posts"]


def test_no_import_cycles() -> None:
    cycles = _cycles({name: _ours(name) for name in graph()})
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("module", sorted(m for m in graph() if _under(m, PURE)))
def test_the_pure_core_imports_no_database_command_line_or_platform(module: str) -> None:
    bad = {i for i in graph()[module] if _under(i, IMPURE)}
    # publisher.adapters.base holds the capabilities a platform declares: data, not a client.
    bad |= {
        i
        for i in graph()[module]
        if _under(i, ("publisher.adapters",)) and not _under(i, ("publisher.adapters.base",))
    }
    assert bad == set(), f"{module} imports {sorted(bad)}"


@pytest.mark.parametrize("module", sorted(m for m in graph() if _under(m, ("publisher.store",))))
def test_the_store_knows_rows_not_case_files_or_platforms(module: str) -> None:
    bad = {i for i in graph()[module] if _under(i, STORE_MAY_NOT)}
    assert bad == set(), f"{module} imports {sorted(bad)}"


def test_only_the_cross_cutting_pieces_live_at_the_top() -> None:
    top = {p.stem for p in ROOT.glob("*.py")} - {"__init__", "__main__"}
    assert top <= {"errors", "clock", "config", "logs"}, sorted(top)


SUBPACKAGES = ("accounts", "cases", "dispatch", "images", "media", "render", "schedule")


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_each_subpackage_exports_its_api(name: str) -> None:
    """Every name a subpackage's ``__init__`` promises resolves, from the module it names."""
    import importlib

    package = importlib.import_module(f"publisher.{name}")
    assert package.__all__, name
    for exported in package.__all__:
        value = getattr(package, exported)
        home = getattr(value, "__module__", None) or package.EXPORTS[exported]
        assert home.startswith(f"publisher.{name}") or exported.isupper(), (exported, home)
