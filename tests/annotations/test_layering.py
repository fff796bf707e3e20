"""The annotations app builds on nothing of the claims app (docs/DESIGN.md, "Dependencies
between the apps"): no module of it, migrations included, imports `claims`, even inside a function."""

import ast
from pathlib import Path

import annotations

ROOT = Path(annotations.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_annotations_imports_nothing_from_claims():
    offenders = {
        str(path.relative_to(ROOT)): sorted(name for name in imported_modules(path) if name.split(".")[0] == "claims")
        for path in ROOT.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}
