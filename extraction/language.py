"""Is this article English? An offline check run before extraction, so that the rules (written for
English) never mine a German or Russian text into nonsense entities, claims and dates.

Two signals, both cheap and explainable in a dead-letter reason:

- **Script.** Letters are counted by Unicode script; a text whose letters are mostly not Latin
  (Cyrillic, Arabic, Han, ...) is not English.
- **Function words.** For Latin-script text, the share of its words that are the commonest function
  words of each language (`extraction/data/function_words.jsonl`, about 40-60 words a language).
  English news runs at 35-50 % English function words; German, French, Spanish... run at a few
  per cent of English ones and 25-45 % of their own.

Text too short to judge (fewer than MIN_WORDS words, or MIN_LETTERS letters of another script) is given the benefit of the doubt: a headline or
a one-sentence item is processed as English, never refused.
"""

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from chronicle.errors import ChronicleError

__all__ = [
    "MIN_LETTERS",
    "MIN_WORDS",
    "FunctionWords",
    "LanguageVerdict",
    "NotEnglishError",
    "ensure_english",
    "judge_language",
    "load_function_words",
]

DATA = Path(__file__).resolve().parent / "data" / "function_words.jsonl"
MIN_WORDS = 12  # below this, too few words to judge: processed as English
MIN_LETTERS = 24  # the same for a text in another script (Chinese and Japanese have no spaces)
SAMPLE_WORDS = 2000  # words read from the start of a long text; enough for a stable share
# Not English when another language's function words are at least twice as frequent (and at least
# OTHER_SHARE of the words), or when ACCENTED_SHARE of the words carry letters English does not use
# (ş, ł, ő, ã...) and English function words are not clearly there (CLEAR_ENGLISH).
OTHER_SHARE = 0.10
ACCENTED_SHARE = 0.20
CLEAR_ENGLISH = 0.25
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPTS = {
    "LATIN": "Latin",
    "CYRILLIC": "Cyrillic",
    "GREEK": "Greek",
    "ARABIC": "Arabic",
    "HEBREW": "Hebrew",
    "CJK": "Chinese/Japanese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
    "DEVANAGARI": "Hindi/Devanagari",
    "THAI": "Thai",
    "GEORGIAN": "Georgian",
    "ARMENIAN": "Armenian",
}


class NotEnglishError(ChronicleError, ValueError):
    """The article's text is not English; the message is the reason the worker dead-letters it with."""


@dataclass(frozen=True)
class FunctionWords:
    """One language's commonest function words."""

    code: str
    name: str
    words: frozenset[str]


@dataclass(frozen=True)
class LanguageVerdict:
    """What the check found: English or not, the likeliest language, and why."""

    english: bool
    language: str | None  # ISO 639-1 code or script name; None when too short to tell
    reason: str


@cache
def load_function_words(path: Path = DATA) -> tuple[FunctionWords, ...]:
    """The function-word lists, English first."""
    rows = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                rows.append(FunctionWords(row["language"], row["name"], frozenset(row["words"])))
    return tuple(sorted(rows, key=lambda r: r.code != "en"))


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Word -> the languages whose list holds it (one pass over the text counts every language)."""
    index: dict[str, list[str]] = {}
    for fw in load_function_words():
        for word in fw.words:
            index.setdefault(word, []).append(fw.code)
    return {word: tuple(codes) for word, codes in index.items()}


@cache
def _names() -> dict[str, str]:
    return {fw.code: fw.name for fw in load_function_words()}


def _script(char: str) -> str | None:
    """The script of a letter, from its Unicode name ('CYRILLIC SMALL LETTER A' -> Cyrillic)."""
    if char < "\u0250":  # ASCII, Latin-1 and Latin Extended-A/B: the common case, without a lookup
        return "Latin"
    name = unicodedata.name(char, "")
    for key, script in _SCRIPTS.items():
        if name.startswith(key):
            return script
    return "other" if name else None


def _dominant_script(text: str) -> tuple[str | None, float, int]:
    """(most frequent script, its share of the letters, number of letters) over a sample."""
    sample = text[: SAMPLE_WORDS * 8]
    others = _NON_LATIN.findall(sample)  # usually none: English never needs a per-letter lookup
    latin = len(sample) - len(_LATIN.sub("", sample)) if others else sum(map(str.isalpha, sample))
    letters = latin + len(others)
    if not letters:
        return None, 0.0, 0
    if latin * 2 >= letters:
        return "Latin", latin / letters, letters
    counts = {"Latin": latin}
    for char in others:
        script = _script(char) or "other"
        counts[script] = counts.get(script, 0) + 1
    script, count = max(counts.items(), key=lambda kv: kv[1])
    return script, count / letters, letters


def judge_language(text: str) -> LanguageVerdict:
    """Whether `text` is English, with the likeliest language and a one-line reason."""
    script, script_share, letters = _dominant_script(text)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[: SAMPLE_WORDS * 8])][:SAMPLE_WORDS]
    if script not in {"Latin", None} and letters >= MIN_LETTERS:  # Chinese has no spaces to count words by
        language = _cyrillic_language(words) if script == "Cyrillic" else script
        return LanguageVerdict(
            False, language, f"not English: {script_share:.0%} of {letters} letters are {script} script"
        )
    if len(words) < MIN_WORDS:
        return LanguageVerdict(True, None, f"too short to judge ({len(words)} words): read as English")
    counts = dict.fromkeys(_names(), 0)
    index = _index()
    for word in words:
        for code in index.get(word, ()):
            counts[code] += 1
    shares = {code: count / len(words) for code, count in counts.items()}
    names = _names()
    english = shares.pop("en")
    best = max(shares, key=shares.__getitem__)
    accented = sum(1 for w in words if not w.isascii()) / len(words)
    if shares[best] >= max(2 * english, OTHER_SHARE) or (
        accented >= ACCENTED_SHARE and english < CLEAR_ENGLISH
    ):
        name = names[best] if shares[best] > english else "a Latin-script language other than English"
        return LanguageVerdict(
            False,
            best if shares[best] > english else None,
            f"not English: looks like {name} ({shares[best]:.0%} {names[best]} function words, "
            f"{english:.0%} English, {accented:.0%} words with non-English letters, over {len(words)} words)",
        )
    return LanguageVerdict(True, "en", f"English: {english:.0%} English function words")


def _cyrillic_language(words: list[str]) -> str:
    """Russian or Ukrainian: letters only one of them writes (ы э ъ ё / і ї є ґ), then their function
    words; else the script's name."""
    text = "".join(words)
    counts = {"ru": sum(map(text.count, "ыэъё")), "uk": sum(map(text.count, "іїєґ"))}
    for fw in load_function_words():
        if fw.code in counts:
            counts[fw.code] += sum(1 for w in words if w in fw.words)
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else "Cyrillic"


def ensure_english(text: str) -> LanguageVerdict:
    """The verdict for an English text; raises NotEnglishError (the reason as message) otherwise."""
    verdict = judge_language(text)
    if not verdict.english:
        raise NotEnglishError(verdict.reason)
    return verdict
