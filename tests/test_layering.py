"""The layers: `shared/` below the services, the services beside each other, the CLI on top."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ("fetcher", "cleaner", "extractor")


def _imports(folder: Path) -> dict[str, set[str]]:
    """Every module a file of `folder` imports, by file."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_shared_imports_no_service() -> None:
    for path, names in _imports(ROOT / "shared").items():
        assert not [n for n in names if n.startswith("services")], path


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_imports_neither_the_cli_nor_another_service(service: str) -> None:
    others = tuple(f"services.{s}" for s in SERVICES if s != service)
    for path, names in _imports(ROOT / "services" / service).items():
        assert not [n for n in names if n.startswith(("services.cli", *others))], path
