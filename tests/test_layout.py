"""The package reads top to bottom: no import cycles, and extraction stays pure (no servers)."""

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDERS = {"chronicle": "chronicle", "cli": "cli", "consumers": "consumers", "cypher": "cypher"}
FOLDERS |= {"extraction": "extraction", "graph": "graph", "stack": "stack", "resolution": "resolution"}


def _module_name(path: Path) -> str:
    folder = path.relative_to(REPO).parts[0]
    inside = path.relative_to(REPO / folder).with_suffix("").parts
    parts = ["chronicle"] if folder == "chronicle" else ["chronicle", folder]
    parts += [p for p in inside if p != "__init__"]
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    """Each chronicle module and the chronicle modules it imports (anywhere in the file)."""
    graph: dict[str, set[str]] = {}
    for folder in FOLDERS:
        for path in (REPO / folder).rglob("*.py"):
            if "data" in path.relative_to(REPO).parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chronicle"):
                    names.add(node.module)
                    names.update(f"{node.module}.{alias.name}" for alias in node.names)
                elif isinstance(node, ast.Import):
                    names.update(a.name for a in node.names if a.name.startswith("chronicle"))
            graph[_module_name(path)] = names
    return {module: {n for n in names if n in graph and n != module} for module, names in graph.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for imported in sorted(graph[module]):
            if state.get(imported) == 1:
                return [*path[path.index(imported) :], imported]
            if imported not in state and (found := visit(imported)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_module_imports_itself_through_others() -> None:
    assert _cycle(_imports()) is None


def test_extraction_imports_no_server_client() -> None:
    clients = ("neo4j", "nats", "faststream")
    offenders = []
    for path in (REPO / "extraction").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in clients]
            offenders += [
                f"{path.name}: {n}" for n in names if n.startswith(("chronicle.graph", "chronicle.consumers"))
            ]
    assert offenders == []


def test_importing_the_package_reads_no_settings_only_starting_the_worker_does() -> None:
    """Settings come from .env when a command or the worker starts, so a command run from another
    folder, or a test that sets the environment first, sees its own configuration."""
    modules = sorted(set(_imports()) - {"chronicle.consumers.app", "chronicle.__main__"})
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from chronicle.settings import get_settings\n"
        "print(get_settings.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == "0", "a module read the settings when it was imported"
