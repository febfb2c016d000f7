"""Document-level attribution: figures read with their context, title, date and main actor."""

import datetime
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from services.cli.main import app
from services.extractor import dispatch, lexicon
from services.extractor.evaluate import evaluate, format_report, load_cases
from services.extractor.figures import extract_figures
from shared.models import Figure

HERE = Path(__file__).resolve().parent
DEV = HERE / "articles" / "dev.jsonl"


def _one(text: str, **kwargs: object) -> Figure:
    [figure] = extract_figures(text, **kwargs)  # type: ignore[arg-type]
    return figure


def test_donor_and_kind_from_the_sentences_before() -> None:
    text = (
        "Finland will send more air defence systems to Ukraine, the defence ministry said. "
        "The package of EUR 190 million comes on top of earlier deliveries."
    )
    figure = _one(text)
    assert (figure.donor, figure.category, figure.recipient) == (
        "Finland",
        "military_aid",
        "Ukraine",
    )
    assert figure.attribution == {
        "category": "context",
        "donor": "context",
        "recipient": "context",
    }


def test_the_title_gives_what_the_body_leaves_open() -> None:
    text = "The new package is worth EUR 95 million and includes artillery ammunition."
    figure = _one(text, title="Estonia sends Ukraine more ammunition")
    assert (figure.donor, figure.recipient) == ("Estonia", "Ukraine")
    assert figure.attribution["donor"] == "title"
    assert figure.attribution["recipient"] == "title"
    assert _one(text).donor is None


def test_the_main_actor_when_the_current_one_cannot_give() -> None:
    text = (
        "Germany will send more tanks to Ukraine. Germany has delivered tanks before.\n\n"
        "Russia kept up its attacks overnight. A further package of EUR 100 million in weapons "
        "was announced."
    )
    figure = _one(text)
    assert figure.donor == "Germany"
    assert figure.attribution["donor"] == "document"


def test_a_new_actor_takes_over() -> None:
    text = "Aid from the EU reached €5bn in 2024.NATO allies gave another €10bn in weapons."
    eu, allies = extract_figures(text)
    assert (eu.donor, eu.year) == ("EU", 2024)
    assert (allies.donor, allies.year) == ("NATO allies", None)


def test_a_list_with_one_donor_each() -> None:
    text = (
        "Military aid made up the bulk of new European allocations. In March, Canada allocated "
        "EUR 210 million, Poland EUR 330 million and Belgium EUR 95 million."
    )
    figures = extract_figures(text, published=datetime.date(2025, 4, 15))
    assert [(f.donor, f.category, f.year) for f in figures] == [
        ("Canada", "military_aid", 2025),
        ("Poland", "military_aid", 2025),
        ("Belgium", "military_aid", 2025),
    ]


def test_years_against_the_publication_date() -> None:
    text = "Germany will spend €8 billion on military aid for Ukraine this year."
    assert _one(text, published=datetime.date(2025, 6, 1)).year == 2025
    assert _one(text).year is None
    last = "Last year, Sweden gave SEK 20 billion in military aid to Ukraine."
    assert _one(last, published=datetime.date(2025, 6, 1)).year == 2024
    today = "Denmark today announced a DKK 4 billion military aid package for Ukraine."
    figure = _one(today, published=datetime.date(2025, 10, 23))
    assert (figure.year, figure.attribution["year"]) == (2025, "sentence")


def test_a_date_earlier_in_the_story_fixes_the_year() -> None:
    text = (
        "The new cabinet was sworn in on 17 April 2023. Its last military aid package of that "
        "year, on 12 December: EUR 95 million."
    )
    figure = _one(text, published=datetime.date(2024, 2, 26))
    assert figure.year == 2023


def test_totals_since_a_start_have_no_year() -> None:
    text = (
        "On Tuesday, the tracker was updated. In total, European donors have allocated "
        "EUR 138 billion in aid to Ukraine since February 2022. The United States still leads "
        "with EUR 64 billion in military aid."
    )
    figures = extract_figures(text, published=datetime.date(2025, 4, 15))
    assert [f.year for f in figures] == [None, None]


def test_leaders_stand_for_their_country_in_their_years() -> None:
    text = "Pistorius announced €500 million in military aid for Ukraine."
    assert _one(text).donor == "Germany"
    kallas = "Kallas said the package of EUR 20 million in military aid would follow."
    assert _one(kallas, published=datetime.date(2023, 5, 1)).donor == "Estonia"
    assert _one(kallas, published=datetime.date(2025, 5, 1)).donor == "EU"
    # NATO's secretary general speaks for the alliance but gives nothing.
    rutte = "Rutte said allies gave over €50 billion in security aid."
    assert _one(rutte, published=datetime.date(2025, 2, 1)).donor == "NATO allies"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        # A name that is also a country's stands for its leader only before a verb of speaking.
        (
            "Montenegro said Portugal's package of €220 million in military aid would follow.",
            "Portugal",
        ),
        ("The Tánaiste said the State would provide €122 million in military aid.", "Ireland"),
        (
            "Le Grand-Duché consacrera 80 millions d'euros à l'aide militaire à l'Ukraine.",
            "Luxembourg",
        ),
        ("Marles announced a further $95 million military assistance package.", "Australia"),
    ],
)
def test_more_leaders_and_institutions(text: str, donor: str) -> None:
    assert _one(text, published=datetime.date(2025, 11, 6)).donor == donor


def test_a_share_of_a_defence_budget_story_with_no_word_of_its_own() -> None:
    text = (
        "Lithuania will raise its defence budget to 5.4% of GDP next year. "
        "This year the rate stands at about 4%."
    )
    figures = extract_figures(text, published=datetime.date(2025, 10, 2))
    assert [(f.category, f.donor) for f in figures] == [
        ("defense_spending", "Lithuania"),
        ("defense_spending", "Lithuania"),
    ]


def test_a_sum_with_no_kind_takes_the_story_s_unless_it_is_damage_or_assets() -> None:
    text = (
        "Germany remains the largest donor of military aid to Ukraine this year. "
        "Germany stays the largest single giver with EUR 6.1 billion. "
        "Ukraine put the damage to its ports at more than EUR 500 million."
    )
    given, damage = extract_figures(text, published=datetime.date(2026, 8, 14))
    assert (given.category, given.donor) == ("military_aid", "Germany")
    assert given.attribution["category"] == "context"
    assert (damage.category, damage.aid_related) == ("other", False)


def test_russias_defence_budget_is_defence_spending() -> None:
    text = "Russia plans to spend 13 trillion roubles on national defence next year."
    figure = _one(text, published=datetime.date(2025, 9, 30))
    assert (figure.category, figure.donor, figure.year, figure.aid_related) == (
        "defense_spending",
        "Russia",
        2026,
        True,
    )


@pytest.mark.parametrize(
    ("text", "category", "donor"),
    [
        (
            "Deutschland stellt der Ukraine weitere 500 Millionen Euro Militärhilfe bereit.",
            "military_aid",
            "Germany",
        ),
        (
            "Der Verteidigungshaushalt steigt 2026 auf 82,7 Milliarden Euro, teilte Berlin mit.",
            "defense_spending",
            "Germany",
        ),
        (
            "La France consacrera 2 % de son PIB à la défense cette année.",
            "defense_spending",
            "France",
        ),
        (
            "Paris a annoncé une aide militaire de 3 milliards d'euros à l'Ukraine.",
            "military_aid",
            "France",
        ),
    ],
)
def test_german_and_french(text: str, category: str, donor: str) -> None:
    figure = _one(text)
    assert (figure.category, figure.donor) == (category, donor)


def test_alliance_targets_are_the_allies() -> None:
    # the benchmark beside a country's own level (one reaching it is its own spending:
    # test_level_reached.py)
    text = "The Netherlands spent 2.1% of GDP on defence last year, above NATO's 2% target."
    figure = extract_figures(text)[-1]
    assert (figure.category, figure.donor, figure.year) == ("pledge_target", "NATO allies", None)


def test_an_economic_figure_keeps_the_country_it_describes() -> None:
    text = "Ukraine's inflation slowed to 12% in May, the central bank said."
    figure = _one(text)
    assert (figure.category, figure.donor, figure.aid_related) == ("other", "Ukraine", False)


def test_a_bare_dollar_in_a_canadian_report() -> None:
    text = "OTTAWA (CP) — Canada will deliver $2 billion in military assistance to Ukraine."
    assert _one(text).unit == "CAD"
    # The dateline, in capitals as datelines are, names Canada a second time.
    assert _one(text.replace(" (CP)", "")).unit == "CAD"
    # Canada named once, in one sentence, is not yet a Canadian story.
    assert _one(text.replace("OTTAWA (CP) — ", "")).unit == "USD"
    text = (
        "WELLINGTON — The Budget commits $12 billion to defence over four years, and the New "
        "Zealand Government adds $16 million for Ukraine."
    )
    assert [figure.unit for figure in extract_figures(text)] == ["NZD", "NZD"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sweden will send Ukraine air defence worth 16 billion crowns this year.", "SEK"),
        ("Norway's parliament approved 85 billion crowns for Ukraine until 2030.", "NOK"),
        ("Prague set its defence budget at 160 billion crowns for 2024.", "CZK"),
    ],
)
def test_crowns_alone_take_the_country_the_text_names(text: str, unit: str) -> None:
    assert _one(text).unit == unit


def test_a_bare_dollar_is_the_home_dollar_of_the_country_the_story_is_about() -> None:
    text = (
        "The Albanese Government today announces a further $95 million package for Ukraine. "
        "It brings Australia's total to $1.5 billion."
    )
    assert [f.unit for f in extract_figures(text)] == ["AUD", "AUD"]
    # A US story that mentions Australia, and a survey of several dollar donors, keep USD.
    us = "Washington and the Pentagon said the United States will add $95 million; Australia too."
    assert _one(us).unit == "USD"
    survey = "Australia, Canada and New Zealand gave more. Canberra added $95 million."
    assert _one(survey).unit == "USD"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # A dollar named by its word, not its sign, is the home dollar too ...
        ("OTTAWA (CP) — Canada will deliver 2 billion dollars in military aid to Ukraine.", "CAD"),
        (
            "Le gouvernement Carney, à Ottawa, consacrera 9 milliards de dollars de plus à la "
            "défense du Canada.",
            "CAD",
        ),
        # ... unless it says whose it is, or the story is from no other dollar country.
        ("OTTAWA (CP) — Canada pledged 2 billion US dollars in military aid to Ukraine.", "USD"),
        ("Die USA haben der Ukraine 61 Milliarden Dollar bewilligt.", "USD"),
        ("Kyiv needs 40 billion dollars in weapons a year, officials said.", "USD"),
    ],
)
def test_the_word_dollars_is_the_home_dollar_like_the_sign(text: str, unit: str) -> None:
    assert next(f for f in extract_figures(text) if f.unit != "percent").unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Le gouvernement Carney, à Ottawa, annonce 2 milliards $ pour l'Ukraine.", "2e9", "CAD"),
        ("Ottawa débloque 1,45 milliard $ US pour l'Ukraine.", "1.45e9", "USD"),
        ("Washington annonce 680 millions $ pour l'Ukraine.", "6.8e8", "USD"),
        ("La France a prêté plus de 1,8 Md€ à l'Ukraine.", "1.8e9", "EUR"),
        ("Wellington has committed about NZ$130 million since 2022.", "1.3e8", "NZD"),
        ("China's defence budget rose 7.2% to 1.78 trillion yuan.", "1.78e12", "CNY"),
        ("La Russie consacrera 13 000 milliards de roubles à sa défense.", "1.3e13", "RUB"),
    ],
)
def test_currency_signs_after_the_sum_and_prefixed_dollars(
    text: str, value: str, unit: str
) -> None:
    figure = next(f for f in extract_figures(text) if f.unit != "percent")
    assert (figure.value, figure.unit) == (Decimal(value), unit)


def test_french_thousands_with_plain_spaces() -> None:
    text = "Le prix d'un obus est passé d'environ 2 000 euros à plus de 8 000 euros pièce."
    assert [f.value for f in extract_figures(text)] == [Decimal(2000), Decimal(8000)]


def test_a_year_is_not_a_lower_bound() -> None:
    text = "Norway's total aid to Ukraine for 2025 rises to NOK 85 billion."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(Decimal(85 * 10**9), "NOK")]


def test_an_economic_aside_describes_the_storys_country_not_its_recipient() -> None:
    text = (
        "The United Kingdom will provide £3 billion in military aid to Ukraine this year. "
        "Britain has also pledged air defence. Inflation rose to 3% in January."
    )
    inflation = extract_figures(text, published=datetime.date(2025, 2, 27))[-1]
    assert (inflation.category, inflation.donor) == ("other", "United Kingdom")
    oil = "France sends Ukraine more shells. Le prix du baril de Brent a reculé à 66 dollars."
    assert _one(oil).donor is None  # a price describes no country


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        (
            "Germany's own defence spending is set to reach 2.4% of gross domestic product this "
            "year, above NATO's target of 2%.",
            "2.4%",
            "defense_spending",
        ),
        (
            "Chancellor Merz has said Berlin is ready to back a new alliance goal of 3.5% for core "
            "military spending.",
            "3.5%",
            "pledge_target",
        ),
        (
            "Poland expects to spend 4.7% of GDP on defense this year, while Estonia has pledged "
            "to reach at least 5% by next year.",
            "5%",
            "pledge_target",
        ),
        (
            "NATO currently asks allies to spend at least 2% of GDP on their own defence.",
            "2%",
            "pledge_target",
        ),
        (
            "Germany will meet NATO's target for the first time, with spending of 2.12% of GDP, "
            "largely thanks to a 100 billion euro special fund.",
            "100 billion euro",
            "defense_spending",
        ),
        (
            "Germany will meet NATO's target for the first time, with spending of 2.12% of GDP.",
            "2.12%",
            "defense_spending",
        ),
        (
            "Les alliés se sont engagés à porter leurs dépenses de défense à 5 % du PIB d'ici "
            "2035, dont 3,5 % pour les dépenses militaires proprement dites.",
            "3,5 %",
            "pledge_target",
        ),
        (
            "Shares in Rheinmetall, which produces ammunition for Ukraine, rose 3.4% in trading.",
            "3.4%",
            "other",
        ),
        (
            "Ukraine needs another $12 billion to fund drone production next year.",
            "$12 billion",
            "other",
        ),
        (
            "Russland gibt in diesem Jahr mehr als 6 Prozent seiner Wirtschaftsleistung für das "
            "Militär aus.",
            "6 Prozent",
            "defense_spending",
        ),
    ],
)
def test_goals_spending_and_asides(text: str, surface: str, category: str) -> None:
    figures = extract_figures(text, published=datetime.date(2025, 6, 25))
    [figure] = [f for f in figures if f.surface == surface]
    assert figure.category == category


def test_a_deadline_may_be_relative() -> None:
    text = "Estonia has pledged to reach at least 5% of GDP on defence by next year."
    assert _one(text, published=datetime.date(2025, 6, 25)).year == 2026


def test_the_leads_year_frames_a_report_on_a_past_year() -> None:
    text = (
        "Global military expenditure rose for the tenth consecutive year in 2024, reaching $2.72 "
        "trillion, a research institute said.\n\nGermany's military expenditure increased by "
        "28% to $88.5 billion."
    )
    figures = extract_figures(text, published=datetime.date(2025, 4, 28))
    assert [f.year for f in figures] == [2024, 2024, 2024]


def test_a_start_told_at_length_is_not_the_year() -> None:
    text = (
        "The disbursement brings IMF payments to Ukraine to about $9.8 billion since the "
        "programme was approved in March 2023."
    )
    assert _one(text, published=datetime.date(2024, 12, 21)).year is None


def test_a_comparisons_base_year_does_not_become_the_storys_time() -> None:
    text = (
        "Seit Jahresbeginn belaufen sich die europäischen Militärhilfen auf 20,1 Milliarden Euro, "
        "verglichen mit 19,4 Milliarden Euro im gesamten Jahr 2024. Im März sagte Kanada 210 "
        "Millionen Euro zu."
    )
    figures = extract_figures(text, published=datetime.date(2025, 5, 13))
    assert (figures[-1].donor, figures[-1].year) == ("Canada", 2025)


def test_the_government_is_the_storys_own_country() -> None:
    text = (
        "Britain will raise defence spending, and Britain has pledged more help for Ukraine. "
        "The Baltic states already spend more than 3% of GDP on defence. The government would "
        "provide £3 billion in military aid to Ukraine this year."
    )
    figure = extract_figures(text, published=datetime.date(2025, 2, 27))[-1]
    assert (figure.surface, figure.donor) == ("£3 billion", "United Kingdom")


def test_nato_is_where_a_member_spends_not_the_spender() -> None:
    text = (
        "Sweden, which became NATO's 32nd member last March, plans to raise its own defence "
        "spending to 2.4% of gross domestic product this year."
    )
    figure = _one(text, published=datetime.date(2025, 1, 22))
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", "Sweden", 2025)


def test_groups_chaired_or_named_again() -> None:
    chaired = (
        "British Defence Secretary John Healey, chairing the Ukraine Defense Contact Group, "
        "announced £150 million for drones."
    )
    assert _one(chaired).donor == "United Kingdom"
    again = (
        "Defence ministers met as the Ukraine Defense Contact Group on Friday. The coalition "
        "also agreed to pool €2.3 billion to buy ammunition, a European official said."
    )
    assert _one(again).donor == "Ramstein group"


def test_the_kind_named_right_after_each_figure() -> None:
    text = (
        "Davon entfallen 130 Milliarden Euro auf militärische, 118 Milliarden Euro auf finanzielle "
        "und 19 Milliarden Euro auf humanitäre Hilfe."
    )
    assert [f.category for f in extract_figures(text)] == [
        "military_aid",
        "financial_aid",
        "humanitarian_aid",
    ]


def test_the_alliances_own_goal_is_the_allies() -> None:
    text = "Chancellor Merz said Berlin is ready to back a new alliance goal of 3.5% for defence."
    assert _one(text).donor == "NATO allies"
    own = "The government would reach the alliance's core target of 3.5% of GDP by 2035."
    assert _one(own, title="Dutch defence budget").donor != "NATO allies"


def test_kinds_joined_in_german_and_french_are_all_aid() -> None:
    german = "Japan ist mit Finanz- und humanitärer Hilfe von rund 12 Milliarden Dollar dabei."
    french = (
        "La Belgique a fourni une aide militaire, financière et humanitaire de 3 milliards d'euros."
    )
    assert _one(german).category == "aid_total"
    assert _one(french).category == "aid_total"


def test_a_whole_with_parts_is_all_aid() -> None:
    text = (
        "Britain is sending more air defence to Ukraine. Since 2022 the UK has committed "
        "£12.8 billion to Ukraine, of which £7.8 billion was military aid."
    )
    whole, part = extract_figures(text)
    assert (whole.category, part.category) == ("aid_total", "military_aid")


def test_a_list_keeps_its_year_for_each_new_actor() -> None:
    text = (
        "In 2024, Germany spent 2.1% of its GDP on defence. Poland spends 4.1% of its GDP on "
        "defence."
    )
    figures = extract_figures(text, published=datetime.date(2025, 7, 10))
    assert [(f.donor, f.year) for f in figures] == [("Germany", 2024), ("Poland", 2024)]


def test_a_record_since_a_year_is_not_a_total_since_then() -> None:
    text = (
        "Military expenditure rose in 2024, reaching $2.72 trillion, a research institute said. "
        "Japan's military spending grew by 21% to $55.3 billion, the largest annual increase "
        "since 1952."
    )
    figures = extract_figures(text, published=datetime.date(2025, 4, 28))
    assert [f.year for f in figures] == [2024, 2024, 2024]


def test_an_economic_figure_describes_the_country_across_a_clause() -> None:
    text = (
        "Ukraine needs about $40 billion in external financing to cover its budget deficit, "
        "which is running at about 20% of GDP this year."
    )
    deficit = extract_figures(text, published=datetime.date(2024, 10, 24))[-1]
    assert (deficit.category, deficit.donor) == ("other", "Ukraine")


def test_dispatch_matches_the_plain_alternation() -> None:
    plain = re.compile(
        r"(?<![\w-])(?=[^\W\d_])(?:"
        + "|".join(f"(?P<{g}>(?:{p}){after})" for g, p, after in lexicon._GROUPS)
        + r")(?![\w])",
        re.IGNORECASE,
    )
    texts = [case.text for case in load_cases(HERE / "eval_set.jsonl")]
    texts += [case.text for case in load_cases(DEV)]
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        got = [
            (m.span(), lexicon._ENTITY_GROUPS[m.lastgroup or ""])
            for m in lexicon.ENTITY.finditer(text)
        ]
        assert got == expected


def test_word_by_word_keywords_and_distractors_match_the_plain_patterns() -> None:
    plain = re.compile(
        r"(?<![\w-])(?=[^\W\d_])(?:"
        + "|".join(f"(?P<{name}>{p})" for name, p in lexicon._CATEGORIES)
        + ")",
        re.IGNORECASE,
    )
    keywords = lexicon.CATEGORY_KEYWORD
    texts = [case.text for case in load_cases(HERE / "eval_set.jsonl")]
    texts += [case.text for case in load_cases(DEV)]
    # Slices that start and end inside words, as figure windows do.
    texts += [text[i : i + 300] for text in texts[:20] for i in range(1, len(text), 101)]
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        got = [(m.span(), keywords.names[m.lastgroup or ""]) for m in keywords.finditer(text)]
        assert got == expected
        distractors = [m.span() for m in lexicon.DISTRACTOR.finditer(text)]
        assert [m.span() for m in lexicon.DISTRACTOR_WORDS.finditer(text)] == distractors
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            spans = [m.span() for m in lexicon.NO_SINGLE_YEAR.finditer(text, start, end)]
            words = lexicon.NO_SINGLE_YEAR_WORDS.finditer(text, start, end)
            assert [m.span() for m in words] == spans


@pytest.mark.parametrize(
    ("branch", "letters"),
    [
        ("Germany", {"g"}),
        ("(?-i:NATO|Nato)", {"n"}),
        ("[ÉE]tats-Unis", {"é", "e"}),
        ("(?:the\\s+)?Netherlands", {"t", "n"}),
        ("(?<!sanctions\\s)package", {"p"}),
        ("(?:\\d+\\s+)?members", None),
        ("U\\.S\\.", {"u"}),
    ],
)
def test_first_letters(branch: str, letters: set[str] | None) -> None:
    found = dispatch.first_letters(branch)
    assert (set(found) if found is not None else None) == letters


def test_extract_command_takes_title_and_date(tmp_path: Path) -> None:
    body = tmp_path / "article.txt"
    body.write_text(
        "The new package is worth EUR 95 million, the ministry said on Tuesday.\n", "utf-8"
    )
    result = CliRunner().invoke(
        app,
        [
            "extract",
            "--format",
            "jsonl",
            "--title",
            "Estonia sends Ukraine more ammunition",
            "--published",
            "2025-03-04",
            str(body),
        ],
    )
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["donor"], record["year"]) == ("Estonia", 2025)
    assert record["attribution"]["donor"] == "title"
    assert record["attribution"]["year"] == "sentence"


# The whole-article sets in sample: the scores reached while writing the rules, less about 0.02,
# so that a change that loses whole-article attribution fails here as well as in the report.
# Reached with extractor 2026.11.9 (see docs/history/extractor-passes.md), each floor about 0.02
# under its score: dev F1 1.000, category 0.930, donor 0.947, year 0.865; first holdout F1 1.000,
# category 0.940, donor 0.943, year 0.857, aid_related 0.977; second holdout category 0.886, donor
# 0.853, year 0.805; third holdout category 0.870, donor 0.873, year 0.783; fourth holdout F1 0.985,
# category 0.844, donor 0.849, year 0.753, recipient 0.951; fifth holdout (scored blind once with
# 2026.11.7, read since) F1 0.995, category 0.806, donor 0.832, year 0.771, recipient 0.936,
# aid_related 0.952. Raised with 2026.11.13, 2026.11.14, 2026.11.16, 2026.11.17, 2026.11.20,
# 2026.11.21, 2026.11.22, 2026.11.23, 2026.11.25 (year, category and aid_related only) and
# 2026.11.33 wherever an attribute rose, each about 0.01-0.02 under its new score (the scores per
# set are in docs/history/extractor-passes.md). Lowered on 2026-12-02 where relabelling the
# in-sample sets to the README's settled cases (polls take the polled country) cost a score, to
# 0.01 under the new one: donor dev 0.939, holdout 0.913, holdout2 0.875; raised again the same day
# with a poll's country (attribution.Story._polled): donor dev 0.963, holdout 0.932, holdout2 0.893.
# Raised with 2026.11.35, and again with 2026.11.38 (labels as settled on 2026-12-03), to 0.015
# under each score, rounded down to 0.005, wherever that is higher; and with 2026.11.41 (labels as
# settled on 2026-12-03, a ninth session) the same way.
_FLOORS = {
    "dev": {
        "f1": 0.985,
        "qualifier": 0.975,
        "category": 0.945,
        "donor": 0.97,
        "year": 0.925,
        "recipient": 0.97,
        "aid_related": 0.98,
    },
    "holdout": {
        "f1": 0.985,
        "qualifier": 0.965,
        "category": 0.965,
        "donor": 0.96,
        "year": 0.935,
        "recipient": 0.975,
        "aid_related": 0.98,
    },
    "holdout2": {
        "f1": 0.985,
        "qualifier": 0.97,
        "category": 0.93,
        "donor": 0.92,
        "year": 0.92,
        "recipient": 0.97,
        "aid_related": 0.975,
    },
    "holdout3": {
        "f1": 0.985,
        "qualifier": 0.97,
        "category": 0.93,
        "donor": 0.935,
        "year": 0.88,
        "recipient": 0.945,
        "aid_related": 0.955,
    },
    "holdout4": {
        "f1": 0.975,
        "qualifier": 0.97,
        "category": 0.935,
        "donor": 0.96,
        "year": 0.875,
        "recipient": 0.965,
        "aid_related": 0.965,
    },
    "holdout5": {
        "f1": 0.985,
        "qualifier": 0.965,
        "category": 0.905,
        "donor": 0.96,
        "year": 0.905,
        "recipient": 0.965,
        "aid_related": 0.965,
    },
    "holdout6": {
        "f1": 0.985,
        "qualifier": 0.965,
        "category": 0.93,
        "donor": 0.96,
        "year": 0.925,
        "recipient": 0.97,
        "aid_related": 0.97,
    },
    "holdout7": {
        "f1": 0.985,
        "qualifier": 0.955,
        "category": 0.915,
        "donor": 0.97,
        "year": 0.93,
        "recipient": 0.965,
        "aid_related": 0.955,
    },
    "holdout8": {
        "f1": 0.985,
        "qualifier": 0.96,
        "category": 0.92,
        "donor": 0.955,
        "year": 0.925,
        "recipient": 0.96,
        "aid_related": 0.96,
    },
    # scored blind once with 2026.11.14 (F1 0.969, category 0.767, donor 0.756, year 0.737,
    # recipient 0.896, aid_related 0.901); 2026.11.15's year rule was found on it (year 0.756);
    # 2026.11.16: year 0.778, donor 0.773; 2026.11.17: donor 0.786; 2026.11.20: category 0.786;
    # 2026.11.22: category 0.787, recipient 0.920; 2026.11.23: category 0.793, donor 0.801,
    # aid_related 0.912
    "holdout9": {
        "f1": 0.985,
        "qualifier": 0.965,
        "category": 0.91,
        "donor": 0.955,
        "year": 0.89,
        "recipient": 0.96,
        "aid_related": 0.955,
    },
    # scored blind once with 2026.11.17 (F1 0.955, category 0.816, donor 0.705, year 0.839,
    # recipient 0.924, aid_related 0.921); 2026.11.18 the same; in-sample since: 2026.11.19's
    # currencies F1 0.996; 2026.11.20 was read from it: category 0.851, donor 0.781, year 0.851,
    # recipient 0.939, aid_related 0.947; 2026.11.21: donor 0.801, year 0.852
    "holdout10": {
        "f1": 0.99,
        "qualifier": 0.98,
        "category": 0.925,
        "donor": 0.945,
        "year": 0.95,
        "recipient": 0.96,
        "aid_related": 0.96,
    },
    # scored blind once with 2026.11.22 (F1 0.991, category 0.790, donor 0.801, year 0.785,
    # recipient 0.932, aid_related 0.899); 2026.11.18: F1 0.980, donor 0.780; in-sample since:
    # 2026.11.23 was read from it: year 0.809, category 0.798, donor 0.812, aid_related 0.907
    "holdout11": {
        "f1": 0.98,
        "qualifier": 0.96,
        "category": 0.865,
        "donor": 0.93,
        "year": 0.885,
        "recipient": 0.95,
        "aid_related": 0.93,
    },
    # scored blind once with 2026.11.23 (F1 0.993, category 0.777, donor 0.746, year 0.799,
    # recipient 0.873, aid_related 0.895); 2026.11.20: F1 0.993, donor 0.743; in-sample since:
    # 2026.11.25 was read from it: year 0.814, category 0.799, aid_related 0.918
    "holdout12": {
        "f1": 0.98,
        "qualifier": 0.95,
        "category": 0.835,
        "donor": 0.865,
        "year": 0.895,
        "recipient": 0.91,
        "aid_related": 0.93,
    },
    # scored blind once with 2026.11.26 (F1 0.976, category 0.761, donor 0.751, year 0.810,
    # recipient 0.900, aid_related 0.923); 2026.11.23: year 0.788, category 0.741, donor 0.721
    "holdout13": {
        "f1": 0.96,
        "qualifier": 0.95,
        "category": 0.855,
        "donor": 0.9,
        "year": 0.875,
        "recipient": 0.945,
        "aid_related": 0.945,
    },
    # scored blind once with 2026.11.32 (F1 0.992, year 0.799, category 0.812, donor 0.748,
    # recipient 0.930, aid_related 0.949) and 2026.11.33 (year 0.810, category 0.823, donor
    # 0.780, aid_related 0.957); in-sample since 2026-12-02
    "holdout14": {
        "f1": 0.98,
        "qualifier": 0.97,
        "category": 0.865,
        "donor": 0.865,
        "year": 0.825,
        "recipient": 0.93,
        "aid_related": 0.95,
    },
    # scored blind once with 2026.11.33 and 2026.11.34, identical (F1 0.976, qualifier 0.968,
    # year 0.817, category 0.763, donor 0.831, recipient 0.919, aid_related 0.927); in-sample
    # since 2026-12-02 (a later session)
    "holdout15": {
        "f1": 0.97,
        "qualifier": 0.96,
        "category": 0.825,
        "donor": 0.87,
        "year": 0.86,
        "recipient": 0.92,
        "aid_related": 0.93,
    },
    # scored blind once with 2026.11.34 (F1 1.000, year 0.711, category 0.779, donor 0.815,
    # recipient 0.934, aid_related 0.890) and 2026.11.35 (year 0.704, category 0.788, donor
    # 0.830, aid_related 0.896); in-sample since 2026-12-02 (a fourth session)
    "holdout16": {
        "f1": 0.99,
        "qualifier": 0.96,
        "category": 0.91,
        "donor": 0.945,
        "year": 0.845,
        "recipient": 0.955,
        "aid_related": 0.96,
    },
    # scored blind once with 2026.11.35 (F1 1.000, qualifier 0.965, year 0.836, category 0.819,
    # donor 0.911, recipient 0.930, aid_related 0.920) and 2026.11.36 (year 0.833, category
    # 0.829, donor 0.925, aid_related 0.937); in-sample since 2026-12-02 (a fifth session)
    "holdout17": {
        "f1": 0.99,
        "qualifier": 0.955,
        "category": 0.905,
        "donor": 0.965,
        "year": 0.905,
        "recipient": 0.945,
        "aid_related": 0.97,
    },
    # scored blind once with 2026.11.36 (F1 0.995, qualifier 0.952, year 0.838, category 0.817,
    # donor 0.880, recipient 0.921, aid_related 0.948) and 2026.11.38 (year 0.860, category
    # 0.832, donor 0.884, aid_related 0.952); in-sample since 2026-12-03 (a seventh session)
    "holdout18": {
        "f1": 0.98,
        "qualifier": 0.935,
        "category": 0.88,
        "donor": 0.93,
        "year": 0.9,
        "recipient": 0.94,
        "aid_related": 0.965,
    },
    # scored blind once with 2026.11.38 (F1 0.997, qualifier 0.980, year 0.786, category 0.813,
    # donor 0.851, recipient 0.901, aid_related 0.926) and 2026.11.39 (year 0.800, category
    # 0.818, donor 0.854, recipient 0.910, aid_related 0.930); in-sample since 2026-12-03 (an
    # eighth session)
    "holdout19": {
        "f1": 0.98,
        "qualifier": 0.96,
        "category": 0.865,
        "donor": 0.9,
        "year": 0.845,
        "recipient": 0.94,
        "aid_related": 0.945,
    },
    # scored blind once with 2026.11.39 (F1 0.989, qualifier 0.973, year 0.837, category 0.840,
    # donor 0.891, recipient 0.921, aid_related 0.932) and 2026.11.40 (year 0.842, category 0.845,
    # recipient 0.927, aid_related 0.935); in-sample since 2026-12-03 (a ninth session)
    "holdout20": {
        "f1": 0.97,
        "qualifier": 0.955,
        "category": 0.875,
        "donor": 0.925,
        "year": 0.845,
        "recipient": 0.93,
        "aid_related": 0.935,
    },
    # scored blind once with 2026.11.40 (F1 0.996, qualifier 0.975, year 0.876, category 0.839,
    # donor 0.923, recipient 0.936, aid_related 0.950) and 2026.11.41 (year 0.873, category 0.844,
    # recipient 0.940, aid_related 0.955); in-sample since 2026-12-03 (a tenth session)
    "holdout21": {
        "f1": 0.98,
        "qualifier": 0.96,
        "category": 0.85,
        "donor": 0.94,
        "year": 0.875,
        "recipient": 0.93,
        "aid_related": 0.945,
    },
    # scored blind once with 2026.11.41 (F1 0.974, qualifier 0.967, year 0.824, category 0.837,
    # donor 0.927, recipient 0.947, aid_related 0.936) and 2026.11.42 (year 0.826, category 0.839,
    # recipient 0.949, aid_related 0.938); in-sample since 2026-12-03 (an eleventh session)
    "holdout22": {
        "f1": 0.955,
        "qualifier": 0.95,
        "category": 0.855,
        "donor": 0.915,
        "year": 0.85,
        "recipient": 0.93,
        "aid_related": 0.935,
    },
    # scored blind once with 2026.11.42 (F1 0.967, qualifier 0.961, year 0.842, category 0.890,
    # donor 0.921, recipient 0.963, aid_related 0.949) and 2026.11.43 (year 0.844, category 0.894);
    # in-sample since 2026-12-03 (a twelfth session)
    "holdout23": {
        "f1": 0.95,
        "qualifier": 0.945,
        "category": 0.88,
        "donor": 0.92,
        "year": 0.83,
        "recipient": 0.945,
        "aid_related": 0.935,
    },
    # scored blind once with 2026.11.43 (F1 0.995, qualifier 0.964, year 0.807, category 0.805,
    # donor 0.898, recipient 0.953, aid_related 0.936) and 2026.11.44 (year 0.809, donor 0.900);
    # in-sample since 2026-12-03 (a thirteenth session)
    "holdout24": {
        "f1": 0.98,
        "qualifier": 0.945,
        "category": 0.795,
        "donor": 0.905,
        "year": 0.795,
        "recipient": 0.935,
        "aid_related": 0.925,
    },
}


@pytest.mark.parametrize("split", sorted(_FLOORS))
def test_whole_articles_in_sample_stay_above_their_floor(split: str) -> None:
    cases = load_cases(HERE / "articles" / f"{split}.jsonl")
    assert len(cases) >= 14
    report = evaluate(cases)
    text = format_report(report, details=False)
    floors = _FLOORS[split]
    assert report.f1 >= floors["f1"], text
    for attribute, floor in floors.items():
        if attribute != "f1":
            assert report.accuracy(attribute) >= floor, text


def test_each_figure_of_a_comparison_has_the_giver_named_right_after_it() -> None:
    text = (
        "Spain has allocated about EUR 1.9 billion in military aid since 2022, compared with "
        "EUR 2.7 billion for Italy and more than EUR 16 billion for Germany."
    )
    assert [f.donor for f in extract_figures(text)] == ["Spain", "Italy", "Germany"]
    german = (
        "Die Verteidigungsausgaben der Bundesrepublik erreichen 2,8 Prozent der "
        "Wirtschaftsleistung, verglichen mit "
        "2,1 Prozent in Frankreich."
    )
    assert [f.donor for f in extract_figures(german)] == ["Germany", "France"]


def test_the_alliance_goal_is_nato_allies_unless_a_member_sets_out_to_reach_it() -> None:
    alliance = (
        "Portugal's 2026 budget keeps defence spending at 2% of GDP, leaving the path towards "
        "the alliance's new goal of 3.5% for core defence by 2035 undecided."
    )
    assert [f.donor for f in extract_figures(alliance)][-1] == "NATO allies"
    member = (
        "The Dutch government said it would reach the alliance's core target of 3.5% of GDP "
        "by 2035."
    )
    assert _one(member).donor == "Netherlands"


@pytest.mark.parametrize(
    "text",
    [
        "Litauen hält an seiner Zusage fest, jedes Jahr 0,25 Prozent seines BIP für Militärhilfe "
        "an Kiew bereitzustellen.",
        "Les Pays-Bas se sont engagés à financer l'Ukraine à hauteur d'au moins 0,25 % de leur "
        "PIB par an.",
        "Luxembourg s'est engagé à maintenir son soutien à l'Ukraine à hauteur de 0,2 % de son "
        "revenu national brut chaque année.",
    ],
)
def test_a_share_of_gdp_pledged_year_after_year_for_ukraine(text: str) -> None:
    figure = _one(text)
    assert (figure.category, figure.recipient, figure.year) == ("pledge_target", "Ukraine", None)


def test_a_share_given_since_the_war_began_is_aid_not_a_pledge() -> None:
    text = "Dänemark hat seit 2022 Militärhilfe im Umfang von 2,1 Prozent seines BIP zugesagt."
    assert _one(text).category == "military_aid"


@pytest.mark.parametrize(
    "text",
    [
        "Über die Ukraine-Fazilität stellt Brüssel bis 2027 bis zu 50 Milliarden Euro bereit.",
        "La Belgique a promis 1 milliard d'euros d'aide militaire par an jusqu'en 2029.",
        "The EU will provide EUR 50 billion to Ukraine until 2027.",
    ],
)
def test_a_sum_until_a_year_runs_over_the_years(text: str) -> None:
    assert _one(text, published=datetime.date(2025, 6, 1)).year is None


def test_a_share_by_a_year_keeps_its_deadline() -> None:
    text = "Die Schweiz will ihre Verteidigungsausgaben bis 2035 auf 1 Prozent des BIP erhöhen."
    assert _one(text, published=datetime.date(2025, 6, 1)).year == 2035


def test_a_sum_announced_is_news_of_the_report_s_year_a_stock_is_not() -> None:
    published = datetime.date(2025, 6, 12)
    text = "Helsinki said it would contribute EUR 50 million to the scheme for Ukraine."
    assert _one(text, published=published).year == 2025
    stock = "Taken together, the donors have committed about $16 billion to Ukraine."
    assert _one(stock, published=published).year is None


def test_a_budget_named_by_its_year_after_it() -> None:
    text = (
        "Der Bundeshaushalt 2027, den das Kabinett im Juli beschließen will, soll für die "
        "Ukraine erneut mindestens 11 Milliarden Euro Militärhilfe vorsehen."
    )
    assert _one(text, published=datetime.date(2026, 6, 25)).year == 2027


def test_a_country_where_troops_stand_or_weapons_are_made_is_a_place() -> None:
    text = (
        "Der Haushaltsausschuss billigte neue Schützenpanzer für die Brigade in Litauen. "
        "Dafür gaben die Abgeordneten knapp 4 Milliarden Euro für die Bundeswehr frei."
    )
    assert _one(text).donor == "Germany"


def test_the_borrower_receives_and_the_lender_gives() -> None:
    text = (
        "The EU's SAFE instrument lends €150 billion in defence loans. "
        "Poland is by far the largest borrower, with €43.7 billion."
    )
    figure = extract_figures(text)[-1]
    assert (figure.donor, figure.recipient) == ("EU", "Poland")


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Shares of RTX, which builds the Patriot air defence system, are up 31% over the year.",
            None,
        ),
        # a state's bond yield describes the state (README, settled cases)
        ("Spanish ten-year bond yields were flat at 3.1% after the missile deal.", "Spain"),
    ],
)
def test_market_moves_are_no_aid(text: str, donor: str | None) -> None:
    figure = _one(text)
    assert (figure.category, figure.donor) == ("other", donor)


def test_two_kinds_joined_are_all_aid() -> None:
    text = (
        "Tokyo has allocated $12.3 billion to Ukraine, almost all of it financial and humanitarian."
    )
    assert _one(text).category == "aid_total"


def test_makers_models_and_exclusions_are_no_givers() -> None:
    text = (
        "The Netherlands will contribute €90 million to a NATO-coordinated scheme to buy "
        "U.S.-made weapons for Ukraine, and a further €300 million for drones."
    )
    assert [f.donor for f in extract_figures(text)] == ["Netherlands", "Netherlands"]
    french = (
        "L'aide civile de la France à l'Ukraine, hors contribution au budget de l'Union "
        "européenne, s'élève à 3,1 milliards d'euros."
    )
    assert _one(french).donor == "France"


def test_a_share_of_the_economy_is_a_share_of_gdp() -> None:
    text = (
        "Russia's military budget is about 13 trillion roubles, equal to more than 6% of its "
        "economy."
    )
    share = extract_figures(text)[-1]
    assert (share.category, share.donor) == ("defense_spending", "Russia")


def test_a_total_taken_together_is_all_aid() -> None:
    text = (
        "Japan gave humanitarian aid to Ukraine. Taken together, the donors of the region have "
        "committed about $16 billion to Ukraine."
    )
    assert _one(text).category == "aid_total"
    german = (
        "Die gesamte Unterstützung der Bundesregierung – militärisch, finanziell und humanitär – "
        "summiert sich auf mehr als 40 Milliarden Euro."
    )
    assert _one(german).category == "aid_total"


def test_the_season_or_evening_of_the_report_is_its_present() -> None:
    published = datetime.date(2025, 11, 20)
    text = "Das Ministerium unterstützt die Ukraine in diesem Winter mit 170 Millionen Euro."
    assert _one(text, published=published).year == 2025


def test_a_fiscal_year_named_before_fiscal_year() -> None:
    text = "The Pentagon asked for $1.01 trillion in defense spending for the 2026 fiscal year."
    assert _one(text, published=datetime.date(2025, 6, 26)).year == 2026


def test_a_part_of_a_sum_with_no_kind_takes_the_story_s_kind() -> None:
    text = (
        "Germany will deliver more air defence systems to Ukraine. "
        "The government did not give a total at first. "
        "Von der Gesamtsumme sollen rund 1,9 Milliarden Euro noch in diesem Jahr fließen."
    )
    figure = _one(text)
    assert (figure.category, figure.donor) == ("military_aid", "Germany")


def test_a_currency_move_is_no_aid() -> None:
    text = "The yen has lost about 8% against the dollar, which shrinks Japan's aid to Ukraine."
    assert _one(text).category == "other"


def test_a_members_share_of_a_group_loan_is_the_member_s() -> None:
    text = (
        "Japan is a large donor. Its share of the G7's extraordinary revenue acceleration loans, "
        "$3 billion, is being disbursed through the World Bank."
    )
    assert _one(text).donor == "Japan"
    whole = "The G7 loan of about $50 billion is backed by frozen Russian assets."
    assert _one(whole).donor == "G7"


def test_has_since_urged_is_no_start() -> None:
    text = (
        "Mark Rutte has since urged each ally to give 0.25% of its GDP in military aid to Ukraine."
    )
    assert _one(text).category == "pledge_target"


@pytest.mark.parametrize(
    "text",
    [
        "The draft budget for 2027 gives the army EUR 62 billion, EUR 4 billion more than this "
        "year.",
        "Der Etat für 2027 sieht 62 Milliarden Euro vor, 4 Milliarden Euro mehr als in diesem "
        "Jahr.",
    ],
)
def test_a_time_named_only_as_the_comparison_base_dates_nothing(text: str) -> None:
    figures = extract_figures(text, published=datetime.date(2026, 9, 10))
    assert {f.year for f in figures} == {2027}


@pytest.mark.parametrize(
    "text",
    [
        "Der Haushalt 2027 wurde beschlossen. Die Marine bekommt 3 Milliarden Euro, mehr als im "
        "vergangenen Jahr.",
        "Le budget des armées pour 2027 a été adopté. La marine recevra 3 milliards d'euros, plus "
        "que l'an dernier.",
    ],
)
def test_a_figure_compared_with_an_earlier_year_keeps_the_story_s_year(text: str) -> None:
    assert _one(text, published=datetime.date(2026, 9, 10)).year == 2027


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Bucharest will give its army 52 billion lei next year.", "5.2e10", "RON"),
        ("Der Etat steigt auf 48 Milliarden Lei.", "4.8e10", "RON"),
        ("Le Conseil fédéral débloque 60 millions de francs pour l'Ukraine.", "6e7", "CHF"),
        ("Bern adds another 20 million francs in winter aid.", "2e7", "CHF"),
        ("Ankara set aside TRY 900 billion for its armed forces.", "9e11", "TRY"),
        ("Turkey's defence budget is 850 billion liras.", "8.5e11", "TRY"),
        ("Budapest spends 1,600 billion forints on defence.", "1.6e12", "HUF"),
        ("Sofia adds 300 million leva for air defence.", "3e8", "BGN"),
        ("Bucharest approved RON 9 billion for ammunition.", "9e9", "RON"),
    ],
)
def test_european_currencies_by_word_and_code(text: str, value: str, unit: str) -> None:
    figure = next(f for f in extract_figures(text) if f.unit != "percent")
    assert (figure.value, figure.unit) == (Decimal(value), unit)


def test_a_cfa_franc_is_not_a_swiss_one() -> None:
    # read as the CFA franc since pass 12 (before, as no currency at all)
    figures = extract_figures("Le Sénégal a reçu 10 milliards de francs CFA.")
    assert [f.unit for f in figures] == ["XOF"]


def test_the_swiss_government_named_by_its_french_titles() -> None:
    text = (
        "Depuis 2022, la Confédération a engagé plus de 4 milliards de francs en faveur de "
        "l'Ukraine. Le Conseil fédéral ajoute 80 millions de francs pour le déminage."
    )
    assert [f.donor for f in extract_figures(text)] == ["Switzerland", "Switzerland"]


@pytest.mark.parametrize(
    "text",
    [
        "La Suisse a approuvé 95 millions de francs en faveur de l'Ukraine.",
        "Die Schweiz hat 95 Millionen Franken zugunsten der Ukraine freigegeben.",
        "Switzerland approved 95 million francs in support of Ukraine.",
    ],
)
def test_a_sum_in_favour_of_ukraine_is_aid(text: str) -> None:
    figure = _one(text)
    assert (figure.category, figure.recipient) == ("aid_total", "Ukraine")


def test_the_day_of_a_release_is_its_present() -> None:
    text = (
        "Lors de sa séance de ce jour, le Conseil fédéral a approuvé une contribution de "
        "70 millions de francs en faveur de l'Ukraine."
    )
    figure = _one(text, published=datetime.date(2026, 10, 7))
    assert (figure.year, figure.donor) == (2026, "Switzerland")


@pytest.mark.parametrize(
    "text",
    [
        "Norway will send more ammunition to Ukraine. Norway has been a steady donor. Its budget "
        "now exceeds that of several smaller NATO members. A separate fund receives NOK 2 billion "
        "for energy repairs.",
        "Norwegen liefert der Ukraine weitere Munition. Norwegen ist ein verlässlicher Geber. "
        "Die Nato-Verbündeten hatten mehr verlangt. Ein Fonds erhält 2 Milliarden Kronen für die "
        "Reparatur von Kraftwerken.",
    ],
)
def test_the_alliance_named_in_passing_does_not_give_a_member_s_aid(text: str) -> None:
    figure = [f for f in extract_figures(text) if f.unit != "percent"][-1]
    assert figure.donor == "Norway"


def test_the_alliance_s_own_pledge_goes_on() -> None:
    text = (
        "Germany hosted the talks. At last year's summit NATO allies agreed on new goals. "
        "They pledged a baseline of €40 billion in security assistance for Ukraine."
    )
    assert _one(text).donor == "NATO allies"


def test_each_figure_of_a_french_comparison_has_its_giver() -> None:
    text = (
        "Rapportée au PIB, l'aide militaire néerlandaise représente 0,4 % de la richesse "
        "nationale, contre plus de 1 % pour la Lituanie."
    )
    assert [f.donor for f in extract_figures(text)] == ["Netherlands", "Lithuania"]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Le budget militaire allemand atteindra 90 milliards d'euros.", "Germany"),
        ("L'aide militaire britannique a atteint 3 milliards d'euros.", "United Kingdom"),
        ("L'aide humanitaire suisse s'élève à 200 millions de francs.", "Switzerland"),
    ],
)
def test_a_french_nationality_adjective_after_the_noun_names_the_giver(
    text: str, donor: str
) -> None:
    assert _one(text).donor == donor


@pytest.mark.parametrize(
    "text",
    [
        "Der Bundeshaushalt 2027 erhöht den Wehretat auf 90 Milliarden Euro. Für die Ukraine sind "
        "im Entwurf 9 Milliarden Euro vorgesehen.",
        "Germany's 2027 budget lifts defence spending to EUR 90 billion. For Ukraine, the draft "
        "sets aside EUR 9 billion.",
    ],
)
def test_a_budget_line_for_ukraine_is_aid_not_defence(text: str) -> None:
    figure = extract_figures(text)[-1]
    assert figure.category != "defense_spending"
    assert (figure.donor, figure.recipient) == ("Germany", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "The government has committed to raise defence spending to 3% by 2031, against about "
        "1.8% this year.",
        "Le gouvernement s'est engagé à porter les dépenses de défense à 3 % d'ici 2031, contre "
        "environ 1,8 % cette année.",
    ],
)
def test_the_level_a_target_is_measured_from_is_spending(text: str) -> None:
    target, now = extract_figures(text, published=datetime.date(2026, 5, 4))
    assert (target.category, now.category) == ("pledge_target", "defense_spending")


def test_a_share_reached_since_last_year_is_spending() -> None:
    text = (
        "Le gouvernement a décidé de porter les dépenses de défense de la Grèce à 3 % du PIB "
        "dès l'an dernier."
    )
    assert _one(text, published=datetime.date(2026, 5, 4)).category == "defense_spending"


@pytest.mark.parametrize(
    "text",
    [
        "Bis 2034 sollen die Mitglieder jährlich 4 Prozent ihres BIP für Verteidigung ausgeben.",
        "Under the plan, defence spending is to reach 2.5% of GDP by 2032.",
        "D'ici 2034, les Alliés doivent consacrer 4 % de leur PIB à la défense.",
    ],
)
def test_a_share_owed_by_a_date_to_come_is_a_target(text: str) -> None:
    assert _one(text, published=datetime.date(2026, 2, 1)).category == "pledge_target"


def test_a_share_owed_by_a_date_already_past_is_not_a_target() -> None:
    text = "Under the plan, defence spending was to reach 2.5% of GDP by 2024."
    assert _one(text, published=datetime.date(2026, 2, 1)).category == "defense_spending"


@pytest.mark.parametrize(
    "text",
    [
        "Zagreb announced a further package, the ninth since 2022, worth EUR 40 million.",
        "Zagreb hat ein weiteres Paket angekündigt, das neunte seit 2022, im Wert von 40 "
        "Millionen Euro.",
        "Zagreb annonce un nouveau paquet, le neuvième depuis 2022, d'une valeur de 40 millions "
        "d'euros.",
    ],
)
def test_the_nth_package_since_a_year_is_one_package_of_the_report_s_year(text: str) -> None:
    published = datetime.date(2026, 5, 8)
    assert _one(text, published=published, title="Croatia announces new aid").year == 2026


def test_a_comparison_base_in_earlier_months_has_the_same_year() -> None:
    text = (
        "Across May and June, donor countries allocated EUR 5.1 billion in military aid, down "
        "from EUR 7.2 billion in March and April."
    )
    figures = extract_figures(text, published=datetime.date(2026, 7, 20))
    assert [f.year for f in figures] == [2026, 2026]


def test_a_time_after_a_comparison_base_with_decimals_stays_the_base_s() -> None:
    text = (
        "Monthly allocations this year stand at EUR 3.9 billion, compared with EUR 3.4 billion "
        "per month last year. The Baltic states together allocated EUR 0.9 billion in the two "
        "months."
    )
    figures = extract_figures(text, published=datetime.date(2026, 7, 20))
    assert figures[-1].year == 2026


@pytest.mark.parametrize(
    "text",
    [
        "The government plans to raise Norway's own defence spending to NOK 120 billion next "
        "year, or 2.6% of GDP.",
        "Die Regierung will den Wehretat im kommenden Jahr auf 95 Milliarden Euro anheben, das "
        "sind 2,6 Prozent des BIP.",
    ],
)
def test_a_sum_restated_as_a_share_shares_its_year_and_kind(text: str) -> None:
    amount, share = extract_figures(text, published=datetime.date(2026, 11, 5))
    assert (
        (share.year, share.category)
        == (amount.year, amount.category)
        == (
            2027,
            "defense_spending",
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "Next year we go to 2.6%, and the budget in cash rises to EUR 2.9 billion.",
        "Im kommenden Jahr steigt die Quote auf 2,6 Prozent, und der Etat wächst auf 2,9 "
        "Milliarden Euro.",
    ],
)
def test_a_time_opening_the_sentence_dates_each_clause(text: str) -> None:
    figures = extract_figures(
        text, published=datetime.date(2026, 7, 9), title="Bulgaria raises defence budget"
    )
    assert [f.year for f in figures] == [2027, 2027]


def test_a_budget_named_by_its_year_after_a_verb_of_agreeing() -> None:
    text = (
        "Moldova's parliament adopted the 2027 budget on Tuesday with a defence allocation of "
        "4 billion lei."
    )
    figure = _one(text, published=datetime.date(2026, 12, 2))
    assert (figure.year, figure.category, figure.donor) == (2027, "defense_spending", "Moldova")


def test_the_next_in_a_german_ranking_is_not_the_giver_of_the_first() -> None:
    text = (
        "Bei der Militärhilfe für die Ukraine liegt der Norden vorn. Größter Geber bleibt "
        "Schweden mit 2,1 Milliarden Euro, gefolgt von Norwegen mit 1,4 Milliarden Euro."
    )
    assert [f.donor for f in extract_figures(text)] == ["Sweden", "Norway"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Luxembourg soutient l'Ukraine depuis 2022. Le Luxembourg a livré des drones. La "
        "Belgique a annoncé des F-16. Le Premier ministre a également annoncé une aide "
        "humanitaire de 5 millions d'euros.",
        "Luxemburg unterstützt die Ukraine seit 2022. Luxemburg hat Drohnen geliefert. Belgien "
        "hat F-16 angekündigt. Der Regierungschef kündigte zudem humanitäre Hilfe von 5 "
        "Millionen Euro an.",
    ],
)
def test_the_head_of_government_is_the_story_s_own_country(text: str) -> None:
    assert _one(text).donor == "Luxembourg"


@pytest.mark.parametrize(
    "text",
    [
        "Ministers today announced a further $20 million in support for Ukraine, bringing the "
        "country's total contribution since the invasion to more than $150 million.",
        "Die Ministerin kündigte heute weitere 20 Millionen Euro für die Ukraine an, womit sich "
        "die Hilfe seit 2022 auf mehr als 150 Millionen Euro erhöht.",
    ],
)
def test_a_running_total_since_a_start_does_not_undate_the_new_sum(text: str) -> None:
    new, total = extract_figures(text, published=datetime.date(2026, 9, 3))
    assert (new.year, total.year) == (2026, None)


def test_the_end_of_a_span_is_not_the_year_of_a_list() -> None:
    text = (
        "Ministers today announced a new package for Ukraine. The package includes:\n\n"
        "$5 million to extend a training deployment in the United Kingdom until the end of "
        "2028;\n\n$3 million in humanitarian assistance through the Red Cross."
    )
    figures = extract_figures(text, published=datetime.date(2026, 9, 3))
    assert [f.year for f in figures] == [2026, 2026]


@pytest.mark.parametrize(
    "text",
    [
        "The minister pointed to the government's pledge to reach NATO's 2% spending target "
        "this fiscal year.",
        # (a level promised for this year is that year's spending, also when named NATO's
        # target: README "Settled cases", test_level_reached.py)
    ],
)
def test_a_target_to_be_met_this_year_is_that_year_s_spending(text: str) -> None:
    figure = _one(text, published=datetime.date(2026, 5, 21))
    assert (figure.category, figure.year) == ("defense_spending", 2026)


@pytest.mark.parametrize(
    "text",
    [
        "Depuis 2022, la Norvège a fourni une aide militaire de 9 milliards d'euros. Pour la "
        "seule année 2025, le montant s'élève à 2 milliards d'euros. La Suède a engagé 7 "
        "milliards d'euros sur la même période.",
        "Since 2022, Norway has provided EUR 9 billion in military aid. In 2025 alone, the sum "
        "was EUR 2 billion. Sweden has committed EUR 7 billion over the same period.",
    ],
)
def test_a_year_singled_out_dates_only_its_own_sentence(text: str) -> None:
    figures = extract_figures(text, published=datetime.date(2026, 6, 11))
    assert [f.year for f in figures] == [None, 2025, None]


def test_a_fiscal_year_written_with_two_years_is_the_year_it_starts() -> None:
    text = "National defence spending is forecast at $48 billion for 2027-28."
    assert _one(text, published=datetime.date(2027, 3, 1)).year == 2027
    span = "Over 2027-29 the ministry will spend $48 billion on defence."
    assert _one(span, published=datetime.date(2027, 3, 1)).year is None
    since = "Zagreb has given EUR 5 million to the energy fund since the winter of 2022-23."
    assert _one(since, published=datetime.date(2026, 3, 1)).year is None


@pytest.mark.parametrize(
    "text",
    [
        "Italy's defence budget was approved. At the alliance's last summit, members committed "
        "to spend 3.5% of GDP on core defence by 2035.",
        "Der Verteidigungshaushalt Italiens wurde beschlossen. Das alte Ziel von 2 Prozent "
        "stammte aus dem Jahr 2014.",
        "Le budget des armées italien a été adopté. La trajectoire vers l'objectif de 3,5 % du "
        "PIB d'ici 2035 n'est pas financée.",
    ],
)
def test_the_alliance_s_target_told_in_a_national_story_is_the_allies(text: str) -> None:
    figure = _one(text, published=datetime.date(2026, 10, 21))
    assert (figure.category, figure.donor) == ("pledge_target", "NATO allies")


def test_a_country_setting_out_to_reach_the_target_makes_it_its_own() -> None:
    text = (
        "Italy's defence budget was approved. The government wants to reach the 3.5% target well "
        "before 2035."
    )
    assert _one(text, published=datetime.date(2026, 10, 21)).donor == "Italy"


@pytest.mark.parametrize(
    "text",
    [
        "Dänemark hat seit 2022 Militärhilfe im Umfang von 1,8 Prozent seines BIP zugesagt, "
        "Litauen 1,2 Prozent.",
        "Since 2022 Denmark has given military aid worth 1.8% of its GDP, and Lithuania 1.2%.",
    ],
)
def test_a_list_item_with_its_verb_left_out_is_the_same_kind(text: str) -> None:
    first, second = extract_figures(text)
    assert (second.category, second.donor) == (first.category, "Lithuania")
    assert first.category == "military_aid"


def test_a_share_pledged_as_support_goes_to_the_recipient_named_before() -> None:
    text = (
        "Le Luxembourg a livré des drones à l'Ukraine. Le gouvernement s'est engagé à maintenir "
        "ce soutien à hauteur de 0,3 % de son revenu national brut chaque année."
    )
    figure = _one(text)
    assert (figure.category, figure.recipient) == ("pledge_target", "Ukraine")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Le fonds, doté de 150 millions d'euros, permet à Kyiv d'acheter directement du "
            "matériel français.",
            "military_aid",
        ),
        (
            "Les alliés ont fourni environ 20 milliards d'euros d'assistance de sécurité à "
            "l'Ukraine.",
            "security_aid",
        ),
    ],
)
def test_french_words_for_equipment_and_security_assistance(text: str, category: str) -> None:
    assert _one(text).category == category


@pytest.mark.parametrize(
    "text",
    [
        "Defence spending is forecast at $63 billion for 2028, up from about $41 billion the "
        "year before.",
        "Der Wehretat steigt 2028 auf 63 Milliarden Euro, nach 41 Milliarden Euro im Vorjahr.",
    ],
)
def test_a_base_the_year_before_counts_from_the_compared_figure(text: str) -> None:
    figures = extract_figures(text, published=datetime.date(2026, 8, 26))
    assert [f.year for f in figures] == [2028, 2027]


def test_a_ministry_as_the_source_does_not_make_aid_defence_spending() -> None:
    text = (
        "Portugal's military support since 2022 now adds up to €900 million, according to the "
        "defence ministry."
    )
    assert _one(text).category == "military_aid"


def test_defence_spending_that_grows_is_not_an_economic_aside() -> None:
    text = "Bis 2030 sollen die Verteidigungsausgaben auf 160 Milliarden Euro wachsen."
    assert _one(text, published=datetime.date(2026, 5, 1)).category == "defense_spending"
    economy = "Die Wirtschaftsleistung soll im kommenden Jahr um 1,2 Prozent wachsen."
    assert _one(economy, published=datetime.date(2026, 5, 1)).category == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Bis 2030 sollen die Verteidigungsausgaben auf 160 Milliarden Euro wachsen, was 3,6 "
        "Prozent des Bruttoinlandsprodukts entspräche.",
        "Latvia plans to spend €2.6 billion on defence next year, equal to 5.1% of its GDP.",
    ],
)
def test_a_sum_restated_as_an_equal_share(text: str) -> None:
    amount, share = extract_figures(text, published=datetime.date(2026, 5, 1))
    assert (share.category, share.year) == (amount.category, amount.year)
    assert share.category == "defense_spending"


@pytest.mark.parametrize(
    "text",
    [
        "The figure corresponds to 4.9% of GDP, and the ministry stresses that it is more than "
        "any other NATO member spends.",
        "Die Quote liegt bei 4,9 Prozent des BIP, mehr als jeder andere Nato-Staat ausgibt.",
    ],
)
def test_a_class_compared_with_is_not_the_spender(text: str) -> None:
    figure = _one(text, title="Romania's record defence budget")
    assert (figure.category, figure.donor) == ("defense_spending", "Romania")


@pytest.mark.parametrize(
    "text",
    [
        "Portugal has been criticised by allies for spending only 1.5% of its GDP on defence.",
        "Le Portugal est critiqué par certains alliés pour ne consacrer que 1,5 % de son PIB à la "
        "défense.",
    ],
)
def test_who_criticises_is_not_who_spends(text: str) -> None:
    assert _one(text).donor == "Portugal"


def test_eu_support_is_aid() -> None:
    text = "Total EU support through the facility now stands at EUR 9.4bn."
    figure = _one(text)
    assert (figure.category, figure.donor) == ("aid_total", "EU")


@pytest.mark.parametrize(
    "text",
    [
        "The EU's €60 billion Ukraine Facility had reduced financing risks, the fund said today.",
        "The IMF has a separate $12 billion lending programme for Ukraine, officials said today.",
        "Le fonds de soutien, créé en 2023, a été doté au total de 250 M€.",
    ],
)
def test_the_size_of_a_standing_instrument_has_no_year(text: str) -> None:
    assert _one(text, published=datetime.date(2026, 3, 1)).year is None


def test_a_sum_given_to_a_scheme_keeps_its_year() -> None:
    text = "The Netherlands announced it would contribute €80 million to a NATO-coordinated scheme."
    assert _one(text, published=datetime.date(2026, 3, 1)).year == 2026


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2025 hatte Berlin 90 Millionen Euro für Generatoren gezahlt. Das Ministerium "
        "stellt nun zusätzlich 120 Millionen Euro für die Reparatur von Kraftwerken bereit.",
        "In 2025 Berlin had paid EUR 90 million for generators. The ministry now provides a "
        "further EUR 120 million to repair power plants.",
    ],
)
def test_a_sum_given_in_the_present_tense_is_news_of_the_report(text: str) -> None:
    before, now = extract_figures(text, published=datetime.date(2026, 5, 28))
    assert (before.year, now.year) == (2025, 2026)


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "La coalition artillerie, coprésidée par la France et les États-Unis, a mobilisé 40 "
            "millions d'euros pour l'achat de munitions.",
            "artillery coalition",
        ),
        (
            "Ottawa announced new aid. Of the money, $300 million will go to a joint initiative "
            "with the United States, and $150 million will fund drones for Ukraine.",
            "Canada",
        ),
        (
            "The World Bank approved a $500 million loan for Ukraine, backed by guarantees from "
            "Japan.",
            "World Bank",
        ),
    ],
)
def test_chairs_partners_and_guarantors_are_not_the_giver(text: str, donor: str) -> None:
    assert extract_figures(text)[-1].donor == donor


def test_a_coalition_met_in_is_what_the_group_later_stands_for() -> None:
    text = (
        "Ministers met on Friday at a meeting of the Ukraine Defense Contact Group in Brussels. "
        "The minister said the group's members had committed £15 billion in military aid so far "
        "this year."
    )
    assert _one(text).donor == "Ramstein group"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Der Internationale Währungsfonds überwies 700 Millionen Dollar an die Ukraine.", "IMF"),
        (
            "Le Fonds monétaire international a versé 700 millions de dollars à l'Ukraine.",
            "IMF",
        ),
        (
            "Norway will send NOK 3 billion, and NOK 1 billion will buy equipment from Ukrainian "
            "makers, following the model pioneered by Denmark.",
            "Norway",
        ),
        (
            "Military spending in Europe, including Russia, rose to $650 billion last year.",
            "European countries",
        ),
    ],
)
def test_the_imf_in_german_and_french_and_who_is_no_giver(text: str, donor: str) -> None:
    assert extract_figures(text)[-1].donor == donor


def test_the_alliance_s_european_members_in_french() -> None:
    text = (
        "En 2024, les membres européens de l'Alliance et le Canada ont consacré en moyenne 2,1 % "
        "de leur PIB à la défense."
    )
    assert _one(text).donor == "NATO European members and Canada"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Seoul's 2026 defence budget grew by 7.5% on the previous year.", [2026]),
        (
            "Moscow has set defence spending at 13 trillion roubles this year, down slightly from "
            "13.6 trillion roubles last year but still around 5.2% of GDP.",
            [2026, 2025, 2026],
        ),
        (
            "Between February 2022 and January 2025, the United States committed about $60 "
            "billion in security assistance to Ukraine.",
            [None],
        ),
    ],
)
def test_bases_of_changes_and_spans_between_dates(text: str, years: list[int | None]) -> None:
    figures = extract_figures(text, published=datetime.date(2026, 4, 22))
    assert [f.year for f in figures] == years


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Rome provides €150m next year for reconstruction projects in Ukraine.",
            "humanitarian_aid",
        ),
        (
            "Die Schweiz stellt bis 2028 insgesamt 4 Milliarden Franken für den Wiederaufbau der "
            "Ukraine bereit.",
            "humanitarian_aid",
        ),
        (
            "La Belgique finance la reconstruction d'une école à hauteur de 3 millions d'euros.",
            "humanitarian_aid",
        ),
        (
            "Die Kreditanstalt für Wiederaufbau vergibt einen Kredit über 90 Millionen Euro an "
            "Ukrenergo.",
            "financial_aid",
        ),
    ],
)
def test_money_put_to_rebuilding_is_humanitarian(text: str, category: str) -> None:
    assert _one(text, title="Aid for Ukraine").category == category


@pytest.mark.parametrize(
    "text",
    [
        "Arms exports are now about 3% of our GDP, the minister said.",
        "Die Rüstungsexporte stiegen auf 4 Milliarden Euro.",
    ],
)
def test_arms_trade_is_not_aid(text: str) -> None:
    assert _one(text, title="Bulgaria's support for Ukraine").category == "other"


def test_a_bare_share_owed_by_a_date_in_a_budget_story_is_a_target() -> None:
    text = (
        "Österreichs Verteidigungsbudget steigt auf 4 Milliarden Euro. Bis 2033 soll der Anteil "
        "auf 2 Prozent steigen."
    )
    figure = extract_figures(text, published=datetime.date(2025, 11, 20))[-1]
    assert (figure.category, figure.year) == ("pledge_target", 2033)
