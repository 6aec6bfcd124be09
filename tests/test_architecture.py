"""The shape of the package, as docs/architecture.md states it, checked on the source.

Every module's imports are read with ``ast`` (also those inside functions; not those under
``if TYPE_CHECKING:``, which never run): ``core`` imports only the standard library, the
stages import no Django, ``compose`` imports nothing from ``ingest``, and neither the
packages nor the modules import each other in a circle.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT

SOURCE = ROOT / "src" / "memberviews"
STAGES = ("core", "ingest", "compose", "render")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """The nodes that run: ``if TYPE_CHECKING:`` blocks are left out."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """The modules a source file imports, relative imports resolved."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.iter_child_nodes(tree) if top_level_only else _runtime_nodes(tree)
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # "from memberviews.render import common" imports the module render.common.
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


MODULES = {_module_name(p): p for p in sorted(SOURCE.rglob("*.py"))}


def _stage(module: str) -> str | None:
    """``memberviews.ingest.pdf`` → ``ingest``; None for the package itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _own(imported: set[str]) -> set[str]:
    return {name for name in imported if name in MODULES}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("memberviews.core")))
def test_core_imports_only_the_standard_library(module: str) -> None:
    outside = {
        name
        for name in _imports(MODULES[module])
        if not name.startswith("memberviews.core")
        and name.split(".")[0] not in sys.stdlib_module_names
    }
    assert outside == set(), f"{module} imports {sorted(outside)}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) in STAGES))
def test_the_stages_import_no_django_and_no_web_or_cli(module: str) -> None:
    bad = {
        name
        for name in _imports(MODULES[module])
        if name.split(".")[0] == "django" or name.startswith(("memberviews.web", "memberviews.cli"))
    }
    assert bad == set(), f"{module} imports {sorted(bad)}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) == "compose"))
def test_compose_imports_nothing_from_ingest(module: str) -> None:
    found = {name for name in _imports(MODULES[module]) if name.startswith("memberviews.ingest")}
    assert found == set(), f"{module} imports {sorted(found)}"


def test_the_stages_depend_on_core_only() -> None:
    uses: dict[str, set[str]] = {stage: set() for stage in STAGES}
    for module, path in MODULES.items():
        stage = _stage(module)
        if stage in uses:
            uses[stage].update(filter(None, map(_stage, _own(_imports(path)))))
    assert {stage: used - {stage} for stage, used in uses.items()} == {
        "core": set(),
        "ingest": {"core"},
        "compose": {"core"},
        "render": {"core"},
    }


def test_no_module_imports_itself_in_a_circle() -> None:
    graph = {
        module: _own(_imports(path, top_level_only=True)) - {module}
        for module, path in MODULES.items()
    }
    assert _cycles(graph) == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected set of more than one module (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


#: What a test that touches the database names: pytest-django's marks and fixtures, and the
#: web test helpers.
_DATABASE = re.compile(
    r"django_db|\b(?:db|transactional_db|live_server|django_db_setup)\s*:|support\.web\b"
)


def test_every_test_that_touches_a_database_is_under_tests_web() -> None:
    """.ci/run runs tests/web on PostgreSQL as well; a database test elsewhere would not be."""
    tests = ROOT / "tests"
    outside = [
        path.relative_to(ROOT)
        for path in sorted(tests.rglob("test_*.py"))
        if tests / "web" not in path.parents
        and tests / "support" not in path.parents
        and _DATABASE.search(path.read_text(encoding="utf-8"))
        and path.name != "test_architecture.py"
    ]
    assert outside == []
