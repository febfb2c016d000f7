"""German and French words for aid and defence budgets that the category keywords missed, and
English ones for money put into one's own forces (found through bench/cluster_attributes.py)."""

import datetime

import pytest

from services.extractor.figures import extract_figures

_PUBLISHED = datetime.date(2025, 3, 14)


def _only(text: str) -> tuple[str, str | None]:
    [figure] = extract_figures(text, title=None, published=_PUBLISHED)
    return figure.category, figure.donor


@pytest.mark.parametrize(
    ("text", "category", "donor"),
    [
        # a German compound ending in -hilfe is aid, whatever its first part
        ("Deutschlands Ukraine-Hilfe steigt 2026 auf 9 Milliarden Euro.", "aid_total", "Germany"),
        ("Österreichs Ukrainehilfe beträgt heuer 40 Millionen Euro.", "aid_total", "Austria"),
        # an arms package, military equipment and "Ertüchtigung" are military aid
        (
            "Deutschland sagt der Ukraine ein neues Rüstungspaket über 900 Millionen Euro zu.",
            "military_aid",
            "Germany",
        ),
        (
            "Die Bundesregierung übergibt der Ukraine militärische Ausrüstung für 300 Mio. Euro.",
            "military_aid",
            "Germany",
        ),
        (
            "Für die Ertüchtigung der ukrainischen Armee sind 2026 rund 6 Mrd. Euro eingeplant.",
            "military_aid",
            None,
        ),
        # supporting Ukraine with a sum is aid, as pledging it is
        (
            "Schweden will die Ukraine 2026 mit 40 Milliarden Kronen unterstützen.",
            "aid_total",
            "Sweden",
        ),
        # the defence minister's budget and the ministry's chapter are defence spending
        (
            "Der Etat des Verteidigungsministers wächst auf 62 Milliarden Euro.",
            "defense_spending",
            None,
        ),
        (
            "Der Einzelplan des Bundesministeriums der Verteidigung umfasst 62,4 Mrd. Euro.",
            "defense_spending",
            None,
        ),
        # a budget of defence with an adjective, and money put to one's own forces
        (
            "Le budget annuel de la défense atteindra 64 milliards d'euros en 2027.",
            "defense_spending",
            None,
        ),
        (
            "L'Espagne va consacrer 33 milliards d'euros à ses armées d'ici 2029.",
            "defense_spending",
            "Spain",
        ),
        (
            "Le Japon consacrera 3 milliards de dollars à la reconstruction de l'Ukraine.",
            "humanitarian_aid",
            "Japan",
        ),
        (
            "Rome plans to pour €12 billion into defence over three years.",
            "defense_spending",
            "Italy",
        ),
        ("National defence funding will reach €3.1 billion next year.", "defense_spending", None),
        ("Norway will pay $400 million for a PURL package.", "military_aid", "Norway"),
    ],
)
def test_the_words_name_the_kind(text: str, category: str, donor: str | None) -> None:
    assert _only(text) == (category, donor)


@pytest.mark.parametrize(
    "text",
    [
        # arms as goods whose prices rise are no aid
        "Rüstungsgüter haben sich seit 2022 um 35 Prozent verteuert.",
        # development aid stays what it was
        "Die Entwicklungshilfe sinkt auf 9,9 Milliarden Euro.",
    ],
)
def test_look_alikes_stay_other(text: str) -> None:
    assert _only(text)[0] == "other"


def test_defence_funding_for_another_country_is_no_budget() -> None:
    category, _ = _only("Defence funding for Ukraine reached €2 billion.")
    assert category != "defense_spending"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        # institutions only one country has stand for it
        ("Die Bundeswehr gibt der Ukraine Munition im Wert von 200 Mio. Euro ab.", "Germany"),
        (
            "Le ministère des Armées prévoit 1,5 milliard d'euros d'aide militaire à l'Ukraine.",
            "France",
        ),
        ("L'Élysée a annoncé 300 millions d'euros d'aide militaire à l'Ukraine.", "France"),
    ],
)
def test_an_institution_stands_for_its_country(text: str, donor: str) -> None:
    assert extract_figures(text, title=None, published=_PUBLISHED)[0].donor == donor


def test_a_sum_restated_in_the_reporters_currency_keeps_its_giver() -> None:
    # A Swiss outlet converting Germany's aid into francs: the francs are Germany's, not Swiss
    # aid, though francs alone would name Switzerland as the payer.
    text = (
        "Deutschland stellt der Ukraine 2025 Militärhilfe von 8 Milliarden Euro bereit. "
        "Das entspricht rund 7,5 Milliarden Franken."
    )
    figures = extract_figures(text, title=None, published=_PUBLISHED)
    assert [f.donor for f in figures] == ["Germany", "Germany"]


def test_francs_alone_still_name_switzerland_as_the_payer() -> None:
    text = (
        "Deutschland stellt der Ukraine 2025 Militärhilfe von 8 Milliarden Euro bereit. "
        "Hinzu kommen 120 Millionen Franken für die Minenräumung."
    )
    figures = extract_figures(text, title=None, published=_PUBLISHED)
    assert figures[1].donor == "Switzerland"
