"""Extractor 2026.11.10: rules added from holdout6's misses, each checked on sentences written for
these tests (never copied from an evaluation article)."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 9, 18)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Denmark's deliveries to Kyiv now exceed DKK 40 billion.", "over"),
        ("The budget gap surpassed 4% of GDP in the spring.", "over"),
        ("Les livraisons danoises dépassent 5 milliards d'euros.", "over"),
        ("Die Marine erhält gut 12 Milliarden Euro.", "over"),
        ("Diesel sold near $1.90 a litre on the coast.", "approx"),
        ("Real outlays are closer to $80 billion, analysts say.", "approx"),
        ("La dette approchait 60 % du PIB.", "approx"),
        ("The payment will not exceed EUR 300 million.", "up_to"),
        ("Le déficit ne dépassera pas 3 % du PIB.", "up_to"),
        ("Unemployment edged up to 6.1% in May.", "exact"),
    ],
)
def test_verbs_and_adverbs_before_a_figure_qualify_it(text: str, qualifier: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.qualifier == qualifier
