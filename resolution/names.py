"""Name keys that do not depend on spelling: the pure half of identity resolution.

Two spellings of one name get one *fold*: ASCII, lower case, no leading 'the' or possessive, and for
people and places the transliteration rules of `data/transliteration.jsonl` (Ukrainian and Russian
romanisations: -yi/-y/-iy/-ii endings, y/i, kh/h, ye/e opening a name, -iv/-ov/-ev; ts/tz; German
umlauts written ue/oe), so Syrskyi, Syrsky, Syrskiy and Sirskyi share `sirski` and Kyiv and Kiev
share `kiv`. Letters that carry no separate mark are spelt as English text spells them
(`data/letters.jsonl`: Wałęsa is Walesa, Đoković is Djokovic); given names that other languages
romanise otherwise share one form for near-spelling lookups (`data/given_names.jsonl`: Aleksandr and
Oleksandr, Mohammed and Muhammad). Organisations keep their words (only corporate
suffixes and punctuation go, and the few words outlets spell two ways: 'United States'/'U.S.'/'US',
'Defense'/'Defence', in `data/organisation_words.jsonl`; a head noun written first or last:
'Department of Labor'/'Labor Department', `data/organisation_heads.jsonl`), since folding 'Sony' into 'soni' would buy
nothing and risk much.
The rules are data: a new romanisation is a new line, never new code.
"""

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

__all__ = [
    "DATA_DIR",
    "acronym_of",
    "deletions",
    "display_rank",
    "fold",
    "fold_words",
    "given_name",
    "is_acronym",
    "name_words",
    "spells_out",
    "surname",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
_FUNCTION_WORDS = {"of", "for", "the", "and", "on", "in", "de", "&", "to", "at", "des", "du", "la", "le"}
_POSSESSIVE = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")  # 'u.s.', 'n.v.'
_PARTICLES = {"de", "da", "van", "von", "bin", "al", "der", "la", "le", "di", "du", "ibn", "el", "jr", "sr"}


@cache
def _rules(kind: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rules that apply to names of this kind (a rule without 'kinds' applies to all)."""
    with (DATA_DIR / "transliteration.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return tuple(
        (re.compile(row["pattern"]), row["replace"])
        for row in rows
        if "pattern" in row and kind in row.get("kinds", [kind])
    )


@cache
def _preferences() -> tuple[tuple[re.Pattern[str], int], ...]:
    with (DATA_DIR / "transliteration.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return tuple((re.compile(row["prefer"]), int(row["score"])) for row in rows if "prefer" in row)


def display_rank(name: str) -> str:
    """Which of a node's spellings it is shown by, as a string that sorts best last: more words
    first (the name in full), then the preferred romanisation. Ties go to the smaller name, so the
    display name never depends on the order the articles came in."""
    words = min(len(name.split()), 9)
    score = sum(weight for pattern, weight in _preferences() if pattern.search(name.lower()))
    return f"{words}{score + 500:03d}"


@cache
def _corporate_suffixes() -> frozenset[str]:
    with (DATA_DIR / "corporate_suffixes.jsonl").open(encoding="utf-8") as handle:
        return frozenset(json.loads(line)["suffix"] for line in handle if line.strip())


@cache
def _undecomposed() -> dict[int, str]:
    """Letters Unicode does not split into an ASCII letter and a mark (data/letters.jsonl), which
    ASCII folding would otherwise drop ('Wałęsa' would be 'waesa', 'Støre' 'stre')."""
    with (DATA_DIR / "letters.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return str.maketrans({row["letter"]: row["ascii"] for row in rows})


def _ascii(text: str) -> str:
    """ASCII letters of a name: marks dropped ('Erdoğan' is 'Erdogan'), and the letters that carry no
    separate mark spelt as English text spells them ('Wałęsa' is 'Walesa', 'Støre' is 'Store')."""
    text = unicodedata.normalize("NFKD", text.translate(_undecomposed()))
    return text.encode("ascii", "ignore").decode("ascii")


def name_words(name: str) -> list[str]:
    """Lower-case ASCII words of a name, without a leading 'the' or a trailing possessive; dotted
    initials are one word ('U.S.' is 'us', as 'US' is)."""
    text = _POSSESSIVE.sub("", _ascii(name).strip().replace("’", "'")).lower()
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text.replace("'", ""))
    words = [w for w in _NON_WORD.split(text) if w]
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return words


def _fold_word(word: str, kind: str) -> str:
    for pattern, replace in _rules(kind):
        word = pattern.sub(replace, word)
    return word


def fold_words(name: str, kind: str) -> list[str]:
    """The folded words of a name of this kind (Person, Place, Organization, Event)."""
    words = name_words(name)
    if kind in ("Person", "Place"):
        return [_fold_word(w, kind) if w not in _PARTICLES else w for w in words]
    suffixes = _corporate_suffixes()
    while len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    words = _head_last(_country_first(words))
    text = " ".join(words)
    for pattern, replace in _organisation_words():
        text = pattern.sub(replace, text)
    return text.split()


@cache
def _countries() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """Lower-case demonym -> the country's name words, and the country's name words -> the same
    (gazetteer countries by their own name only: 'America' of 'Bank of America' is no country here)."""
    from chronicle.extraction.rules.gazetteer import load_gazetteer  # the gazetteer is data, loaded once

    gazetteer = load_gazetteer()
    names = {code: " ".join(name_words(record.name)) for code, record in gazetteer.countries.items()}
    demonyms = {form.lower(): names[code] for form, code in gazetteer.demonyms.items() if code in names}
    return demonyms, {tuple(name.split()): name for name in names.values()}


def _country_first(words: list[str]) -> list[str]:
    """The country an organisation's name is qualified by, first and by its name, however written:
    'Ukrainian Defence Ministry', "Ukraine's Defence Ministry", 'Defence Ministry of Ukraine' and
    'Ministry of Defence of Ukraine' all begin 'ukraine'."""
    demonyms, countries = _countries()
    if len(words) >= 3 and words[0] in demonyms:
        return [*demonyms[words[0]].split(), *words[1:]]
    if len(words) >= 2 and words[0].endswith("s") and (words[0][:-1],) in countries:
        return [words[0][:-1], *words[1:]]  # "Ukraine's General Staff", its apostrophe dropped
    for at in range(len(words) - 2, 1, -1):  # '... of [the] <country>' ending the name
        if words[at] != "of":
            continue
        tail = [w for w in words[at + 1 :] if w != "the"]
        if tuple(tail) in countries:
            return [*tail, *words[:at]]
    return words


@cache
def _organisation_heads() -> frozenset[str]:
    """Head nouns written before or after what they name (data/organisation_heads.jsonl)."""
    with (DATA_DIR / "organisation_heads.jsonl").open(encoding="utf-8") as handle:
        return frozenset(json.loads(line)["head"] for line in handle if line.strip())


def _head_last(words: list[str]) -> list[str]:
    """'<qualifiers> department of <what>' in the order 'qualifiers what department', as outlets
    also write it ('U.S. Department of Labor' and 'US Labor Department', 'Ministry of Defence' and
    'Defence Ministry'); only with one 'of' and a head the data lists, so 'Bank of America' keeps
    its words; 'on' and 'for' join as 'of' does ('Committee on Foreign Affairs')."""
    joints = [i for i, w in enumerate(words) if w in ("of", "on", "for")]
    if len(joints) != 1:
        return words
    at = joints[0]
    if at == 0 or at == len(words) - 1 or words[at - 1] not in _organisation_heads():
        return words
    rest = [w for w in words[at + 1 :] if w != "the"]
    return [*words[: at - 1], *rest, words[at - 1]] if rest else words


@cache
def _organisation_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Words outlets spell two ways inside organisation names (data/organisation_words.jsonl)."""
    with (DATA_DIR / "organisation_words.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return tuple((re.compile(rf"\b{re.escape(row['words'])}\b"), row["fold"]) for row in rows)


def fold(name: str, kind: str) -> str:
    """One string per spelling family: fold('Oleksandr Syrskyi', 'Person') == 'oleksandr sirski'."""
    return " ".join(fold_words(name, kind))


@cache
def _given_names() -> dict[str, str]:
    """Folded given name -> the folded first name of its group (data/given_names.jsonl)."""
    with (DATA_DIR / "given_names.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    groups: dict[str, str] = {}
    for row in rows:
        folded = [fold(name, "Person") for name in row["names"]]
        for name in folded:
            groups.setdefault(name, folded[0])
    return groups


def given_name(word: str) -> str:
    """One form for the forms of a given name other languages romanise otherwise, from a folded
    word: given_name('aleksandr') == given_name('oleksandr') == 'oleksandr', 'Mohammed' and
    'Muhammad' likewise; any other word as it is."""
    return _given_names().get(word, word)


def surname(name: str) -> str | None:
    """The folded last word of a personal name of two words or more (None for one word)."""
    words = fold_words(name, "Person")
    return words[-1] if len(words) >= 2 else None


def is_acronym(text: str) -> bool:
    """'ISW', 'NATO', 'U.S.' (two to seven capitals, dots allowed)."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def _acronym_words(name: str) -> tuple[list[str], list[bool]]:
    """The words of a name and, for each, whether an acronym may skip it (a function word, or a
    corporate suffix ending the name: 'NV', 'Company')."""
    words = [w for w in re.split(r"[\s\-]+", _ascii(name)) if w and w[:1].isalnum()]
    optional = [w.lower() in _FUNCTION_WORDS for w in words]
    suffixes = _corporate_suffixes()
    end = len(words)
    while end > 1 and words[end - 1].lower().replace(".", "") in suffixes:
        end -= 1
        optional[end] = True
    return words, optional


def acronym_of(name: str) -> str | None:
    """The initials of a name's content words, when it has at least two: 'Institute for the Study
    of War' -> 'ISW'; a corporate suffix ending the name has none ('European Aeronautic Defence &
    Space NV' -> 'EADS')."""
    words, optional = _acronym_words(name)
    content = [w for w, skip in zip(words, optional, strict=True) if not skip and w[:1].isalpha()]
    if len(content) < 2:
        return None
    return "".join(w[0] for w in content).upper()


def spells_out(acronym: str, name: str) -> bool:
    """Whether a name the article writes beside an acronym spells it out: every content word gives
    the acronym its initial, in order, and may give it further letters of its own ('SIA' of
    'Singapore Airlines', 'EADS' of 'European Aeronautic Defence & Space NV'); a function word or
    a corporate suffix may give its initial or nothing. Conservative: no content word is skipped,
    no letter comes from the middle of a word unless that word's initial came first."""
    letters = acronym.replace(".", "").lower()
    words, optional = _acronym_words(name)
    if len(words) < 2 or not letters.isalpha():
        return False
    lower = [w.lower() for w in words]

    @cache
    def match(i: int, j: int) -> bool:  # words[i:] spell letters[j:]
        if i == len(lower):
            return j == len(letters)
        if optional[i] and match(i + 1, j):
            return True
        if j == len(letters) or lower[i][0] != letters[j]:
            return False
        inner, k = lower[i][1:], j + 1  # further letters from inside this word, in order
        for end in range(k, len(letters) + 1):
            if end > k and not _subsequence(letters[k:end], inner):
                break
            if match(i + 1, end):
                return True
        return False

    return match(0, 0)


def _subsequence(part: str, word: str) -> bool:
    found = iter(word)
    return all(ch in found for ch in part)


def deletions(word: str) -> set[str]:
    """Every string one letter shorter: two words one edit apart share one of these or one is the
    other (symmetric-delete lookup of misspelt surnames, Syrksky for Syrsky)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
