"""The language check: non-English articles are recognised (and named), English ones never refused.

The samples below were written for these tests (short news-style paragraphs); the English corpora in
../shared are checked for false alarms in `test_no_false_alarm_on_the_english_dev_corpora`.
"""

import json

import pytest

from chronicle.extraction.language import (
    MIN_WORDS,
    NotEnglishError,
    ensure_english,
    judge_language,
    load_function_words,
)
from tests.conftest import SHARED

NOT_ENGLISH = {
    "de": (
        "Die Regierung hat am Montag neue Maßnahmen gegen die steigenden Energiepreise beschlossen. "
        "Nach Angaben des Ministeriums sollen die Hilfen noch in diesem Jahr ausgezahlt werden, "
        "aber die Opposition kritisiert, dass sie für viele Familien zu spät kommen."
    ),
    "fr": (
        "Le gouvernement a annoncé lundi une série de mesures pour soutenir les agriculteurs touchés par "
        "la sécheresse. Selon le ministre, les aides seront versées avant la fin du mois, mais les "
        "syndicats estiment qu'elles ne suffisent pas."
    ),
    "es": (
        "El presidente anunció este martes que el gobierno destinará más fondos a la reconstrucción de "
        "las zonas afectadas por las inundaciones. Según las autoridades, el agua ha dañado más de dos "
        "mil viviendas y varias carreteras siguen cortadas."
    ),
    "it": (
        "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico della città. "
        "Secondo il sindaco, le modifiche entreranno in vigore dopo l'estate, ma molti commercianti "
        "del centro sono preoccupati per le conseguenze sulle loro attività."
    ),
    "pt": (
        "O governo anunciou nesta quarta-feira um novo pacote de medidas para conter a inflação. "
        "Segundo o ministro, os preços dos alimentos devem cair nos próximos meses, mas os economistas "
        "dizem que a situação ainda é muito difícil para as famílias."
    ),
    "nl": (
        "De gemeente heeft dinsdag besloten om het oude station te renoveren. Volgens de wethouder "
        "worden de werkzaamheden in het voorjaar gestart en zijn ze naar verwachting binnen twee jaar "
        "klaar, maar bewoners maken zich zorgen over de overlast."
    ),
    "pl": (
        "Rząd przyjął we wtorek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych. "
        "Według ministra nowe przepisy wejdą w życie jeszcze w tym roku, ale opozycja twierdzi, że to "
        "tylko doraźne rozwiązanie i nie ma na nie pieniędzy."
    ),
    "tr": (
        "Hükümet salı günü yeni bir ekonomik paket açıkladı. Bakanın açıklamasına göre destekler bu ay "
        "içinde ödenecek, ancak muhalefet partileri paketin çok geç geldiğini ve yeterli olmadığını "
        "söyledi. Uzmanlar da fiyatların bir süre daha yüksek kalacağını düşünüyor."
    ),
    "ru": (
        "Правительство во вторник объявило о новых мерах поддержки для регионов, пострадавших от "
        "наводнения. По словам министра, выплаты начнутся уже в этом месяце, но местные власти "
        "говорят, что помощи пока недостаточно."
    ),
    "uk": (
        "Уряд у вівторок оголосив про нові заходи підтримки для громад, які постраждали від повені. "
        "За словами міністра, виплати почнуться вже цього місяця, але місцева влада каже, що допомоги "
        "поки що недостатньо і що відновлення триватиме роками."
    ),
    "Chinese/Japanese": (
        "政府周二宣布了一系列新的经济措施，以支持受洪水影响的地区。部长表示，补助将在本月内发放，"
        "但地方官员认为目前的援助仍然不足，重建工作可能需要数年时间。"
    ),
    "Arabic": (
        "أعلنت الحكومة يوم الثلاثاء عن حزمة جديدة من الإجراءات لدعم المناطق المتضررة من الفيضانات. "
        "وقال الوزير إن المساعدات ستصرف خلال هذا الشهر، لكن المسؤولين المحليين يقولون إنها غير كافية."
    ),
    "Greek": (
        "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα στήριξης για τις περιοχές που επλήγησαν από τις "
        "πλημμύρες. Σύμφωνα με τον υπουργό, οι πληρωμές θα ξεκινήσουν μέσα στον μήνα, αλλά οι τοπικές "
        "αρχές λένε ότι η βοήθεια δεν είναι αρκετή."
    ),
}

ENGLISH = [
    "The government announced on Tuesday a new package of measures to support the regions hit by the "
    "floods. According to the minister, payments will start this month, but local officials say the "
    "help is not enough and that rebuilding will take years.",
    # English quoting another language stays English
    'The banner read "Nie wieder Krieg, nie wieder Faschismus" as the crowd marched past the '
    "parliament, and the police said about 20,000 people had joined the protest by the afternoon.",
    # a terse wire item, few function words
    "KYIV, Ukraine (AP) - Ukrainian forces repelled 40 Russian attacks near Pokrovsk, General Staff "
    "said Sunday; losses: 1,200 troops, 14 tanks, 30 artillery systems, 2 air defence systems.",
]


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_judge_language_recognises_not_english(language: str) -> None:
    verdict = judge_language(NOT_ENGLISH[language])
    assert not verdict.english
    assert verdict.language == language
    assert verdict.reason.startswith("not English")


@pytest.mark.parametrize("text", ENGLISH)
def test_judge_language_keeps_english(text: str) -> None:
    verdict = judge_language(text)
    assert verdict.english, verdict.reason
    assert verdict.language == "en"


@pytest.mark.parametrize("text", ["", "Breaking:", "Kyiv", "Ein kurzer Titel auf Deutsch", "今日"])
def test_judge_language_reads_too_short_text_as_english(text: str) -> None:
    verdict = judge_language(text)
    assert verdict.english
    assert verdict.language is None


def test_ensure_english_raises_with_the_reason() -> None:
    with pytest.raises(NotEnglishError, match="looks like German"):
        ensure_english(NOT_ENGLISH["de"])
    assert ensure_english(ENGLISH[0]).english


def test_function_word_lists_are_data_with_english_first() -> None:
    lists = load_function_words()
    assert lists[0].code == "en"
    assert all(len(fw.words) >= 20 for fw in lists)
    assert MIN_WORDS > 5


@pytest.mark.shared_data
def test_no_false_alarm_on_the_english_dev_corpora() -> None:
    refused = []
    for path in sorted((SHARED / "data").glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                verdict = judge_language(article.get("text") or "")
                if not verdict.english:
                    refused.append((path.parent.name, article["id"], verdict.reason))
    assert refused == []
