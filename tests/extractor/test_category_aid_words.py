"""The restoration of power or energy facilities is humanitarian aid, as their repair is: one
grant for the grid, called "restoration" by one outlet and "repair" by another, is one kind of
aid (English, German, French); the grant alone stays financial aid. A defence budget said with
a genitive ("Das Budget der Verteidigung", German) is defence spending, as "Verteidigungsbudget"
is. Arms bought with a giver's contribution ("Cette contribution finance ... l'acquisition
d'obus") are aid, not procurement for one's own forces. French "aide d'urgence" is humanitarian
aid, as "emergency aid" and "Nothilfe" are."""

import pytest

from services.extractor.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Tokyo will give Kyiv a grant of ¥30 billion for the restoration of power plants "
            "hit by missile strikes.",
            "humanitarian_aid",
        ),
        (
            "Österreich stellt der Ukraine 8 Millionen Euro für die Wiederherstellung der "
            "Energieversorgung in Charkiw bereit.",
            "humanitarian_aid",
        ),
        (
            "La Belgique verse à l'Ukraine 8 millions d'euros pour le rétablissement du réseau "
            "électrique de Kharkiv.",
            "humanitarian_aid",
        ),
        ("Tokyo will give Kyiv a grant of ¥30 billion.", "financial_aid"),
    ],
)
def test_restoring_power_is_humanitarian_aid(text: str, category: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == category


@pytest.mark.parametrize(
    "text",
    [
        "Das Budget der Verteidigung steigt im kommenden Jahr auf 1,4 Milliarden Euro.",
        "Der Haushalt der Landesverteidigung wächst 2026 auf 4,9 Milliarden Euro.",
    ],
)
def test_a_defence_budget_said_with_a_genitive_is_defence_spending(text: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "This contribution mainly pays for artillery ammunition: €80 million goes to the "
            "acquisition of 155 mm shells from French industry.",
            "military_aid",
        ),
        (
            "Cette contribution finance en priorité des munitions : 80 M€ sont consacrés à "
            "l'acquisition d'obus auprès de l'industrie belge.",
            "military_aid",
        ),
        (
            "The ministry mainly pays for artillery ammunition: €80 million goes to the "
            "acquisition of 155 mm shells from French industry.",
            "defense_spending",
        ),
    ],
)
def test_arms_bought_with_a_contribution_are_given_not_bought_for_ones_own_forces(
    text: str, category: str
) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == category


@pytest.mark.parametrize(
    "text",
    [
        "Le Luxembourg va consacrer 12 millions d'euros à l'aide d'urgence pour aider l'Ukraine "
        "à passer l'hiver.",
        "La Belgique débloque une aide d’urgence de 15 millions d'euros pour l'Ukraine.",
    ],
)
def test_french_emergency_aid_is_humanitarian_aid(text: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.category == "humanitarian_aid"
