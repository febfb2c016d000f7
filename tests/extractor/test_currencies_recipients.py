"""Extractor 2026.12.2: the money of every European state and of the usual donors, numbers in
words in the three languages, and the recipient the text names for a figure.

Before, sums in Albanian lek, Macedonian denars, Taiwan dollars or written in German and French
words ("zwölf Millionen Euro", "vingt-cinq millions d'euros") were not read; Moldovan lei were
read as Romanian; sums in hryvnias had no value in euros.
"""

import datetime
from decimal import Decimal

import pytest

from services.extractor.figures import extract_figures
from services.extractor.numbers import parse_words
from services.extractor.rates import to_eur

NOV_2025 = datetime.date(2025, 11, 20)


def _figures(text: str) -> list[tuple[str, Decimal, str]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures(text, published=NOV_2025)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "Tirana will spend ALL 52.3 billion on its armed forces next year.",
            "ALL 52.3 billion",
            "52300000000",
            "ALL",
        ),
        (
            "The parliament in Tirana set defence spending at 41 billion lek.",
            "41 billion lek",
            "41000000000",
            "ALL",
        ),
        (
            "Skopje plans to spend 18.9 billion denars on defence in 2026.",
            "18.9 billion denars",
            "18900000000",
            "MKD",
        ),
        (
            "Belgrade raised its defence budget to 190 billion Serbian dinars.",
            "190 billion Serbian dinars",
            "190000000000",
            "RSD",
        ),
        (
            "Sarajevo allocated 350 million convertible marks to the armed forces.",
            "350 million convertible marks",
            "350000000",
            "BAM",
        ),
        (
            "Tbilisi will spend GEL 1.4 billion on defence next year.",
            "GEL 1.4 billion",
            "1400000000",
            "GEL",
        ),
        (
            "Yerevan raised its defence budget to AMD 665 billion.",
            "AMD 665 billion",
            "665000000000",
            "AMD",
        ),
        (
            "The package is worth 13.3 billion Armenian drams.",
            "13.3 billion Armenian drams",
            "13300000000",
            "AMD",
        ),
        (
            "Taipei proposed a defence budget of NT$ 950 billion for next year.",
            "NT$ 950 billion",
            "950000000000",
            "TWD",
        ),
        (
            "Moscow plans to spend ₽13.5 trillion on defence.",
            "₽13.5 trillion",
            "13500000000000",
            "RUB",
        ),
        (
            "Tokyo will lend 470 billion Japanese yen to Kyiv.",
            "470 billion Japanese yen",
            "470000000000",
            "JPY",
        ),
    ],
)
def test_currencies_of_europe_and_donors(text: str, surface: str, value: str, unit: str) -> None:
    assert (surface, Decimal(value), unit) in _figures(text)


def test_all_in_capitals_is_no_lek() -> None:
    assert _figures("ALL 27 MEMBERS agreed on the package on Thursday.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Moldova named around the sum: Moldovan lei.
        (
            "Moldova spends little on its army. Its defence budget for 2025 is 1.9 billion lei.",
            "MDL",
        ),
        (
            "Der Verteidigungshaushalt der Republik Moldau liegt bei 1,9 Milliarden Lei.",
            "MDL",
        ),
        # Romania named: Romanian lei, as when nothing tells.
        ("Romania will spend 52 billion lei on defence next year.", "RON"),
        ("The government will spend 52 billion lei on defence next year.", "RON"),
        # Both named in the sentence: the country the text names more often.
        (
            "Romanian officials said the €60 million (about 300 million lei) will help the "
            "Moldovan army. Romania's defence ministry will train the crews. Bucharest has "
            "deployed more air defence along the Danube.",
            "RON",
        ),
    ],
)
def test_lei_follow_the_country(text: str, unit: str) -> None:
    lei = [f for f in extract_figures(text, published=NOV_2025) if "lei" in f.surface.lower()]
    assert [f.unit for f in lei] == [unit]


def test_moldovan_lei_are_moldova_s_own_spending_not_its_aid() -> None:
    text = "Moldova spends little on its army. Its defence budget for 2025 is 1.9 billion lei."
    (lei,) = [f for f in extract_figures(text, published=NOV_2025) if f.unit == "MDL"]
    assert lei.donor == "Moldova"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "At the meeting in Skopje, North Macedonia pledged €4 million to the ammunition "
            "initiative for Ukraine.",
            "North Macedonia",
        ),
        ("Montenegro will give €3 million to the drone coalition for Ukraine.", "Montenegro"),
        ("Albania's parliament raised defence spending to ALL 61 billion.", "Albania"),
    ],
)
def test_the_western_balkans_give_and_spend(text: str, donor: str) -> None:
    (figure,) = extract_figures(text, published=NOV_2025)
    assert figure.donor == donor


@pytest.mark.parametrize(
    ("unit", "published", "low", "high"),
    [
        ("UAH", datetime.date(2025, 6, 1), "20000", "23000"),  # about 47 hryvnias a euro
        ("MDL", datetime.date(2025, 6, 1), "49000", "53000"),
        ("ALL", datetime.date(2025, 11, 20), "9800", "10500"),
        ("MKD", datetime.date(2025, 11, 20), "15900", "16500"),
        ("BAM", None, "511000", "512000"),
        ("GEL", datetime.date(2024, 3, 1), "320000", "360000"),
        ("TWD", datetime.date(2025, 3, 1), "27000", "31000"),
        ("AMD", datetime.date(2025, 10, 1), "2100", "2500"),
        ("RUB", datetime.date(2024, 5, 1), "9000", "11500"),
    ],
)
def test_currencies_the_ecb_does_not_publish_have_a_value(
    unit: str, published: datetime.date | None, low: str, high: str
) -> None:
    value = to_eur(Decimal(1000000), unit, published)
    assert value is not None
    assert Decimal(low) <= value <= Decimal(high)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "Österreich stellt zwölf Millionen Euro für die Entminung bereit.",
            "zwölf Millionen Euro",
            "12000000",
        ),
        (
            "Berlin sagte weitere fünfundzwanzig Millionen Euro zu.",
            "fünfundzwanzig Millionen Euro",
            "25000000",
        ),
        ("Die Regierung gibt eine halbe Milliarde Euro.", "eine halbe Milliarde Euro", "500000000"),
        (
            "Der Bund stellt anderthalb Milliarden Euro bereit.",
            "anderthalb Milliarden Euro",
            "1500000000",
        ),
        ("Paris débloque vingt-cinq millions d'euros.", "vingt-cinq millions d'euros", "25000000"),
        ("Paris débloque quinze millions d'euros.", "quinze millions d'euros", "15000000"),
        (
            "Paris débloque quatre-vingt-dix millions d'euros.",
            "quatre-vingt-dix millions d'euros",
            "90000000",
        ),
        (
            "La Belgique versera deux milliards et demi d'euros.",
            "deux milliards et demi d'euros",
            "2500000000",
        ),
        ("Paris promet un demi-milliard d'euros.", "un demi-milliard d'euros", "500000000"),
    ],
)
def test_numbers_in_words(text: str, surface: str, value: str) -> None:
    assert (surface, Decimal(value), "EUR") in _figures(text)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("zweihundertfünfzig", "250"),
        ("dreieinhalb", "3.5"),
        ("soixante et onze", "71"),
        ("deux cent cinquante", "250"),
        ("quatre-vingts", "80"),
        ("twenty-five", "25"),
    ],
)
def test_parse_words(words: str, value: str) -> None:
    assert parse_words(words) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Aus der Europäischen Friedensfazilität fließen 40 Millionen Euro in die moldauische "
            "Armee.",
            "Moldova",
        ),
        ("The Council adopted €35 million in military aid for the Moldovan army.", "Moldova"),
        ("La France versera 10 millions d'euros d'aide militaire au Liban.", "Lebanon"),
        (
            "Die EU stellt der libanesischen Armee 60 Millionen Euro an Militärhilfe bereit.",
            "Lebanon",
        ),
        ("The EU adopted €20 million in military aid for the Armenian armed forces.", "Armenia"),
        ("The EU approved €30 million in military aid for Georgia's army.", "Georgia"),
    ],
)
def test_other_recipients_are_named(text: str, recipient: str) -> None:
    (figure,) = extract_figures(text, published=NOV_2025)
    assert figure.recipient == recipient


def test_georgia_the_state_is_no_recipient() -> None:
    text = "Georgia Republican lawmakers opposed the $61 billion in military aid for Kyiv."
    (figure,) = extract_figures(text, published=NOV_2025)
    assert figure.recipient == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface", "recipient"),
    [
        # The recipient the figure is given to wins over Ukraine named elsewhere in the sentence.
        (
            "The European Union will spend €45 million this year on radars for Moldova's small "
            "army, as Russian drones aimed at Ukraine keep crossing into its airspace.",
            "€45 million",
            "Moldova",
        ),
        (
            "Dort sagte die Ministerin der Republik Moldau 12 Millionen Euro für die "
            "Energieversorgung zu, die ebenfalls unter den Angriffen auf das ukrainische Netz "
            "leidet.",
            "12 Millionen Euro",
            "Moldova",
        ),
        (
            "Alongside the Ukraine bill, the package includes $14 billion for Israel.",
            "$14 billion",
            "Israel",
        ),
        (
            "Berlin gave Ukraine €3 billion in military aid and Moldova €25 million.",
            "€3 billion",
            "Ukraine",
        ),
        (
            "Berlin gave Ukraine €3 billion in military aid and Moldova €25 million.",
            "€25 million",
            "Moldova",
        ),
        (
            "France will send €10 million in military aid to the Lebanese army, "
            "Ukraine's partners said.",
            "€10 million",
            "Lebanon",
        ),
    ],
)
def test_the_recipient_given_the_figure(text: str, surface: str, recipient: str) -> None:
    figures = {f.surface: f for f in extract_figures(text, published=NOV_2025)}
    assert figures[surface].recipient == recipient


def test_a_share_pledged_in_aid_goes_to_the_story_s_recipient() -> None:
    text = (
        "Latvia sent Ukraine a new package of military aid worth EUR 30 million in March. "
        "It included drones and ammunition.\n\n"
        "The coalition government in Riga has kept the pace. "
        "In the autumn it pledged military aid equal to 0.25% of GDP every year until 2027. "
        "Opposition parties backed the decision."
    )
    (share,) = [f for f in extract_figures(text, published=NOV_2025) if f.unit == "percent"]
    assert share.recipient == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "Inflation is forecast to ease to 2¾ per cent next year.",
            "2¾ per cent",
            "2.75",
            "percent",
        ),
        ("The Treasury will find £2½ billion for defence.", "£2½ billion", "2500000000", "GBP"),
    ],
)
def test_vulgar_fractions(text: str, surface: str, value: str, unit: str) -> None:
    assert (surface, Decimal(value), unit) in _figures(text)


def test_crowns_of_the_country_the_story_names_most() -> None:
    text = (
        "Norway will raise its support for Ukraine to 80 billion Norwegian crowns this year, "
        "the government in Oslo said.\n\n"
        "The programme was launched in 2023. In its first year the government paid out 9 billion "
        "crowns.\n\n"
        "Norway will also join the Czech ammunition initiative and the Danish model."
    )
    crowns = [f for f in extract_figures(text, published=NOV_2025) if "crowns" in f.surface]
    assert [f.unit for f in crowns] == ["NOK", "NOK"]


@pytest.mark.parametrize(
    ("text", "lang_surface", "value", "qualifier"),
    [
        # "von 80 auf 57 Millionen Euro": a change, each figure as stated, the scale shared
        (
            "Der Fonds wird für 2026 von 75 auf 52 Millionen Euro gekürzt.",
            "75",
            "75000000",
            "exact",
        ),
        # the currency the sentence just named, after "d'environ" and in brackets
        (
            "L'UE versera 12 milliards d'euros à Kiev, à raison d'environ 1 milliard par mois.",
            "1 milliard",
            "1000000000",
            "approx",
        ),
        (
            "Loin derrière les Etats-Unis (40,5 milliards d'euros), l'Allemagne (15,2 milliards) "
            "et le Royaume-Uni.",
            "15,2 milliards",
            "15200000000",
            "exact",
        ),
    ],
)
def test_scales_that_borrow_the_currency(
    text: str, lang_surface: str, value: str, qualifier: str
) -> None:
    found = {
        (f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(text, published=NOV_2025)
    }
    assert (lang_surface, Decimal(value), "EUR", qualifier) in found


def test_auf_alone_is_no_range() -> None:
    text = "Der Etat steigt 2026 auf 57 Millionen Euro."
    assert [f.surface for f in extract_figures(text, published=NOV_2025)] == ["57 Millionen Euro"]


def test_a_scale_borrows_the_currency_of_the_sentence_before() -> None:
    text = (
        "L'Allemagne arrive en tête avec 11,8 milliards d'euros, devant le Royaume-Uni, à 9,6 "
        "milliards d'euros. Viennent ensuite le Danemark (6,9 milliards) et la Suède.\n\n"
        "Le pays compte 6 millions d'habitants."
    )
    found = [(f.surface, f.unit) for f in extract_figures(text, published=NOV_2025)]
    assert ("6,9 milliards", "EUR") in found
    assert not any(surface.startswith("6 millions") for surface, _ in found)


def test_eu_arms_loans_go_to_the_members_unless_sent_on_to_ukraine() -> None:
    lent = (
        "The EUR 150 billion SAFE loan scheme lends money to EU states for their own defence "
        "procurement, some of which may benefit Ukraine's industry."
    )
    (figure,) = extract_figures(lent, published=NOV_2025)
    assert figure.recipient == "EU member states"
