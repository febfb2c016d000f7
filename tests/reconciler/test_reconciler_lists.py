"""Parts listed after a cue (reconciler 2026.11.9): a weaker cue ("comprend", "including")
opens a list of parts, and the later sums of that list are parts too."""

from tests.reconciler.test_reconciler_rules import figure, kinds


def test_sums_listed_after_a_weaker_part_cue_are_all_parts() -> None:
    text = (
        "La BEI accorde 600 millions d'euros à l'Ukraine. Ce montant comprend 250 millions "
        "d'euros pour Ukrenergo afin de réparer les infrastructures de transport d'électricité, "
        "100 millions d'euros pour la modernisation des réseaux d'eau de plusieurs villes et 70 "
        "millions d'euros pour la rénovation d'écoles et d'hôpitaux."
    )
    figures = [
        figure(text, "600 millions d'euros", "600000000", donor="EIB"),
        figure(text, "250 millions d'euros", "250000000", donor="EIB"),
        figure(text, "100 millions d'euros", "100000000", donor="EIB"),
        figure(text, "70 millions d'euros", "70000000", donor="EIB"),
    ]
    links = [link for _, _, link in kinds(text, figures)]
    assert links == [None, "part_of", "part_of", "part_of"]


def test_a_sum_after_other_words_is_no_next_part() -> None:
    # "building on" an earlier package: a sum of its own, not a further part
    text = (
        "Australia will provide A$245 million to Ukraine. It includes $50 million for additional "
        "uncrewed aerial systems produced by Australian industry, building on the $100 million "
        "package announced in April."
    )
    figures = [
        figure(text, "A$245 million", "245000000", donor="Australia"),
        figure(text, "$50 million", "50000000", donor="Australia"),
        figure(text, "$100 million", "100000000", donor="Australia"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, "part_of", None]


def test_listed_parts_stay_within_the_whole() -> None:
    text = (
        "La BEI accorde 300 millions d'euros à l'Ukraine. Ce montant comprend 250 millions "
        "d'euros pour Ukrenergo afin de réparer les infrastructures de transport d'électricité, "
        "200 millions d'euros pour les réseaux d'eau."
    )
    figures = [
        figure(text, "300 millions d'euros", "300000000", donor="EIB"),
        figure(text, "250 millions d'euros", "250000000", donor="EIB"),
        figure(text, "200 millions d'euros", "200000000", donor="EIB"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, "part_of", None]
