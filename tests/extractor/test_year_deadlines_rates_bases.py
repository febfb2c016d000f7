"""Years of deadlines, rates and bases: a Hague level (5%, 3.5%, 1.5%) keeps its 2035
deadline where its sentence gives another figure a time ("vise 2,5 % du PIB en 2030 et s'est
engagé à La Haye à atteindre l'objectif de 3,5 %", "2 % dès cette année, puis ... l'objectif de
5 %") or gives another Hague level the deadline ("3.5% ... by 2035, and a further 1.5%"); an
actor's own money told after such a target and pointing back by its possessive ("raised its
budget") does not borrow the target's deadline; a deadline whose year is read after "by" ("by
fiscal 2027") is one, for the target before it and for the story's time; a tax's rate told as it
stands ("the rate of the new levy is", "taxed at", "Der Steuersatz beträgt", "Le taux de cette
taxe s'élève à", "taxés au taux de") has no year, the story's nor the report's; a sentence opening
on a comparison with the figure before it ("That compares with about 1.6% a year earlier", "Das
ist mehr gegenüber ... im Jahr zuvor", "C'est à comparer avec ... un an plus tôt") dates its base
the year before that figure's, of its kind; a fiscal or monetary rule's limit has no year whatever
kind the figure is read as, also named by its own word ("the 60% reference value", "the 3%
ceiling set by the fiscal rule", "the bank's 2% target", "le plafond européen de 3 %", "le plafond
de déficit de 3 %") or as the share an escape clause allows ("clause dérogatoire, qui autorise un
écart de 1,5 %", "Ausweichklausel, die ... bis zu 1,5 Prozent erlaubt"); a tax's rate a change
still planned leads to or from ("plans to raise the standard VAT rate to 25% from 24%", "plant, die
Mehrwertsteuer auf 21 Prozent anzuheben", "prévoit de relever la TVA à 22 %") has no year where
its sentence gives none; a sum told with the month it was announced, pledged or added in ("the
$400 million the prime minister announced during his visit to Kyiv in June", "500 Millionen Euro,
die im Juni zugesagt wurden", "300 millions d'euros annoncés en juin") takes that month's year,
also inside a total since a start; the base of a level told as changed to, with "from" alone and
no time of its own ("fell to €35.2 billion in 2025 from €41.9 billion.", "falls to 5.1% of GDP
from 6.3%, according to"), is the year before that level's (English: German and French tell the
base first or with "contre", read already); a share of GDP that goes back past a comparison to the
sentence's first sum ("..., slightly below this year's 13.5 trillion roubles, but still about 5.9%
of GDP", "aber immer noch rund", "mais toujours environ") is that sum's share, of its year and
spender. Each rule is checked
on sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Le gouvernement vise 2,5 % du PIB en 2030 et s'est engagé à La Haye à atteindre "
            "l'objectif de 3,5 % fixé pour tous les alliés.",
            "3,5 %",
        ),
        (
            "Die Regierung will 2030 auf 2,5 Prozent kommen und hat sich in Den Haag "
            "verpflichtet, das Ziel von 3,5 Prozent aller Verbündeten zu erreichen.",
            "3,5 Prozent",
        ),
        (
            "Oslo raised spending to 2.2% of GDP last year and at The Hague joined the allies' "
            "5% goal.",
            "5%",
        ),
        (
            "Ministers promised to reach 2% this year, then to move towards the 5% goal set by "
            "the allies for 2035.",
            "5%",
        ),
        (
            "Die Regierung hat versprochen, noch in diesem Jahr 2 Prozent zu erreichen und sich "
            "dann dem von den Verbündeten gesetzten Ziel von 5 Prozent anzunähern.",
            "5 Prozent",
        ),
        (
            "Le gouvernement a promis d'atteindre 2 % dès cette année, puis de se rapprocher de "
            "l'objectif de 5 % fixé par les alliés.",
            "5 %",
        ),
        (
            "Allies will spend 3.5% of GDP on core defence - troops, arms and munitions - by "
            "2035, and a further 1.5% on resilience.",
            "1.5%",
        ),
        (
            "Die Verbündeten wollen 3,5 Prozent für Truppen und Waffen ausgeben – bis 2035 –, "
            "und weitere 1,5 Prozent für Infrastruktur.",
            "1,5 Prozent",
        ),
        (
            "Les alliés consacreront 3,5 % de leur PIB aux armées – troupes et munitions – "
            "d'ici 2035, et encore 1,5 % à la résilience.",
            "1,5 %",
        ),
    ],
)
def test_hague_level_keeps_2035_beside_another_time(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year == 2035


def test_own_budget_after_a_target_takes_not_its_deadline() -> None:
    text = (
        "Most allies now plan their budgets around the 3.5% core target agreed at The Hague "
        "for 2035.\n\nGermany, the largest spender in Europe at €95 billion, raised its budget "
        "by 9%."
    )
    figures = by_surface(text, published=PUBLISHED)
    assert figures["3.5%"].year == 2035
    assert figures["€95 billion"].year != 2035


def test_deadline_by_fiscal_year() -> None:
    text = (
        "Tokyo's security strategy of 2022 set the aim of spending 2% of GDP on defence and "
        "related items by fiscal 2027."
    )
    assert by_surface(text, published=PUBLISHED)["2%"].year == 2027


def test_deadline_by_fiscal_year_is_no_time_of_the_story() -> None:
    text = (
        "The 2023 review set a goal of 2.5% by fiscal 2030.\n\nThe country will spend NOK 90 "
        "billion on defence."
    )
    assert by_surface(text, published=PUBLISHED)["NOK 90 billion"].year != 2030


_EN = "Finland raised defence spending to 2.4% of GDP last year. "
_DE = (
    "Die Regierung erhöhte im vergangenen Jahr die Verteidigungsausgaben auf 2,4 Prozent des BIP. "
)
_FR = "Le gouvernement a porté l'an dernier son effort de défense à 2,4 % du PIB. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (_EN + "The rate of the new levy is 2%.", "2%"),
        (_EN + "Its profits are taxed at 30% in Helsinki.", "30%"),
        (_DE + "Der Satz der neuen Abgabe liegt bei 3 Prozent.", "3 Prozent"),
        (_DE + "Die Gewinne werden besteuert, der Steuersatz beträgt 19 Prozent.", "19 Prozent"),
        (_FR + "Le taux de cette taxe s'élève à 30 %.", "30 %"),
        (_FR + "Ces profits sont taxés au taux de 33 %.", "33 %"),
    ],
)
def test_tax_rate_as_it_stands_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year is None


def test_tax_rate_changed_keeps_its_year() -> None:
    text = "Le taux de cette taxe passera de 20 % à 25 % en janvier."
    assert by_surface(text, published=PUBLISHED)["25 %"].year == 2026


@pytest.mark.parametrize(
    ("text", "surface", "earlier"),
    [
        (
            "Officials said defence spending reached 2.1% of GDP in 2025. That compares with "
            "about 1.6% a year earlier.",
            "2.1%",
            "1.6%",
        ),
        (
            "Norway gave NOK 20 billion in military aid in 2024. That is up from NOK 15 billion "
            "the year before.",
            "NOK 20 billion",
            "NOK 15 billion",
        ),
        (
            "Die Verteidigungsausgaben erreichten 2025 rund 2,1 Prozent des BIP. Das ist deutlich "
            "mehr gegenüber 1,6 Prozent im Jahr zuvor.",
            "2,1 Prozent",
            "1,6 Prozent",
        ),
        (
            "Les dépenses de défense ont atteint 2,1 % du PIB en 2025. C'est à comparer avec "
            "1,6 % un an plus tôt.",
            "2,1 %",
            "1,6 %",
        ),
    ],
)
def test_base_compared_back_is_the_year_before(text: str, surface: str, earlier: str) -> None:
    figures = by_surface(text, published=PUBLISHED)
    assert figures[earlier].year == (figures[surface].year or 0) - 1
    assert figures[earlier].category == figures[surface].category


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Public debt is projected to rise to 68% of GDP next year, above the 60% reference "
            "value in the EU's fiscal rules.",
            "60%",
        ),
        (
            "The budget draws NOK 500 billion from the fund next year, below the 3% ceiling set "
            "by the fiscal rule.",
            "3%",
        ),
        ("Inflation stood at 3.1% in September, above the bank's 2% target.", "2%"),
        (
            "Rome will use the national escape clause, which allows extra defence spending of up "
            "to 1.5% of GDP, the minister said this year.",
            "1.5%",
        ),
        (
            "Rome compte cette année sur la clause dérogatoire européenne, qui autorise un écart "
            "de 1,5 % du PIB au maximum.",
            "1,5 %",
        ),
        (
            "Le déficit devrait atteindre 5,1 % du PIB cette année, bien au-dessus du plafond "
            "européen de 3 %.",
            "3 %",
        ),
        (
            "Bruxelles a assoupli les règles cette année, sans que le plafond de déficit de 3 % "
            "soit levé.",
            "3 %",
        ),
        (
            "Berlin will in diesem Jahr die nationale Ausweichklausel nutzen, die zusätzliche "
            "Verteidigungsausgaben von bis zu 1,5 Prozent des BIP erlaubt.",
            "1,5 Prozent",
        ),
        (
            "Polen gibt in diesem Jahr 4,7 Prozent seines BIP für Verteidigung aus. Die "
            "Staatsschulden nähern sich dem verfassungsrechtlichen Limit von 60 Prozent des BIP.",
            "60 Prozent",
        ),
    ],
)
def test_rule_limit_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            _EN + "The government plans to raise the standard VAT rate to 25% from 24% and to "
            "lift the bank levy to 40%.",
            ("25%", "24%", "40%"),
        ),
        (
            _DE + "Die Regierung plant, die Mehrwertsteuer auf 21 Prozent anzuheben.",
            ("21 Prozent",),
        ),
        (_FR + "Le gouvernement prévoit de relever la TVA à 22 %.", ("22 %",)),
    ],
)
def test_planned_tax_rate_has_no_year(text: str, surfaces: tuple[str, ...]) -> None:
    figures = by_surface(text, published=PUBLISHED)
    assert [figures[surface].year for surface in surfaces] == [None] * len(surfaces)


def test_planned_tax_rate_keeps_a_year_its_sentence_gives() -> None:
    text = _EN + "The government plans to raise the standard VAT rate to 25% next year."
    assert by_surface(text, published=PUBLISHED)["25%"].year == PUBLISHED.year + 1


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ottawa has committed more than $3 billion in military aid since February 2022, "
            "including the $400 million the prime minister announced during his visit to Kyiv in "
            "June.",
            "$400 million",
        ),
        (
            "Seit Februar 2022 hat Berlin rund 40 Milliarden Euro an Militärhilfe geleistet, "
            "darunter 500 Millionen Euro, die im Juni zugesagt wurden.",
            "500 Millionen Euro",
        ),
        (
            "Depuis février 2022, Paris a fourni environ 4 milliards d'euros d'aide militaire, "
            "dont 300 millions d'euros annoncés en juin.",
            "300 millions d'euros",
        ),
        (
            "Canberra has committed A$1.5 billion since 2022, including the A$245 million package "
            "of M1A1 tanks announced in October.",
            "A$245 million",
        ),
    ],
)
def test_sum_told_with_its_month(text: str, surface: str) -> None:
    # (published in March: June and October are last year's)
    assert by_surface(text, published=PUBLISHED)[surface].year == PUBLISHED.year - 1


@pytest.mark.parametrize(
    ("text", "surface", "base"),
    [
        (
            "Donors' financial and humanitarian allocations fell to €35.2 billion in 2025 from "
            "€41.9 billion.",
            "€35.2 billion",
            "€41.9 billion",
        ),
        (
            "Measured against the economy, the Kremlin's defence budget for 2026 falls to 5.1% of "
            "GDP from 6.3%, according to finance ministry documents.",
            "5.1%",
            "6.3%",
        ),
        (
            "Norway's military aid this year rose to NOK 22 billion from NOK 17 billion.",
            "NOK 22 billion",
            "NOK 17 billion",
        ),
    ],
)
def test_base_of_a_change_to_is_the_year_before(text: str, surface: str, base: str) -> None:
    figures = by_surface(text, published=PUBLISHED)
    assert figures[base].year == (figures[surface].year or 0) - 1


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Defence spending next year is set at 13.4 trillion roubles, slightly below this "
            "year's 13.5 trillion roubles, but still about 5.9% of GDP.",
            "5.9%",
        ),
        (
            "Der Verteidigungsetat soll im kommenden Jahr auf 13,4 Billionen Rubel sinken, nach "
            "13,5 Billionen Rubel in diesem Jahr, aber immer noch rund 5,9 Prozent des BIP.",
            "5,9 Prozent",
        ),
        (
            "Le budget de la défense atteindra l'an prochain 13 400 milliards de roubles, contre "
            "13 500 milliards cette année, mais toujours environ 5,9 % du PIB.",
            "5,9 %",
        ),
    ],
)
def test_share_still_of_the_main_sum(text: str, share: str) -> None:
    figure = by_surface(text, published=PUBLISHED)[share]
    assert (figure.year, figure.category, figure.donor) == (
        PUBLISHED.year + 1,
        "defense_spending",
        "Russia",
    )
