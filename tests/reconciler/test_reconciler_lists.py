"""Parts listed after a cue: a weaker cue ("comprend", "including"), "Of the loan," or a whole
said to be split opens a list of parts, and the later sums of that list are parts too: a further
sum, and a sum after a count said "more than", within the whole's reach."""

import datetime
from dataclasses import replace
from decimal import Decimal

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import names_a_share
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


def test_a_sentence_opening_with_of_the_loan_lists_shares_of_it() -> None:
    assert names_a_share("Of the loan, ")
    assert names_a_share("Sur ce prêt, ")
    assert names_a_share("Von dem Kredit entfallen ")
    assert not names_a_share("The rest of the loan will follow next year, and ")
    text = (
        "The EBRD is providing a €300 million loan to Naftogaz to finance emergency purchases of "
        "natural gas. The loan is complemented by a €139 million grant from the Government of "
        "Norway. Of the loan, €220 million will finance gas imports from the European Union and "
        "€80 million the restoration of compressor stations."
    )
    figures = [
        figure(text, "€300 million", "300000000", category="financial_aid", donor="EBRD"),
        figure(text, "€139 million", "139000000", category="financial_aid", donor="Norway"),
        # the extractor reads the EU as the giver of the imports' share
        figure(text, "€220 million", "220000000", category="financial_aid", donor="EU"),
        figure(text, "€80 million", "80000000", category="financial_aid", donor="EU"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    whole = figures[0].start
    assert [(m.link, m.link_start) for m in mentions] == [
        (None, None),
        (None, None),
        ("part_of", whole),
        ("part_of", whole),
    ]


def test_a_whole_said_to_be_split_takes_the_shares_that_follow() -> None:
    text = (
        "Tokyo's winter package, worth about ¥15 billion, will be split among U.N. agencies and "
        "demining teams, officials said on Friday. Some ¥9 billion is earmarked for the World "
        "Food Programme and UNICEF. Another $20 million will buy mine detection equipment."
    )
    figures = [
        figure(text, "¥15 billion", "15000000000", unit="JPY", donor="Japan"),
        figure(text, "¥9 billion", "9000000000", unit="JPY", donor="Japan"),
        figure(text, "$20 million", "20000000", unit="USD", donor="Japan"),
    ]
    # EUR as the ledger converts them
    figures = [
        replace(f, value_eur=Decimal(eur))
        for f, eur in zip(figures, ("92000000", "55000000", "18500000"), strict=True)
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    whole = figures[0].start
    assert [(m.link, m.link_start) for m in mentions] == [
        (None, None),
        ("part_of", whole),
        ("part_of", whole),
    ]
    # beyond the whole, a sum is no share of it
    over = [*figures[:2], replace(figures[2], value_eur=Decimal("40000000"))]
    assert document_mentions(1, text, over, datetime.date(2025, 6, 1))[2].link is None


def test_a_further_sum_after_a_listed_part_is_one_more_part() -> None:
    text = (
        "The Government will provide NOK 7.46 billion to strengthen Ukraine's air defence. Of the "
        "total, NOK 2.95 billion will be used to procure Patriot interceptor missiles together "
        "with Germany, and NOK 1.9 billion will finance additional NASAMS fire units. A further "
        "NOK 1.2 billion is set aside for radars and counter-drone systems."
    )
    figures = [
        figure(text, "NOK 7.46 billion", "650000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 2.95 billion", "257000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 1.9 billion", "165000000", unit="NOK", donor="Germany"),
        figure(text, "NOK 1.2 billion", "104000000", unit="NOK", donor="Norway"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, "part_of", "part_of", "part_of"]


def test_a_further_sum_past_its_whole_is_a_package_of_its_own() -> None:
    text = (
        "The Government will provide NOK 3 billion to Ukraine. Of the total, NOK 2 billion will "
        "buy air defence. A further NOK 1.5 billion goes to a separate fund for energy repairs."
    )
    figures = [
        figure(text, "NOK 3 billion", "260000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 2 billion", "173000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 1.5 billion", "130000000", unit="NOK", donor="Norway"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, "part_of", None]


def test_a_count_said_more_than_is_no_comparison_between_shares() -> None:
    from services.reconciler.rules import compares

    assert not compares(" will buy more than 300 drones, and ")
    assert compares(" more than ")
    text = (
        "Norway will give Ukraine NOK 5 billion in 2025. Of this year's money, NOK 3 billion will "
        "buy more than 300 air defence missiles, and NOK 1 billion will fund drones."
    )
    figures = [
        figure(text, "NOK 5 billion", "5000000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 3 billion", "3000000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 1 billion", "1000000000", unit="NOK", donor="Norway"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    whole = figures[0].start
    assert [(m.link, m.link_start) for m in mentions] == [
        (None, None),
        ("part_of", whole),
        ("part_of", whole),
    ]
