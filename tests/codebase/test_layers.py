"""The architecture at a glance stays true: layers only point down, no module imports another that
imports it back (directly or round a circle), no ui module touches the store."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "printproof"

# Cycles still being taken apart. Each entry is a known circle, named so the test fails for any new one
# and for these once they are gone (then delete the entry). The sealing work removed the last two
# (approvals<->proofs, pickup<->verify): the sealed content lives in store/sealed.py, the standing approval
# beside the proof versions it depends on.
KNOWN_CYCLES: set[frozenset[str]] = set()


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Each module's imports of other printproof modules and of outside packages (top-level name), lazy ones too."""
    modules = {_module(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    full = f"{target}.{alias.name}"
                    found.add(full if full in modules else target)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = found - {name}
    return graph


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "printproof"


def test_layers_only_point_down():
    allowed = {
        "domain": {"domain", "resources"},  # resources.py is the standard library only: where the catalogue is
        "store": {"domain", "store"},
        "services": {"domain", "store", "services", "resources", "logs", "smtp", "tsa"},
        "smtp": {"domain", "smtp"},
        "tsa": {"tsa"},
        "portal": {"domain", "portal", "resources", "logs", "smtp", "tsa"},  # the portal never touches the shop's store
        "workers": {"domain", "services", "workers", "logs"},
        "cli": {"domain", "services", "store", "cli", "logs", "portal"},
        "ui": {"domain", "services", "workers", "ui", "resources", "logs"},
    }
    wrong = []
    for module, imports in _imports().items():
        layer = _layer(module)
        for target in imports:
            if target.startswith("printproof.") and layer in allowed and _layer(target) not in allowed[layer]:
                wrong.append(f"{module} imports {target}")
            outside = target.split(".")[0]
            if layer in ("domain", "store", "services", "cli", "portal", "smtp", "tsa") and outside == "PySide6":
                wrong.append(f"{module} imports Qt ({target})")
            if layer == "domain" and outside in ("peewee", "psycopg2", "reportlab", "pikepdf", "pypdfium2"):
                wrong.append(f"{module} imports {outside}")
            if layer == "ui" and outside in ("peewee", "psycopg2"):
                wrong.append(f"{module} imports {outside}")
    assert not wrong, "\n".join(sorted(wrong))


# The services' areas, each a package, lowest first: an area imports only itself and the areas before it.
AREAS = ["core", "documents", "artwork", "proofing", "evidence", "counter", "privacy", "admin"]


def test_service_areas_point_down():
    """services/ is grouped by what the shop does; an area never reaches up into one that stands on it (e.g. the
    core into the counter, evidence into privacy), lazy imports included, and no module is left outside an area."""
    wrong = []
    for module, imports in _imports().items():
        parts = module.split(".")
        if parts[:2] != ["printproof", "services"] or len(parts) < 3:
            continue
        area = parts[2]
        if area not in AREAS:
            wrong.append(f"{module} is in no area")
            continue
        for target in imports:
            there = target.split(".")
            if there[:2] == ["printproof", "services"] and len(there) > 2 and there[2] in AREAS:
                if AREAS.index(there[2]) > AREAS.index(area):
                    wrong.append(f"{module} ({area}) imports {target} ({there[2]})")
    areas = {p.name for p in (ROOT / "services").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert areas == set(AREAS), areas ^ set(AREAS)
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycles():
    graph = {m: {t for t in deps if t.startswith("printproof")} for m, deps in _imports().items()}
    graph = {m: {t for t in deps if t in graph} for m, deps in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[frozenset[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(frozenset(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert set(cycles) == KNOWN_CYCLES, sorted(sorted(c) for c in set(cycles) ^ KNOWN_CYCLES)


def test_documents_draw_with_one_set_of_styles():
    """Every PDF takes its fonts, sizes, colours and paragraph styles from services/documents/styles.py: no other
    module makes a ParagraphStyle, mixes a colour or sets a font at a size of its own."""
    own = ROOT / "services" / "documents" / "styles.py"
    wrong = []
    for path in sorted((ROOT / "services").rglob("*.py")):
        if path == own:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.search(r"#[0-9a-fA-F]{6}", node.value)
            ):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} writes a colour of its own: {node.value!r}")
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in ("ParagraphStyle", "Color", "CMYKColor", "HexColor"):
                wrong.append(f"{where} makes a {name}")
            elif name == "setFont" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                wrong.append(f"{where} sets a font at {node.args[1].value} pt")
    assert not wrong, "\n".join(wrong)


def test_screens_take_their_colours_from_one_palette():
    """Every colour the screens show is named once in ui/widgets/palette.py, by what it says (an error, a warning,
    the app's blue); no other ui module writes a colour of its own."""
    own = ROOT / "ui" / "widgets" / "palette.py"
    wrong = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path == own:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for found in re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", node.value):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} writes {found}")
    assert not wrong, "\n".join(wrong)
