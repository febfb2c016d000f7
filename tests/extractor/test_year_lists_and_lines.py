"""Years, second pass: times a story keeps for the figures that follow.

- A list of levels going on after a remark without figures in the same paragraph ("In 2024, the
  European allies spent 2% on average. But the gaps are wide. Poland spends 4.1%, Spain 1.3%")
  keeps the time the list opened with; a new paragraph that opens without figures still ends it.
- In a story about a coming budget ("Latvia's 2027 budget draft"), a line of it whose clause
  names no year is the budget's though another clause of its sentence names this year ("The
  draft assumes a deficit of 1.4 billion euros, while the economy is expected to grow by 1.2%
  this year"), and though it names a new actor, when the sentence names the budget itself ("1.5
  billion euros will come from the state budget and about 600 million from loans by the Nordic
  Investment Bank").
- A change still to come in a month before the publication's ("the tax rate will be raised to
  19% in January", "from next July", "wird im Januar angehoben", "sera relevé en janvier", told
  in September) is next year's; one already made ("was cut in January") stays this year's.
- "By the deadline" ("d'ici là") with no target the story has agreed is the last deadline it
  stated, one still proposed too ("allies are expected to agree to spend 3.5% by 2035. ... would
  cost Ottawa about $150 billion a year by the deadline").
- A sum announced in its own clause ("while Stockholm unveiled a package worth SEK 16 billion")
  is not on the list of a sum before it set aside for next year: it is news of the report's
  year. One still to be given ("while Stockholm will provide") stays on that list.

Every sentence is written for these tests, in English, German and French."""

import datetime

import pytest

from tests.support.figures import by_surface

_JULY = datetime.date(2025, 7, 10)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "In 2023, the Nordic countries spent on average 1.9% of GDP on defence. The "
            "differences are large, however. Finland spends 2.4% of its GDP, while Iceland "
            "stays at 0.1%.",
            ("2.4%", "0.1%"),
        ),
        (
            "Im Jahr 2023 gaben die nordischen Länder im Schnitt 1,9 Prozent des BIP für "
            "Verteidigung aus. Die Unterschiede sind allerdings groß. Finnland gibt 2,4 Prozent "
            "seines BIP für das Militär aus, während Island bei 0,1 Prozent bleibt.",
            ("2,4 Prozent", "0,1 Prozent"),
        ),
        (
            "En 2023, les pays nordiques ont consacré en moyenne 1,9 % de leur PIB à la défense. "
            "Les écarts restent toutefois importants. La Finlande dépense 2,4 % de son PIB, "
            "tandis que l'Islande plafonne à 0,1 %.",
            ("2,4 %", "0,1 %"),
        ),
    ],
)
def test_a_list_goes_on_after_a_remark_without_figures(
    text: str, surfaces: tuple[str, ...]
) -> None:
    figures = by_surface(text, published=_JULY)
    for surface in surfaces:
        assert figures[surface].year == 2023, surface


# A story about next year's budget, told in September of the year before.
_SEPTEMBER = datetime.date(2026, 9, 20)

_BUDGET_STORIES = {
    "en": (
        "Latvia's 2027 budget draft lifts defence spending to a record",
        "RIGA - Latvia's government approved on Tuesday a draft 2027 budget that raises defence "
        "spending to 2.1 billion euros. Latvia expects to spend 1.8 billion euros on defence "
        "this year.\n\nThe draft assumes a budget deficit of 1.4 billion euros, while the "
        "economy is expected to grow by 1.2% this year.\n\nOf the defence total, 1.5 billion "
        "euros will come from the state budget and about 600 million from loans by the Nordic "
        "Investment Bank and Finland.",
    ),
    "de": (
        "Lettlands Haushaltsentwurf 2027 hebt Verteidigungsausgaben auf Rekord",
        "RIGA - Die lettische Regierung hat am Dienstag den Haushaltsentwurf 2027 gebilligt, der "
        "die Verteidigungsausgaben auf 2,1 Milliarden Euro anhebt. In diesem Jahr gibt Lettland "
        "1,8 Milliarden Euro für Verteidigung aus.\n\nDer Entwurf sieht ein Defizit von 1,4 "
        "Milliarden Euro vor, während die Wirtschaft in diesem Jahr um 1,2 Prozent wachsen "
        "soll.",
    ),
    "fr": (
        "Budget 2027 : la Lettonie porte sa défense à un niveau record",
        "RIGA - Le gouvernement letton a adopté mardi le projet de budget 2027, qui porte les "
        "dépenses de défense à 2,1 milliards d'euros. La Lettonie dépense cette année 1,8 "
        "milliard d'euros pour sa défense.\n\nLe projet prévoit un déficit de 1,4 milliard "
        "d'euros, tandis que l'économie devrait croître de 1,2 % cette année.\n\nSur "
        "l'enveloppe de défense, 1,5 milliard d'euros viendront du budget de l'État et environ "
        "600 millions d'euros de prêts de la Banque nordique d'investissement.",
    ),
}


@pytest.mark.parametrize(
    ("lang", "line", "other"),
    [
        ("en", "1.4 billion euros", "1.2%"),
        ("de", "1,4 Milliarden Euro", "1,2 Prozent"),
        ("fr", "1,4 milliard d'euros", "1,2 %"),
    ],
)
def test_a_budget_line_is_the_budgets_though_another_clause_names_this_year(
    lang: str, line: str, other: str
) -> None:
    title, text = _BUDGET_STORIES[lang]
    figures = by_surface(text, title=title, published=_SEPTEMBER)
    assert figures[line].year == 2027
    assert figures[other].year == 2026


@pytest.mark.parametrize(("lang", "line"), [("en", "600 million"), ("fr", "600 millions d'euros")])
def test_a_sentence_naming_the_budget_dates_a_new_actors_line(lang: str, line: str) -> None:
    title, text = _BUDGET_STORIES[lang]
    assert by_surface(text, title=title, published=_SEPTEMBER)[line].year == 2027


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Lithuania's government approved its draft budget on Tuesday. To help pay for the "
            "build-up, the corporate tax rate will be raised to 19% in January.",
            "19%",
        ),
        (
            "Lithuania's government approved its draft budget on Tuesday. The VAT rate for "
            "restaurants will be cut to 9% from next July.",
            "9%",
        ),
        (
            "Die litauische Regierung hat am Dienstag ihren Haushaltsentwurf gebilligt. Um die "
            "Aufrüstung zu bezahlen, wird die Körperschaftsteuer im Januar auf 19 Prozent "
            "angehoben.",
            "19 Prozent",
        ),
        (
            "Le gouvernement lituanien a adopté mardi son projet de budget. Pour financer le "
            "réarmement, le taux de l'impôt sur les sociétés sera relevé à 19 % en janvier.",
            "19 %",
        ),
    ],
)
def test_a_change_still_to_come_in_an_earlier_month_is_next_years(text: str, surface: str) -> None:
    assert by_surface(text, published=_SEPTEMBER)[surface].year == 2027


def test_a_change_made_in_an_earlier_month_is_this_years() -> None:
    text = (
        "Lithuania's government approved its draft budget on Tuesday. The VAT rate for "
        "restaurants was cut to 9% in January."
    )
    assert by_surface(text, published=_SEPTEMBER)["9%"].year == 2026


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "At the summit in The Hague at the end of June, allies are expected to agree to "
            "spend 3.5% of GDP on core defence by 2035. The budget officer estimated in a report "
            "last month that it would cost Ottawa about $150 billion a year by the deadline.",
            "$150 billion",
        ),
        (
            "Au sommet de La Haye fin juin, les alliés devraient s'engager à consacrer 3,5 % du "
            "PIB à la défense d'ici 2035. Le Haut Conseil a estimé le mois dernier qu'il en "
            "coûterait à Paris environ 40 milliards d'euros par an d'ici là.",
            "40 milliards d'euros",
        ),
    ],
)
def test_the_deadline_of_a_target_still_proposed_dates_the_outlay_it_needs(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=datetime.date(2025, 6, 10))[surface].year == 2035


_SUMMIT = datetime.date(2025, 6, 25)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Other allies used the summit to top up their support. The Dutch prime minister said "
            "€3.5 billion had been set aside for next year, while Stockholm unveiled a package "
            "worth SEK 16 billion.",
            "SEK 16 billion",
        ),
        (
            "D'autres alliés ont profité du sommet pour accroître leur soutien. Le Premier "
            "ministre néerlandais a indiqué que 3,5 milliards d'euros avaient été réservés pour "
            "l'an prochain, tandis que Stockholm a annoncé un paquet de 16 milliards de "
            "couronnes.",
            "16 milliards de couronnes",
        ),
    ],
)
def test_a_sum_announced_in_its_own_clause_is_not_on_next_years_list(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=_SUMMIT)[surface].year == 2025


def test_a_sum_still_to_be_given_stays_on_next_years_list() -> None:
    text = (
        "Other allies used the summit to top up their support. The Dutch prime minister said "
        "€3.5 billion had been set aside for next year, while Stockholm will provide SEK 16 "
        "billion."
    )
    assert by_surface(text, published=_SUMMIT)["SEK 16 billion"].year == 2026
