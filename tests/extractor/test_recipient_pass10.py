"""Recipients and aid_related (pass 10): what a figure is given to, or that it is given to no one.
Every sentence is written for these tests, in English, German and French."""

import pytest

from tests.support.figures import by_surface

# What a country spends on the refugees it hosts at home is no aid (README, settled: other with
# the host, no recipient), whatever aid the story tells around it.
_HOSTED = [
    (
        "Sweden will send SEK 3 billion in military aid to Ukraine this year. The state also "
        "spent around SEK 2.4 billion last year on support for Ukrainian refugees living in "
        "Sweden, the migration agency said.",
        "SEK 2.4 billion",
    ),
    (
        "Denmark has pledged another DKK 5 billion in weapons for Kyiv. The cost of housing the "
        "roughly 40,000 Ukrainians who found refuge in Denmark is put at DKK 3.1 billion for the "
        "year.",
        "DKK 3.1 billion",
    ),
    (
        "Österreich stellt der Ukraine weitere 15 Millionen Euro humanitäre Hilfe bereit. Für die "
        "Unterbringung ukrainischer Geflüchteter in Österreich sind im Budget 210 Millionen Euro "
        "eingeplant.",
        "210 Millionen Euro",
    ),
    (
        "La Belgique a promis 1 milliard d'euros d'aide militaire à l'Ukraine. L'accueil des "
        "réfugiés ukrainiens en Belgique lui a coûté environ 600 millions d'euros l'an dernier.",
        "600 millions d'euros",
    ),
]


@pytest.mark.parametrize(("text", "surface"), _HOSTED)
def test_hosting_refugees_at_home_is_no_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.recipient, figure.aid_related) == ("other", None, False)


# Development aid a sentence aims at a recipient is that recipient's humanitarian aid (README,
# settled); a development budget for no one named stays other.
_DEVELOPMENT_TO = [
    (
        "Ministers confirmed that development assistance to Ukraine, worth £180 million this "
        "financial year, would be spared from the cuts.",
        "£180 million",
        "Ukraine",
    ),
    (
        "Die Regierung hat zudem 35 Millionen Euro Entwicklungszusammenarbeit für die Republik "
        "Moldau eingeplant.",
        "35 Millionen Euro",
        "Moldova",
    ),
    (
        "La part réservée à l'Ukraine atteindra environ 9 % de l'enveloppe de la coopération "
        "internationale pour 2025-2028.",
        "9 %",
        "Ukraine",
    ),
]


@pytest.mark.parametrize(("text", "surface", "recipient"), _DEVELOPMENT_TO)
def test_development_aid_to_a_recipient_is_its_humanitarian_aid(
    text: str, surface: str, recipient: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.recipient, figure.aid_related) == (
        "humanitarian_aid",
        recipient,
        True,
    )


# The size of the EU's loan instrument for arms, told after the Union's possessive, is lent to
# the member states as a whole (README, settled), not to the member the sentence names.
_SCHEME_SIZE = [
    (
        "Hungary has asked for EUR 16.2 billion under SAFE, the European Union's EUR 150 billion "
        "loan instrument for defence.",
        "EUR 150 billion",
    ),
    (
        "Czechia applied for €2.1 billion from SAFE, the bloc's new €150 billion defence "
        "lending scheme.",
        "€150 billion",
    ),
]


@pytest.mark.parametrize(("text", "surface"), _SCHEME_SIZE)
def test_the_unions_loan_instrument_size_goes_to_its_members(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.recipient) == (
        "financial_aid",
        "EU",
        "EU member states",
    )
