"""Neo4j Community from Maven Central: no tarball is published there, so the jars are the runtime
dependencies of the pom-only assembly, fetched once by Maven into the cache (see
research/neo4j-from-maven.md). A marker file written last tells a complete install from a broken one.
"""

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from string import Template

from chronicle.stack.errors import InstallFailed, JavaMissing, MavenMissing
from chronicle.stack.layout import BROWSER_VERSION, NEO4J_VERSION, StackPaths
from chronicle.stack.processes import tail

__all__ = ["MIN_JAVA", "ensure_installed", "find_java", "java_major", "render_pom"]

MIN_JAVA = 17
TEMPLATES = Path(__file__).parent / "templates"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


def render_pom(neo4j_version: str = NEO4J_VERSION, browser_version: str = BROWSER_VERSION) -> str:
    """The Maven project whose runtime dependencies are a Neo4j server plus its Browser."""
    template = Template((TEMPLATES / "neo4j-dist.pom.xml").read_text(encoding="utf-8"))
    return template.substitute(neo4j_version=neo4j_version, browser_version=browser_version)


def java_major(version_output: str) -> int | None:
    """The major Java version in `java -version` output ('1.8.0' counts as 8)."""
    match = _JAVA_VERSION.search(version_output)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def find_java() -> Path:
    """A Java 17+ executable: $JAVA_HOME/bin/java, else `java` on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    candidate = Path(java_home) / "bin" / "java" if java_home else None
    if candidate is None or not candidate.exists():
        found = shutil.which("java")
        if found is None:
            raise JavaMissing(
                f"Java {MIN_JAVA}+ is needed to run Neo4j and none was found "
                "(install openjdk-17-jre-headless, or set JAVA_HOME)."
            )
        candidate = Path(found)
    result = subprocess.run(
        [str(candidate), "-version"], capture_output=True, text=True, check=False, timeout=60
    )
    major = java_major(result.stderr + result.stdout)
    if major is None or major < MIN_JAVA:
        raise JavaMissing(
            f"Neo4j {NEO4J_VERSION} needs Java {MIN_JAVA}+, but {candidate} is "
            f"{'of unknown version' if major is None else f'Java {major}'}."
        )
    return candidate


def _check_lib(lib: Path, neo4j_version: str) -> int:
    jars = list(lib.glob("*.jar"))
    for needed in (f"neo4j-{neo4j_version}.jar", f"neo4j-browser-{BROWSER_VERSION}.jar"):
        if not (lib / needed).exists():
            raise InstallFailed(f"Maven finished but {needed} is missing from {lib}.")
    return len(jars)


def ensure_installed(paths: StackPaths, progress: Callable[[str], None] = lambda _: None) -> bool:
    """Fetch the Neo4j jars into the cache unless a complete install is there.

    Returns:
        True when it downloaded, False when the cached install was used.
    """
    if paths.neo4j_marker.exists():
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise MavenMissing(
            "Maven (`mvn`) is needed once to fetch Neo4j from Maven Central "
            "(apt-get install maven); it is not needed after the first `stack up`."
        )
    install = paths.neo4j_install
    install.mkdir(parents=True, exist_ok=True)
    pom = install / "pom.xml"
    pom.write_text(render_pom(paths.neo4j_version), encoding="utf-8")
    partial = install / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    log = install / "maven.log"
    progress(f"Fetching Neo4j {paths.neo4j_version} from Maven Central (about 140 MB, first run)")
    started = time.monotonic()
    with log.open("w") as out:
        result = subprocess.run(
            [
                mvn, "-B", "-q", "-f", str(pom),
                f"{DEPENDENCY_PLUGIN}:copy-dependencies",
                "-DincludeScope=runtime", "-DexcludeTypes=pom",
                f"-DoutputDirectory={partial}",
            ],
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, check=False,
        )  # fmt: skip
    if result.returncode != 0:
        raise InstallFailed(
            f"Maven could not fetch Neo4j (exit {result.returncode}); see {log}:\n{tail(log, 10)}"
        )
    jars = _check_lib(partial, paths.neo4j_version)
    shutil.rmtree(paths.neo4j_lib, ignore_errors=True)
    partial.rename(paths.neo4j_lib)
    marker = {
        "neo4j": paths.neo4j_version,
        "browser": BROWSER_VERSION,
        "jars": jars,
        "seconds": round(time.monotonic() - started, 1),
    }
    paths.neo4j_marker.write_text(json.dumps(marker) + "\n", encoding="utf-8")
    progress(f"Neo4j installed: {jars} jars in {paths.neo4j_lib}")
    return True
