"""Categories of figures whose kind their sentence leaves to a rule or to the story: the floor,
cap or further part of a defence goal told as a duty in the sentences after the goal, a sum in a
story that has just told a defence goal, and the size of an economy told as a subject. Sentences
written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "Die Nato-Staaten wollen bis 2035 insgesamt 5 Prozent der Wirtschaftsleistung in "
            "Verteidigung stecken. Mindestens 3,5 Prozent davon müssen in Panzer, Munition und "
            "Truppen gehen. "
            "Bis zu 1,5 Prozent dürfen in Straßen, Häfen und Cyberschutz fließen.",
            ("3,5 Prozent", "1,5 Prozent"),
        ),
        (
            "D'ici 2035, l'Otan veut que ses membres consacrent 5 % de leur PIB à la sécurité. "
            "Chaque allié devra réserver au moins 3,5 % aux armées proprement dites, pour les "
            "soldats et les munitions. Un autre 1,5 % pourra servir aux ponts et aux réseaux.",
            ("3,5 %", "1,5 %"),
        ),
        (
            "NATO members have agreed to devote 5% of GDP to security by 2035. Of that, allies "
            "must put at least 3.5% into core defence such as troops and ammunition.",
            ("3.5%",),
        ),
    ],
)
def test_a_floor_or_part_a_duty_sets_after_the_goal_is_a_target(
    text: str, surfaces: tuple[str, ...]
) -> None:
    figures = by_surface(text)
    for surface in surfaces:
        assert figures[surface].category == "pledge_target", surface


def test_a_part_of_the_goal_keeps_its_deadline() -> None:
    text = (
        "Die Nato-Staaten wollen bis 2035 insgesamt 5 Prozent der Wirtschaftsleistung in "
        "Verteidigung stecken. Davon müssen mindestens 3,5 Prozent in Panzer, Munition und "
        "Truppen gehen."
    )
    assert by_surface(text)["3,5 Prozent"].year == 2035


def test_a_floor_spent_is_not_a_goal() -> None:
    text = "Norway spent at least 2.2% of GDP on its armed forces last year, the ministry said."
    assert by_surface(text)["2.2%"].category == "defense_spending"


def test_a_floor_forecast_is_not_a_goal() -> None:
    text = (
        "Defence spending is expected to reach at least 2.4% of GDP, and the ministry says "
        "the army must recruit faster."
    )
    assert by_surface(text)["2.4%"].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Bis 2035 sollen die Verbündeten jährlich 5 Prozent ihres BIP für Verteidigung "
            "ausgeben. Spanien kommt derzeit auf 19 Milliarden Euro.",
            "19 Milliarden Euro",
        ),
        (
            "Allies pledged to spend 3.5% of GDP on core defence by 2035. Spain's figure this "
            "year is roughly €19 billion.",
            "€19 billion",
        ),
        (
            "Les alliés se sont engagés à consacrer 3,5 % de leur PIB à la défense d'ici 2035. "
            "L'Espagne en est à 19 milliards d'euros.",
            "19 milliards d'euros",
        ),
    ],
)
def test_a_sum_after_a_defence_goal_is_spending(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Le PIB portugais avoisine les 270 milliards d'euros.", "270 milliards d'euros"),
        ("Das BIP beträgt rund 480 Milliarden Euro.", "480 Milliarden Euro"),
        ("Romania's GDP stands at about $350 billion.", "$350 billion"),
    ],
)
def test_an_economy_told_as_its_subject_is_other(text: str, surface: str) -> None:
    text = "Der Verteidigungshaushalt wuchs 2025 auf 21 Milliarden Euro. " + text
    figure = by_surface(text)[surface]
    assert figure.category == "other"
    assert figure.aid_related is False


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ukraine's defence budget this year is $53 billion. Kyiv expects a gap of about "
            "$28 billion in next year's budget.",
            "$28 billion",
        ),
        (
            "Ukraine's defence budget this year is $53 billion. The minister puts the gap that "
            "partners must fill at $19 billion.",
            "$19 billion",
        ),
    ],
)
def test_a_gap_after_a_defence_budget_is_other(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Estonia, which spends 3.4% of its GDP on defence this year, urged partners to "
            "give 0.25% of GDP to Ukraine each year.",
            "0.25%",
        ),
        (
            "Gäben alle Nato-Staaten 0,25 Prozent ihres BIP für die Ukraine, wie es Tallinn "
            "vorgeschlagen hat, wäre die Verteidigung des Landes gesichert.",
            "0,25 Prozent",
        ),
        (
            "La Lettonie, dont l'effort de défense atteint 3,5 % cette année, propose que chaque "
            "allié verse 0,25 % de son PIB à l'Ukraine.",
            "0,25 %",
        ),
    ],
)
def test_a_share_of_gdp_urged_for_ukraine_in_a_defence_story_is_a_target(
    text: str, surface: str
) -> None:
    assert by_surface(text)[surface].category == "pledge_target"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Seoul plans to lift military spending to 3% of GDP by fiscal 2029, the cabinet said.",
            "3%",
        ),
        (
            "Die Regierung will die Verteidigungsausgaben bis zum Haushaltsjahr 2029 auf 2,5 "
            "Prozent des BIP anheben.",
            "2,5 Prozent",
        ),
        (
            "Le gouvernement veut porter l'effort de défense à 2,5 % du PIB d'ici l'exercice 2030.",
            "2,5 %",
        ),
    ],
)
def test_a_level_set_for_a_fiscal_year_to_come_is_a_target(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "pledge_target"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The general said Britain must lift its defence effort to 3% of GDP, against a "
            "budget of £60 billion this year.",
            "3%",
        ),
        (
            "Der Minister sagte, Italien müsse seine Verteidigungsausgaben auf 2,5 Prozent des "
            "BIP anheben, statt der heutigen 32 Milliarden Euro in diesem Jahr.",
            "2,5 Prozent",
        ),
        (
            "Le ministre a estimé que l'Espagne devait porter son budget militaire à 2,5 %, "
            "voire 3 % du PIB, contre 19 milliards d'euros cette année.",
            "3 %",
        ),
    ],
)
def test_a_level_a_country_must_raise_its_spending_to_is_a_target(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "pledge_target"


def test_a_level_forecast_after_a_duty_stays_spending() -> None:
    text = (
        "The Treasury says spending must be controlled, and defence is projected to reach "
        "2.4% of GDP this year."
    )
    assert by_surface(text)["2.4%"].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        (
            "In May and June, Nordic donors allocated €1.2 billion in military aid. That is 35% "
            "below the level of the same months last year.",
            "35%",
            "military_aid",
        ),
        (
            "Im Herbst sagten die Geber 2 Milliarden Euro an humanitärer Hilfe zu. Das sind 20 "
            "Prozent weniger als im Frühjahr.",
            "20 Prozent",
            "humanitarian_aid",
        ),
    ],
)
def test_a_change_told_of_the_aid_before_is_that_aid(
    text: str, surface: str, category: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == category
    assert figure.aid_related is True


def test_a_change_of_an_economic_figure_before_stays_other() -> None:
    text = "Inflation reached 9% in March. That is 3% above the central bank's forecast."
    assert by_surface(text)["3%"].category == "other"


def test_a_trackers_allocations_of_no_giver_are_all_aid() -> None:
    text = (
        "The tracker's update focuses on weapons and ammunition sent to Kyiv. New allocations "
        "in March and April totalled €7.2 billion, the institute said."
    )
    assert by_surface(text)["€7.2 billion"].category == "aid_total"


def test_one_givers_allocations_keep_the_storys_kind() -> None:
    text = (
        "The tracker's update focuses on weapons and ammunition sent to Kyiv. Sweden's new "
        "allocations came to €700 million in April."
    )
    assert by_surface(text)["€700 million"].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Donors have pledged €90 billion to Kyiv, of which €40 billion was military aid. "
            "Nordic countries account for €21 billion of the total.",
            "€21 billion",
        ),
        (
            "Die Geber haben der Ukraine 90 Milliarden Euro zugesagt, davon 40 Milliarden Euro "
            "an Militärhilfe. Davon stammen insgesamt 21 Milliarden Euro aus Skandinavien.",
            "21 Milliarden Euro",
        ),
    ],
)
def test_a_part_of_the_total_after_a_kind_is_all_aid(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "aid_total"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The story is about air defence and artillery for Kyiv. Luxembourg taxes the windfall "
            "profits of a fund holding Russian assets; last year the levy raised €90 million, "
            "all of it handed on to Ukraine.",
            "€90 million",
        ),
        (
            "Il s'agit surtout de blindés et de munitions. La taxe sur les revenus exceptionnels "
            "des avoirs russes a rapporté 900 millions d'euros, intégralement reversés à "
            "l'Ukraine.",
            "900 millions d'euros",
        ),
    ],
)
def test_a_windfall_handed_on_with_no_kind_is_all_aid(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "aid_total"
