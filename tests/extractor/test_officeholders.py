"""Leaders and ministers stand for their country in the years they held office, and for no
giver (or another body) before or after; an adjective of nationality names a giver only before
the nouns of its context, all of which sit inside one lookahead. Sentences are written for these
tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor import dispatch, lexicon
from tests.support.figures import in_order

IN_2023 = datetime.date(2023, 3, 10)
IN_2026 = datetime.date(2026, 3, 10)
IN_2027 = datetime.date(2027, 6, 1)


def _donor(text: str, published: datetime.date) -> str | None:
    return in_order(text, published=published)[0].donor


@pytest.mark.parametrize(
    ("name", "donor"),
    [
        ("Prime Minister Robert Fico", "Slovakia"),
        ("President Peter Pellegrini", "Slovakia"),
        ("Prime Minister Kyriakos Mitsotakis", "Greece"),
        ("Defence Minister Nikos Dendias", "Greece"),
        ("Foreign Minister Elina Valtonen", "Finland"),
        ("Foreign Minister Lars Løkke Rasmussen", "Denmark"),
        ("Foreign Minister Espen Barth Eide", "Norway"),
        ("Foreign Minister Mélanie Joly", "Canada"),
        ("President Petr Pavel", "Czech Republic"),
        ("Foreign Minister Kęstutis Budrys", "Lithuania"),
        ("Foreign Minister Margus Tsahkna", "Estonia"),
        ("Foreign Minister Baiba Braže", "Latvia"),
        ("Defence Minister Andris Sprūds", "Latvia"),
        ("Prime Minister Andrej Plenković", "Croatia"),
        ("President Recep Tayyip Erdoğan", "Turkey"),
        ("President Lee Jae-myung", "South Korea"),
        ("President Frank-Walter Steinmeier", "Germany"),
        ("Treasurer Jim Chalmers", "Australia"),
    ],
)
def test_an_officeholder_in_office_stands_for_the_country(name: str, donor: str) -> None:
    text = f"{name} announced a €50 million package for Ukraine on Tuesday."
    assert _donor(text, IN_2026) == donor


@pytest.mark.parametrize(
    ("name", "donor"),
    [
        ("Foreign Minister Gabrielius Landsbergis", "Lithuania"),
        ("President Yoon Suk Yeol", "South Korea"),
        ("Chancellor Jeremy Hunt", "United Kingdom"),
        ("Foreign Minister Catherine Colonna", "France"),
        ("Prime Minister Sanna Marin", "Finland"),
        ("Development Minister Svenja Schulze", "Germany"),
        ("Aid administrator Samantha Power", "United States"),
    ],
)
def test_an_officeholder_stands_for_the_country_only_while_in_office(name: str, donor: str) -> None:
    text = f"{name} announced a €50 million package for Ukraine on Tuesday."
    assert _donor(text, IN_2023) == donor
    assert _donor(text, IN_2027) is None  # out of office: a former minister gives nothing


def test_a_leader_who_changed_office_stands_for_the_body_of_the_day() -> None:
    costa = "António Costa announced a €50 million package for Ukraine on Tuesday."
    assert _donor(costa, IN_2023) == "Portugal"
    assert _donor(costa, IN_2026) == "EU"
    stoltenberg = "Stoltenberg announced a $50 million package for Ukraine on Tuesday."
    assert _donor(stoltenberg, IN_2023) is None  # NATO's Secretary General speaks, gives nothing
    assert _donor(stoltenberg, IN_2026) == "Norway"  # Norway's finance minister


def test_a_ukrainian_speaker_thanking_a_donor_leaves_the_donor_the_giver() -> None:
    text = "Zelensky thanked Løkke Rasmussen for a €50 million package on Tuesday."
    assert _donor(text, IN_2026) == "Denmark"


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Durov announced a €50 million fund for Ukraine on Tuesday.",
        "Cameron Diaz announced a €50 million fund for Ukraine on Tuesday.",
        "The Hunt Foundation announced a €50 million fund for Ukraine on Tuesday.",
    ],
)
def test_a_surname_that_is_also_a_first_name_or_word_needs_its_first_name(text: str) -> None:
    assert _donor(text, IN_2026) is None


def test_a_leader_who_blocks_aid_is_not_its_giver() -> None:
    text = "Orbán vetoed the EU's €5 billion tranche for Ukraine on Monday."
    assert _donor(text, IN_2026) == "EU"


def _adjective_givers(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.group(0), lexicon.actor_name(m.lastgroup or "", m.group(0), 2026.2))
        for m in lexicon.ENTITY.finditer(text)
    ]


def test_the_adjective_context_is_one_lookahead() -> None:
    # An alternative outside the lookahead would be a second top-level branch, matched without
    # the adjective before it. (Inside it, "s?\b" ends only the aid nouns: "government",
    # "parliament", "minister" also match "governmental", "parliamentary", "ministerial".)
    assert len(dispatch.branches(lexicon._ADJECTIVE_CONTEXT)) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Polish government approved it.", [("Polish", "Poland")]),
        # the alternatives after the first: a tally, the economy, the country's own budget
        ("Of the German total, EUR 46 billion is military aid.", [("German", "Germany")]),
        ("Latvian inflation rose to 3.9% in May.", [("Latvian", "Latvia")]),
        ("Dutch arms makers grew fast.", [("Dutch", "Netherlands")]),
        ("The Czech budget for 2026 foresees 2.0%.", [("Czech", "Czech Republic")]),
        ("Polish defence outlays rose.", [("Polish", "Poland")]),
        # a share of something else is no giver's, nor is an adjective before another noun
        ("The German share of the costs is small.", []),
        ("Latvian folk songs were sung.", []),
    ],
)
def test_an_adjective_names_a_giver_only_before_its_context(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _adjective_givers(text) == found
