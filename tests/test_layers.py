"""The core imports no Qt: only src/pickuppoint/ui/ may."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "pickuppoint"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)


def test_core_imports_no_qt():
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
        if "ui" not in p.relative_to(SRC).parts[:1] and QT_IMPORT.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_core_modules_import_without_qt_loaded():
    import subprocess
    import sys

    core = sorted(
        ".".join(("pickuppoint", *p.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__")
        for p in SRC.rglob("*.py")
        if p.relative_to(SRC).parts[0] not in ("ui", "cli", "__main__.py")
    )
    code = (
        "import sys, importlib\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- layers and import cycles ----------------------------------------------------------------

LOWER = ("domain", "store", "eventlog")


def _module_name(path: Path) -> str:
    return ".".join(("pickuppoint", *path.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__")


def _imports(path: Path) -> set[str]:
    """The pickuppoint modules a file imports at module level (function-level imports and
    `if TYPE_CHECKING:` blocks excluded: they run later, or never)."""
    import ast

    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]

    def visit(nodes):
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("pickuppoint"))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
                if not base.startswith("pickuppoint"):
                    continue
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    as_path = SRC.joinpath(*candidate.split(".")[1:])
                    found.add(candidate if as_path.with_suffix(".py").exists() or as_path.is_dir()
                              else base)
            elif isinstance(node, ast.If):
                test = node.test
                if not (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"):
                    visit(node.body)
                    visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)

    visit(tree.body)
    return found


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in SRC.rglob("*.py")
            if p.relative_to(SRC).parts[0] not in ("ui",)}


def test_lower_layers_never_import_services_or_what_sits_on_them():
    offenders = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if rel.parts[0] not in LOWER:
            continue
        text = path.read_text("utf-8")
        for upper in ("services", "cli", "ui", "documents"):
            if re.search(rf"pickuppoint\.{upper}\b", text):
                offenders.append(f"{rel} -> {upper}")
    assert offenders == []


def test_store_never_imports_the_event_log():
    """store < eventlog: the log's tables are the store's; the record format both use is domain's."""
    graph = _graph()
    assert [m for m, deps in graph.items() if m.startswith("pickuppoint.store")
            and any(d.startswith("pickuppoint.eventlog") for d in deps)] == []


def test_there_is_no_import_cycle():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in graph:
                continue
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    assert cycles == []
