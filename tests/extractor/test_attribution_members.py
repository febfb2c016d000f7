"""Attribution rules of extractor 2026.11.21 (issue 10, fourteenth pass): the alliance named as
the set a member's own defence spending is ranked or measured in is not its giver; the story's
country is. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import pytest

from tests.support.figures import in_order


def test_the_alliance_a_budget_is_ranked_in_is_no_giver() -> None:
    text = (
        "The Council of Ministers has adopted the draft budget act. Defence spending next year "
        "will amount to PLN 190 billion, or 4.7% of GDP, a record for the Polish army and the "
        "highest ratio among NATO Allies."
    )
    budget, share = in_order(text)
    assert (budget.category, budget.donor) == ("defense_spending", "Poland")
    # the share names no giver of its own: the context's, never the alliance
    assert share.category == "defense_spending"
    assert share.donor not in {"NATO", "NATO allies"}


@pytest.mark.parametrize(
    "text",
    [
        "Les dépenses de défense atteindront 2,3 % du PIB l'an prochain, le taux le plus élevé "
        "parmi les alliés de l'OTAN.",
        "Defence spending will reach 2.3% of GDP next year, the highest ratio within the alliance.",
    ],
)
def test_the_alliance_a_share_is_ranked_in_spends_nothing(text: str) -> None:
    share = in_order(text)[0]
    assert share.category == "defense_spending"
    assert share.donor not in {"NATO", "NATO allies"}


def test_the_alliance_as_subject_still_spends() -> None:
    text = "NATO allies will spend 2.6% of GDP on defence on average this year."
    share = in_order(text)[0]
    assert (share.category, share.donor) == ("defense_spending", "NATO allies")


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Slovakia, the NATO member nearest the front, will spend 2.3% of GDP on defence.",
            "Slovakia",
        ),
        ("Finland, NATO's newest member but one, will give EUR 90 million to Ukraine.", "Finland"),
        ("Finland and NATO allies agreed to spend 3.5% of GDP on core defence.", None),
    ],
)
def test_a_member_in_apposition_to_the_alliance_gives_alone(text: str, donor: str | None) -> None:
    figure = in_order(text)[0]
    if donor is None:
        assert figure.donor is not None
        assert "NATO" in figure.donor  # a list stays a list
    else:
        assert figure.donor == donor


def test_the_alliance_named_as_a_channel_leaves_the_next_sum_to_the_story() -> None:
    text = (
        "La Norvège a annoncé une nouvelle aide à l'Ukraine. L'enveloppe comprend 90 millions "
        "d'euros pour l'achat d'armes dans le cadre du mécanisme PURL de l'OTAN et 40 millions "
        "d'euros pour des drones destinés à l'Ukraine."
    )
    assert [f.donor for f in in_order(text)] == ["Norway", "Norway"]


def test_the_alliance_a_country_is_ranked_in_is_not_made_current() -> None:
    text = (
        "Greece will buy new frigates, its defence minister said on Tuesday. The country is among "
        "NATO's smaller spenders on defence. It spent 1.4% of its gross domestic product on the "
        "armed forces last year, and the new government has promised to reach the alliance's 2% "
        "guideline by 2030."
    )
    read = [(f.category, f.donor, f.year) for f in in_order(text)]
    assert read == [("defense_spending", "Greece", 2025), ("pledge_target", "Greece", 2030)]


def test_a_coalition_named_after_the_sums_or_in_an_aside_takes_none_of_them() -> None:
    text = (
        "The coalition of the willing met in Rome on Monday. Denmark pledged €300 million for "
        "drones, and Finland, which joined the coalition in March, €90 million for ammunition."
    )
    assert [f.donor for f in in_order(text)] == ["Denmark", "Finland"]


def test_the_coalition_named_before_a_sum_still_gives_it() -> None:
    text = (
        "The coalition of the willing met in Rome on Monday. Denmark hosted the talks. The "
        "coalition also agreed to pool €2 billion for air defence."
    )
    assert in_order(text)[0].donor == "coalition of the willing"


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia's cabinet approved on Wednesday a draft 2027 budget that foresees defence "
        "spending of EUR 3.4 billion.",
        "The proposed 2027 defence budget sets aside EUR 3.4 billion for the armed forces.",
    ],
)
def test_a_draft_budget_named_by_its_year_dates_its_sums(text: str) -> None:
    assert in_order(text)[0].year == 2027


def test_the_bundesheer_is_austria_in_a_paragraph_after_the_eu() -> None:
    text = (
        "Die EU-Kommission hat ein Verfahren eingeleitet.\n\n"
        "Beim Bundesheer wird nicht gespart: Das Verteidigungsbudget steigt heuer auf 4,9 "
        "Milliarden Euro."
    )
    budget = in_order(text)[0]
    assert (budget.category, budget.donor) == ("defense_spending", "Austria")
