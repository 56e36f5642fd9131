"""HeidelTime as a bench-only baseline: fetched from Maven Central, run here, scored by our scorer.

Never part of the installed package and never run in CI: `bench/timex_eval.py --heideltime` calls it.
What it does, so that "ours vs HeidelTime" comes from one run on the same texts and DCTs:

- fetches `com.github.heideltime:heideltime:2.2.1` and the two libraries its standalone needs
  (`uimaj-core`, `args4j`, "provided" in its POM) with `mvn dependency:get` into a local repository
  under the cache (`~/.cache/chronicle/heideltime`, or `$CHRONICLE_HEIDELTIME_CACHE`);
- writes a config.props (no TreeTagger: the POS tagger is off, `POSTagger.NO`) and compiles the
  small batch driver `HeidelBatch.java` beside this file, so one JVM tags the whole corpus;
- runs it (news document type with the DCT; narratives when a line has none) and turns each
  `<TIMEX3>` of its TimeML output back into a TimeExpression with offsets into the original text.
"""

import html
import os
import re
import shutil
import subprocess
import tempfile
from difflib import SequenceMatcher
from pathlib import Path

from chronicle.extraction.gold import GoldLine
from chronicle.extraction.models import TimeExpression

__all__ = ["HeidelTimeError", "cache_dir", "parse_timeml", "run_heideltime"]

VERSION = "2.2.1"
ARTIFACTS = {
    "com.github.heideltime:heideltime:" + VERSION: "com/github/heideltime/heideltime/{v}/heideltime-{v}.jar",
    "org.apache.uima:uimaj-core:2.8.1": "org/apache/uima/uimaj-core/2.8.1/uimaj-core-2.8.1.jar",
    "args4j:args4j:2.32": "args4j/args4j/2.32/args4j-2.32.jar",
}
_DRIVER = Path(__file__).resolve().parent / "HeidelBatch.java"
# Our own settings; the keys are those HeidelTime's standalone Config reads. Only the type system
# path matters when the POS tagger is off (it is read from inside the jar).
_CONFIG = """considerDate = true
considerDuration = true
considerSet = true
considerTime = true
considerTemponym = false
treeTaggerHome = /nonexistent
chineseTokenizerPath = /nonexistent
typeSystemHome = desc/type/HeidelTime_TypeSystem.xml
typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml
uimaVarDate = Date
uimaVarDuration = Duration
uimaVarLanguage = Language
uimaVarSet = Set
uimaVarTime = Time
uimaVarTemponym = Temponym
uimaVarTypeToProcess = Type
"""
_TAG = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_BODY = re.compile(r"<TimeML>\n?(.*)</TimeML>", re.DOTALL)


class HeidelTimeError(RuntimeError):
    """HeidelTime could not be fetched, built or run; the message says which step and why."""


def cache_dir() -> Path:
    """Where the Maven repository, the compiled driver and the run files live (outside the repo)."""
    return Path(os.environ.get("CHRONICLE_HEIDELTIME_CACHE", Path.home() / ".cache/chronicle/heideltime"))


def _run(cmd: list[str], what: str, timeout: int) -> None:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise HeidelTimeError(f"{what}: {exc}") from exc
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise HeidelTimeError(f"{what} failed ({done.returncode}): {' | '.join(tail)}")


def _classpath(cache: Path) -> str:
    repo = cache / "m2"
    jars = []
    for coords, rel in ARTIFACTS.items():
        jar = repo / rel.format(v=VERSION)
        if not jar.exists():
            if shutil.which("mvn") is None:
                raise HeidelTimeError("mvn not found: install Maven to fetch HeidelTime")
            _run(
                ["mvn", "-q", "-B", f"-Dmaven.repo.local={repo}", "dependency:get", f"-Dartifact={coords}"],
                f"mvn dependency:get {coords}",
                900,
            )
        jars.append(str(jar))
    return os.pathsep.join(jars)


def _prepare(cache: Path) -> tuple[str, Path]:
    """The classpath (jars + compiled driver) and the config file, built once."""
    if shutil.which("java") is None or shutil.which("javac") is None:
        raise HeidelTimeError("java/javac not found: a JDK is needed to run HeidelTime")
    cache.mkdir(parents=True, exist_ok=True)
    jars = _classpath(cache)
    config = cache / "config.props"
    config.write_text(_CONFIG, encoding="utf-8")
    classes = cache / "classes"
    compiled = classes / "HeidelBatch.class"
    if not compiled.exists() or compiled.stat().st_mtime < _DRIVER.stat().st_mtime:
        classes.mkdir(exist_ok=True)
        _run(["javac", "-cp", jars, "-d", str(classes), str(_DRIVER)], "javac HeidelBatch.java", 300)
    return os.pathsep.join([str(classes), jars]), config


def _align(tagged: str, original: str) -> list[int | None]:
    """For each character of `tagged` (tags removed), its offset in `original` (None if absent)."""
    if tagged == original:
        return list(range(len(tagged)))
    where: list[int | None] = [None] * len(tagged)
    for block in SequenceMatcher(None, tagged, original, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            where[block.a + k] = block.b + k
    return where


def parse_timeml(timeml: str, original: str) -> list[TimeExpression]:
    """The TIMEX3 of HeidelTime's TimeML output, with offsets into the text it was given."""
    body_match = _BODY.search(timeml)
    body = body_match.group(1) if body_match else timeml
    plain: list[str] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    pos, length, open_at, attrs = 0, 0, None, {}
    for tag in _TAG.finditer(body):
        chunk = body[pos : tag.start()]
        plain.append(chunk)
        length += len(chunk)
        if tag.group(1) is not None:
            open_at, attrs = length, dict(_ATTR.findall(tag.group(1)))
        elif open_at is not None:
            spans.append((open_at, length, attrs))
            open_at = None
        pos = tag.end()
    plain.append(body[pos:])
    where = _align("".join(plain), original)
    found = []
    for start, end, attr in spans:
        mapped = [w for w in where[start:end] if w is not None]
        if not mapped:
            continue
        a, b = mapped[0], mapped[-1] + 1
        kind = attr.get("type", "DATE")
        found.append(
            TimeExpression(
                text=original[a:b],
                start=a,
                end=b,
                type=kind if kind in {"DATE", "TIME", "DURATION", "SET"} else "DATE",  # type: ignore[arg-type]
                value=html.unescape(attr["value"]) if "value" in attr else None,
            )
        )
    return found


def run_heideltime(lines: list[GoldLine]) -> dict[str, list[TimeExpression]]:
    """HeidelTime's time expressions for every gold line (by id), from one JVM run."""
    cache = cache_dir()
    classpath, config = _prepare(cache)
    with tempfile.TemporaryDirectory(dir=cache, prefix="run-") as tmp:
        manifest = []
        for n, line in enumerate(lines):
            path = Path(tmp) / f"{n}.txt"
            path.write_text(line.text or "", encoding="utf-8")
            dct = line.published_at.isoformat()[:10] if line.published_at else ""
            manifest.append(f"{path}\t{dct}")
        listing = Path(tmp) / "manifest.tsv"
        listing.write_text("\n".join(manifest) + "\n", encoding="utf-8")
        _run(
            ["java", "-Xmx2g", "-cp", classpath, "HeidelBatch", str(listing), str(config)],
            "java HeidelBatch",
            3600,
        )
        result = {}
        for n, line in enumerate(lines):
            out = Path(tmp) / f"{n}.txt.tml"
            if not out.exists():
                raise HeidelTimeError(f"no HeidelTime output for {line.id}")
            result[line.id] = parse_timeml(out.read_text(encoding="utf-8"), line.text or "")
        return result
