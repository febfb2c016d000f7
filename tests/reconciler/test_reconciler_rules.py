"""The reconciler's pure rules: kind, period, links between figures, agreement of amounts."""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import (
    Kind,
    Link,
    amounts_agree,
    can_be_part,
    claim_category,
    claim_group,
    converts,
    donors_compatible,
    introduces_parts,
    kind_of,
    names_a_part,
    names_other_aid,
    period_of,
    periods_compatible,
)
from shared.models import Figure


@pytest.mark.parametrize(
    ("unit", "category", "qualifier", "before", "after", "kind"),
    [
        ("percent", "defense_spending", "exact", "spending rose by ", " in 2024", Kind.SHARE),
        ("EUR", "pledge_target", "exact", "allies agreed to spend ", " a year", Kind.TARGET),
        ("EUR", "defense_spending", "exact", "Germany's defence budget is ", "", Kind.BUDGET),
        (
            "EUR",
            "military_aid",
            "exact",
            "Germany has given Ukraine ",
            " since 2022",
            Kind.CUMULATIVE,
        ),
        ("EUR", "military_aid", "exact", "bringing its total aid to ", "", Kind.CUMULATIVE),
        ("EUR", "military_aid", "exact", "Bisher hat Deutschland ", " geliefert", Kind.CUMULATIVE),
        ("EUR", "security_aid", "at_least", "leaders pledged to provide ", "", Kind.TARGET),
        ("EUR", "military_aid", "exact", "Germany announced a package of ", "", Kind.INCREMENT),
        (
            "EUR",
            "military_aid",
            "over",
            "NATO partners have mobilized aid totaling ",
            "",
            Kind.INCREMENT,
        ),
    ],
)
def test_kind_of(
    unit: str, category: str, qualifier: str, before: str, after: str, kind: Kind
) -> None:
    found = kind_of(unit=unit, category=category, qualifier=qualifier, before=before, after=after)
    assert found is kind


def test_period_of_a_year_a_range_and_a_running_total() -> None:
    assert (
        period_of(kind=Kind.INCREMENT, year=2024, published_year=2024, before="", after="")
        == "2024"
    )
    assert (
        period_of(
            kind=Kind.INCREMENT, year=None, published_year=2025, before="for 2022-2025 ", after=""
        )
        == "2022-2025"
    )
    assert (
        period_of(
            kind=Kind.CUMULATIVE, year=None, published_year=2024, before="", after=" since 2022"
        )
        == "2022-2024"
    )
    assert (
        period_of(kind=Kind.INCREMENT, year=None, published_year=None, before="", after="") is None
    )


def test_a_winter_named_by_two_years_is_its_first_year() -> None:
    def period(after: str, kind: Kind = Kind.INCREMENT) -> str | None:
        return period_of(kind=kind, year=2025, published_year=2025, before="", after=after)

    assert period(" débloqués pour l'hiver 2023-2024, a rappelé le ministre.") == "2023"
    assert period(" in winter aid for the winter of 2024/25.") == "2024"
    assert period(" für den Winter 2024/2025.") == "2024"
    assert period(" over 2024-2026.") == "2024-2026"


@pytest.mark.parametrize(
    ("gap", "same_unit", "conversion"),
    [
        (" (", False, True),
        (" (about ", False, True),
        (" (", True, False),  # the same currency in brackets is no conversion
        (" and another ", False, False),
    ],
)
def test_converts(gap: str, same_unit: bool, conversion: bool) -> None:
    assert converts(gap, same_unit=same_unit, agree=False) is conversion


@pytest.mark.parametrize(
    ("before", "part"),
    [
        ("The package, of which ", True),
        ("Of the total, ", True),
        ("It consists of ", True),
        ("Davon entfallen ", True),
        ("Germany also announced ", False),
        (
            "including tanks; the ministry said that the sum would rise further in the coming"
            " months and years to ",
            False,
        ),
    ],
)
def test_names_a_part(before: str, part: bool) -> None:
    assert names_a_part(before) is part


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "agree"),
    [
        ("50", "over", "50", "approx", True),  # "over 50" and "about 50"
        ("7.1", "exact", "7", "approx", True),  # a rounded restatement
        ("20", "exact", "50", "exact", False),
        ("7.1", "exact", "7", "exact", True),  # "€7 billion" is how many write 7.1
        ("7.1", "exact", "6.5", "exact", False),
        ("50", "over", "50", "under", True),  # the very same number is the same fact
        ("51", "over", "50", "under", False),
    ],
)
def test_amounts_agree(a: str, qa: str, b: str, qb: str, agree: bool) -> None:
    assert amounts_agree(Decimal(a), qa, "EUR", Decimal(b), qb, "EUR") is agree


def test_a_percentage_never_agrees_with_money() -> None:
    assert not amounts_agree(Decimal(20), "exact", "percent", Decimal(20), "exact", "EUR")


def test_donors_compatible() -> None:
    assert donors_compatible("Germany", "Germany")
    assert donors_compatible(None, "Germany")
    assert donors_compatible("NATO European members", "NATO allies")
    assert not donors_compatible("Germany", "France")


# --- Rules of reconciler 2026.11.3 (issue 14: recall on the labelled clusters) ------------------


def figure(
    text: str,
    surface: str,
    value: str,
    *,
    nth: int = 1,
    unit: str = "EUR",
    category: str = "military_aid",
    donor: str | None = "Germany",
    recipient: str | None = "Ukraine",
    year: int | None = 2025,
    qualifier: str = "exact",
) -> Figure:
    """A figure of `text` as the extractor gives it, its sentence cut at ". "."""
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    first = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    last = text.find(". ", end)
    return Figure(
        start=start,
        end=end,
        surface=surface,
        sentence=text[first : last + 1 if last >= 0 else len(text)],
        value=Decimal(value),
        unit=unit,
        qualifier=qualifier,
        category=category,
        aid_related=True,
        donor=donor,
        recipient=recipient,
        year=year,
        value_eur=None if unit == "percent" else Decimal(value),
    )


def kinds(text: str, figures: list[Figure]) -> list[tuple[str, str, str | None]]:
    """(surface, kind, link) of each mention of the document."""
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    surfaces = {f.start: f.surface for f in figures}
    return [(surfaces[m.start], m.block.kind, m.link) for m in mentions]


def test_words_between_figures_belong_to_the_nearest_one() -> None:
    text = (
        "The 27th package was valued at EUR 198 million and the 28th at EUR 90 million, "
        "EUR 288 million together for the year to date."
    )
    figures = [
        figure(text, "EUR 198 million", "198000000"),
        figure(text, "EUR 90 million", "90000000"),
        figure(text, "EUR 288 million", "288000000"),
    ]
    assert kinds(text, figures) == [
        ("EUR 198 million", Kind.INCREMENT, None),
        ("EUR 90 million", Kind.INCREMENT, None),
        ("EUR 288 million", Kind.CUMULATIVE, None),
    ]


def test_figures_listed_with_and_share_their_words() -> None:
    text = "Germany and France have given €28 billion and €20 billion since 2022."
    figures = [
        figure(text, "€28 billion", "28000000000"),
        figure(text, "€20 billion", "20000000000", donor="France"),
    ]
    assert [kind for _, kind, _ in kinds(text, figures)] == [Kind.CUMULATIVE, Kind.CUMULATIVE]


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ("The package brings Finland's total military aid to Ukraine to ", "", Kind.CUMULATIVE),
        ("The windfall profits have provided a total of ", "", Kind.CUMULATIVE),
        (
            "Since February 2022 Ireland's total support for Ukraine, including humanitarian, "
            "stabilisation and non-lethal military assistance, amounts to more than ",
            "",
            Kind.CUMULATIVE,
        ),
        (
            "Since the beginning of the Russian war of aggression in February 2022, Austria has "
            "provided more than ",
            " in support to Ukraine",
            Kind.CUMULATIVE,
        ),
        ("Europe's military aid reached ", " by the end of April", Kind.CUMULATIVE),
        (
            "With the two packages, Croatia's military assistance this year amounts to ",
            "",
            Kind.CUMULATIVE,
        ),
        ("The government's figure for 2025 so far, ", ", is the sum", Kind.CUMULATIVE),
        ("Allies provided more than ", " to Ukraine in the first half of 2025", Kind.CUMULATIVE),
        # the words of the next figure: "a first tranche of €1.5 billion, and brings the total
        # drawn to €3.6 billion"
        (
            "The payment follows a first tranche of ",
            " last July, and brings the total to ",
            Kind.INCREMENT,
        ),
        ("Talks reached agreement on ", "", Kind.INCREMENT),
        # a partial-year aggregate only right after its figure
        (
            "Its share of the loans, ",
            ", is being disbursed through the World Bank, and in the first quarter of the year",
            Kind.INCREMENT,
        ),
        # a sentence that opens with "Since" and a start
        (
            "Since the start of Russia's war of aggression, the EU, its Member States and "
            "European financial institutions have together made available nearly ",
            "",
            Kind.CUMULATIVE,
        ),
        (
            "Seit Jahresbeginn belaufen sich die europäischen Militärhilfen auf ",
            "",
            Kind.CUMULATIVE,
        ),
        (
            "Since then, new US money has been limited to the Ukraine Security Assistance "
            "Initiative, for which Congress appropriated ",
            " for this fiscal year",
            Kind.INCREMENT,
        ),
        ("Seit Februar 2022 summieren sich die Hilfen aller Geber auf ", "", Kind.CUMULATIVE),
        ("Seit Beginn des russischen Angriffskriegs hat Deutschland ", "", Kind.CUMULATIVE),
        # a year's total is a full-year allocation, not a running total
        ("He said Sweden's total military support for next year would reach ", "", Kind.INCREMENT),
        ("The aid talks reached agreement on ", "", Kind.INCREMENT),
        ("Croatian military assistance has reached more than ", "", Kind.CUMULATIVE),
    ],
)
def test_running_totals(before: str, after: str, kind: Kind) -> None:
    assert (
        kind_of(unit="EUR", category="aid_total", qualifier="over", before=before, after=after)
        is kind
    )


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("NATO leaders pledged on Wednesday to provide ", Kind.TARGET),
        ("The summit's main deliverable is a pledge of ", Kind.TARGET),
        ("Norway's share of NATO's new commitment of ", Kind.TARGET),
        ("Allies provided Ukraine with ", Kind.INCREMENT),
    ],
)
def test_pledges_of_at_least_are_targets(before: str, kind: Kind) -> None:
    found = kind_of(
        unit="EUR", category="military_aid", qualifier="at_least", before=before, after=""
    )
    assert found is kind


def test_a_budget_named_as_such_is_a_budget_whatever_its_category() -> None:
    own = "The Bundeswehr's own budget, separate from the aid for Ukraine, stands at "
    assert (
        kind_of(unit="EUR", category="aid_total", qualifier="exact", before=own, after="")
        is Kind.BUDGET
    )
    taken = "Germany takes the aid from the defence budget: "
    assert (
        kind_of(unit="EUR", category="military_aid", qualifier="exact", before=taken, after="")
        is Kind.INCREMENT
    )


def test_claim_groups() -> None:
    assert claim_group("aid_total", Kind.INCREMENT) == "military"
    # in a document that speaks of other aid too, unqualified aid may be all of it
    mixed = "Europe allocated €138 billion, including financial and humanitarian aid."
    assert claim_group("aid_total", Kind.INCREMENT, other_aid=names_other_aid(mixed)) == "aid_total"
    assert claim_group("aid_total", Kind.TARGET) == "military"
    # two running totals of one giver in one group are a conflict: total support is not military aid
    assert claim_group("aid_total", Kind.CUMULATIVE) == "aid_total"
    assert claim_group("aid_total", Kind.BUDGET) == "defense_spending"
    assert claim_group("humanitarian_aid", Kind.INCREMENT) == "humanitarian_aid"
    goal = "Helsinki has committed to spending 3% of GDP on defence by 2029."
    assert claim_group("pledge_target", Kind.SHARE, goal) == "defense_spending"
    aid_rule = "Latvia said it would give Ukraine military aid equal to 0.25% of its GDP."
    assert claim_group("pledge_target", Kind.SHARE, aid_rule) == "pledge_target"
    assert claim_category("aid_total", "military") == "military_aid"
    assert claim_category("security_aid", "military") == "security_aid"
    assert claim_category("pledge_target", "defense_spending") == "defense_spending"


def test_a_running_total_read_for_a_year_is_the_range_that_ends_in_it() -> None:
    assert periods_compatible("2025", "2022-2025", Kind.CUMULATIVE)
    assert periods_compatible("2022-2025", "2025", Kind.CUMULATIVE)
    assert not periods_compatible("2024", "2022-2025", Kind.CUMULATIVE)
    assert not periods_compatible("2025", "2024-2025", Kind.INCREMENT)
    assert periods_compatible(None, "2024", Kind.INCREMENT)
    # the year read may be the start: it runs to the report's year
    since = "Since the beginning of the war in February 2022, Austria has provided "
    assert (
        period_of(kind=Kind.CUMULATIVE, year=2022, published_year=2024, before=since, after="")
        == "2022-2024"
    )


def test_a_year_may_stand_between_a_figure_and_its_conversion() -> None:
    assert converts(" for 2024 (roughly ", same_unit=False, agree=False)
    assert converts(" in 2025 (about ", same_unit=False, agree=False)
    assert not converts(" for 2024 and ", same_unit=False, agree=False)


def test_a_figure_given_for_comparison_is_no_part_even_when_it_adds_up() -> None:
    text = (
        "The draft law allocates €50.5 billion to the armed forces. This represents an increase "
        "of €3.3 billion compared with the 2024 law, which provided €47.2 billion."
    )
    spending = {"category": "defense_spending", "recipient": None, "donor": "France"}
    figures = [
        figure(text, "€50.5 billion", "50500000000", **spending),  # type: ignore[arg-type]
        figure(text, "€3.3 billion", "3300000000", **spending),  # type: ignore[arg-type]
        figure(text, "€47.2 billion", "47200000000", year=2024, **spending),  # type: ignore[arg-type]
    ]
    assert kinds(text, figures) == [
        ("€50.5 billion", Kind.BUDGET, None),
        ("€3.3 billion", Kind.BUDGET, Link.PART_OF),
        ("€47.2 billion", Kind.BUDGET, None),
    ]


def test_a_percentage_between_a_sum_and_its_parts_is_left_out_of_the_sum() -> None:
    text = (
        "The government wants to spend PLN 186.6 billion on the army, 4.7% of GDP. "
        "PLN 124.3 billion is budget spending; the rest, PLN 62.3 billion, will be borrowed."
    )
    own = {"category": "defense_spending", "recipient": None, "donor": "Poland", "unit": "PLN"}
    figures = [
        figure(text, "PLN 186.6 billion", "186600000000", **own),  # type: ignore[arg-type]
        figure(text, "4.7%", "4.7", category="defense_spending", recipient=None, unit="percent"),
        figure(text, "PLN 124.3 billion", "124300000000", **own),  # type: ignore[arg-type]
        figure(text, "PLN 62.3 billion", "62300000000", **own),  # type: ignore[arg-type]
    ]
    assert [link for _, _, link in kinds(text, figures)] == [
        None,
        None,
        Link.PART_OF,
        Link.PART_OF,
    ]


def test_a_part_shares_its_wholes_giver_and_aid_is_no_part_of_a_budget() -> None:
    text = (
        "Washington gave €65 billion, including Sweden's €1.45 billion package. "
        "The 2026 budget sets defence spending at €2.4 billion. "
        "The budget includes €100 million in military aid for Ukraine."
    )
    budget = {"category": "defense_spending", "recipient": None, "donor": "Estonia"}
    figures = [
        figure(text, "€65 billion", "65000000000", donor="United States"),
        figure(text, "€1.45 billion", "1450000000", donor="Sweden"),
        figure(text, "€2.4 billion", "2400000000", **budget),  # type: ignore[arg-type]
        figure(text, "€100 million", "100000000", donor="Estonia"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, None, None, None]
    assert can_be_part(figures[1], figures[0]) is False
    assert can_be_part(figures[3], figures[2]) is False
    assert can_be_part(figures[3], figures[0]) is False  # Estonia inside the United States'
    assert can_be_part(replace(figures[1], donor=None), figures[0]) is True


def test_a_figure_compared_with_a_running_total_is_one() -> None:
    text = (
        "Europe's military aid reached €72 billion by the end of April, compared with "
        "€65 billion from Washington."
    )
    figures = [
        figure(text, "€72 billion", "72000000000", donor="Europe"),
        figure(text, "€65 billion", "65000000000", donor="United States"),
    ]
    assert [kind for _, kind, _ in kinds(text, figures)] == [Kind.CUMULATIVE, Kind.CUMULATIVE]


def test_joint_givers_and_their_groups() -> None:
    assert donors_compatible("Denmark, Norway and Sweden", "Nordic countries")
    assert donors_compatible("Estonia and Latvia", "Baltic states")
    assert not donors_compatible("Denmark and Germany", "Nordic countries")
    assert not donors_compatible("Estonia and Latvia", "Estonia")
    assert donors_compatible("NATO", "NATO allies")


def test_of_the_whole_announces_its_parts() -> None:
    text = (
        "Im Haushaltsentwurf sind 11,5 Milliarden Euro vorgesehen. Von den 11,5 Milliarden Euro "
        "für 2026 sollen 3 Milliarden Euro in die Luftverteidigung fließen."
    )
    figures = [
        figure(text, "11,5 Milliarden Euro", "11500000000"),
        figure(text, "11,5 Milliarden Euro", "11500000000", nth=2),
        figure(text, "3 Milliarden Euro", "3000000000"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, None, Link.PART_OF]
    assert introduces_parts("Of the ")
    assert introduces_parts("The budget is set. Of the ")
    assert not introduces_parts("Germany took the aid out of the budget and sent ")


def test_a_figure_set_against_a_running_total_is_one() -> None:
    text = (
        "Since the start of the war, Europe has allocated EUR 168 billion in total aid, against "
        "EUR 115 billion for the United States."
    )
    figures = [
        figure(text, "EUR 168 billion", "168000000000", category="aid_total", donor="Europe"),
        figure(
            text, "EUR 115 billion", "115000000000", category="aid_total", donor="United States"
        ),
    ]
    assert [kind for _, kind, _ in kinds(text, figures)] == [Kind.CUMULATIVE, Kind.CUMULATIVE]


def test_of_the_total_makes_a_part_whatever_giver_was_read_for_it() -> None:
    text = (
        "Romania will hand Ukraine a Patriot battery worth EUR 480 million. Of the total, about "
        "EUR 390 million covers the launchers, radar and missiles."
    )
    figures = [
        figure(text, "EUR 480 million", "480000000", donor="Romania"),
        figure(text, "EUR 390 million", "390000000", donor="NATO allies"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, Link.PART_OF]


def test_sums_by_chance_are_no_parts() -> None:
    text = (
        "The government set aside €3.5 billion for 2026. Belgium has committed €1 billion a year. "
        "The Dutch government has provided an additional €2.5 billion for humanitarian aid."
    )
    figures = [
        figure(text, "€3.5 billion", "3500000000", donor="Netherlands", year=2026),
        figure(text, "€1 billion", "1000000000", donor="Belgium"),
        figure(
            text, "€2.5 billion", "2500000000", donor="Netherlands", category="humanitarian_aid"
        ),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, None, None]


def test_a_figure_inside_a_running_total_is_one_even_when_no_part() -> None:
    text = (
        "Since the start of the war, the EU and its Member States have made available nearly "
        "€170 billion, including €63 billion in military support."
    )
    figures = [
        figure(
            text, "€170 billion", "170000000000", category="aid_total", donor="EU member states"
        ),
        figure(text, "€63 billion", "63000000000", donor="EU"),
    ]
    assert kinds(text, figures) == [
        ("€170 billion", Kind.CUMULATIVE, None),
        ("€63 billion", Kind.CUMULATIVE, None),  # "including": the givers read differ
    ]
