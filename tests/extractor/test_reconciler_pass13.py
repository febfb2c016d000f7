"""Clusters, pass 13: surfaces the reconciler never saw because the extractor missed them. Every
sentence is written for these tests, in English, German and French.

- Manila's and Johannesburg's papers write the peso and the rand as one capital letter before
  the sum ("P930 million", "R385 million", "R1.2 bn"), and the peso also by its code ("PHP 310
  billion"): sums in PHP and ZAR, only before millions or billions ("room P5", "R2 of the
  building" are no money).
"""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Seoul's loan, worth about P4.1 billion, will pay for two patrol ships for the "
            "Philippine Coast Guard.",
            "P4.1 billion",
            "PHP",
        ),
        (
            "The Department of National Defense asked Congress for PHP 310 billion next year.",
            "PHP 310 billion",
            "PHP",
        ),
        (
            "Pretoria will add R1.2 bn to its peacekeeping budget for the mission in Congo.",
            "R1.2 bn",
            "ZAR",
        ),
        (
            "Die Spende aus Tokio, umgerechnet P780 m, bezahlt Küstenradare für die Marine.",
            "P780 m",
            "PHP",
        ),
        (
            "Das Paket der EU für die ruandischen Truppen entspricht etwa R410 million.",
            "R410 million",
            "ZAR",
        ),
        (
            "L'aide japonaise, soit environ P1.5 billion, servira à équiper la marine philippine.",
            "P1.5 billion",
            "PHP",
        ),
        (
            "La contribution européenne, près de R520 m, soutiendra la mission au Mozambique.",
            "R520 m",
            "ZAR",
        ),
    ],
)
def test_one_letter_peso_and_rand(text: str, surface: str, unit: str) -> None:
    figures = by_surface(text)
    assert surface in figures
    assert figures[surface].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The minister met reporters in room P5 with 40 officers.",
        "Der Minister sprach in Raum R2 vor 30 Offizieren.",
        "Le ministre a reçu la presse en salle P3 avec 25 officiers.",
    ],
)
def test_one_letter_without_a_scale_is_no_money(text: str) -> None:
    assert not any(f.unit in ("PHP", "ZAR") for f in by_surface(text).values())
