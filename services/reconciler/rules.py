"""What a mention claims: its kind, its period, and when two mentions can be the same fact.

Pure and deterministic; every rule reads the mention's own words (a window around the figure in
its document) and its extracted attributes, never another document.
"""

import re
from decimal import Decimal
from enum import StrEnum
from typing import Protocol


class Kind(StrEnum):
    INCREMENT = "increment"  # a package, an allocation, a disbursement: what totals add up
    CUMULATIVE = "cumulative"  # a running total ("since 2022"): shown beside sums, never added
    TARGET = "target"  # a pledge or goal
    BUDGET = "budget"  # a country's own (defence) spending
    SHARE = "share"  # a percentage


class Link(StrEnum):
    """How a mention belongs to another figure of its own document."""

    CONVERTS = "converts"  # "EUR 480 million (USD 500 million)": the same fact, another currency
    PART_OF = "part_of"  # "of which €2.5 billion for air defence": a part, never added


# Aid from a giver to a receiver (not a country's own spending or a target).
AID_CATEGORIES = frozenset(
    {"military_aid", "security_aid", "financial_aid", "humanitarian_aid", "aid_total"}
)
# Categories a claim can have; `other` figures (prices, growth, polls) are no claim.
CLAIM_CATEGORIES = AID_CATEGORIES | {"defense_spending", "pledge_target"}

# Aggregates that name the same givers at another level of detail.
_DONOR_FAMILIES = {
    "NATO European members": "NATO allies",
    "NATO European members and Canada": "NATO allies",
    "European NATO members": "NATO allies",
}

# A running total: what was given since a start, to date. Bare "in total" or "insgesamt" is left
# out: a package is often "worth €5bn in total".
_CUMULATIVE = re.compile(
    r"\b(?:since (?:the (?:start|beginning|outbreak) of (?:the|Russia's) (?:full-scale )?"
    r"(?:war|invasion)|(?:February |Feb\.? )?20\d\d|the (?:war|invasion))|to date|"
    r"(?:provided|given|delivered|allocated|committed|disbursed|sent|spent|pledged)\b[^.;]{0,60}"
    r"\bso far|bringing (?:its|their|the) (?:total|overall)|cumulative(?:ly)?|"
    r"seit (?:Kriegsbeginn|Beginn des (?:russischen )?(?:Angriffs)?[Kk]rieges|20\d\d)|bisher|"
    r"depuis (?:le début|20\d\d|février)|jusqu'à présent)\b",
    re.IGNORECASE,
)
_PLEDGE_VERB = re.compile(
    r"\b(?:pledged to|pledge to|committed to|commitment to|promised to|vowed to|target|goal|"
    r"aim(?:s|ed)? (?:to|at)|zugesagt|Ziel|s'est engagé|objectif)\b",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(
    r"\b(?:since|seit|depuis)\s+(?:(?:the )?(?:end|start) of |February )?(20\d\d)\b", re.I
)
_YEAR_RANGE = re.compile(
    r"\b(20\d\d)\s*(?:[-–/]|to|through|bis|à)\s*(20\d\d)\b|"
    r"\bbetween (20\d\d) and (20\d\d)\b|\bfrom (20\d\d) (?:to|until) (20\d\d)\b",
    re.IGNORECASE,
)
# What may stand between a figure and its conversion: "(", "(about", "(or", "/ around"...
_CONVERSION_GAP = re.compile(
    r"^\s*[(\[/]\s*(?:about|around|approximately|approx\.|roughly|some|or|i\.e\.|ca\.|"
    r"rund|etwa|environ|soit|près de|~|≈)?\s*$",
    re.IGNORECASE,
)
_PART_CUE = re.compile(
    r"\b(?:of which|of that|of this|of the total|of the package|including|includes?|"
    r"included|among them|"
    r"consists? of|consisting of|comprising|made up of|split (?:between|into)|broken down|"
    r"davon|darunter|bestehend aus|dont|y compris|parmi lesquels|composé de)\b",
    re.IGNORECASE,
)
# A cue must sit close: further away, the text speaks of something else.
_PART_GAP_CHARS = 80
_CONVERSION_GAP_CHARS = 25


def donor_family(donor: str | None) -> str | None:
    return _DONOR_FAMILIES.get(donor, donor) if donor else None


def donors_compatible(a: str | None, b: str | None) -> bool:
    """The same givers, as far as the text lets anyone tell: equal, one unnamed, or one family."""
    return a is None or b is None or donor_family(a) == donor_family(b)


def kind_of(*, unit: str, category: str, qualifier: str, before: str, after: str) -> Kind:
    """The kind of fact a figure states, from its category and the words around it.

    `before` is the figure's sentence up to the figure, `after` the rest of it.
    """
    if unit == "percent":
        return Kind.SHARE
    if category == "pledge_target":
        return Kind.TARGET
    if category == "defense_spending":
        return Kind.BUDGET
    near = f"{before[-120:]} {after[:80]}"
    if _CUMULATIVE.search(near):
        return Kind.CUMULATIVE
    if qualifier in ("at_least", "up_to") and _PLEDGE_VERB.search(before[-120:]):
        return Kind.TARGET
    return Kind.INCREMENT


def period_of(
    *, kind: Kind, year: int | None, published_year: int | None, before: str, after: str
) -> str | None:
    """'2024', or a range '2022-2025' (a running total: from its start to the report's year)."""
    near = f"{before[-120:]} {after[:80]}"
    found = _YEAR_RANGE.search(near)
    if found:
        first, last = (g for g in found.groups() if g is not None)
        return f"{first}-{last}"
    if kind is Kind.CUMULATIVE:
        since = _SINCE_YEAR.search(near)
        end = year or published_year
        if since and end and int(since.group(1)) < end:
            return f"{since.group(1)}-{end}"
        return None if since else (str(year) if year else None)
    return str(year) if year else None


def converts(gap: str, *, same_unit: bool) -> bool:
    """Whether a figure restates the one just before it in another currency: "€50 billion ($54
    billion)", from the text between them."""
    return not same_unit and len(gap) <= _CONVERSION_GAP_CHARS and bool(_CONVERSION_GAP.match(gap))


def names_a_part(before: str) -> bool:
    """Whether the words just before a figure (in its sentence) present it as a part of a
    larger sum: "of which", "consists of", "Of the total, ...", "davon"."""
    return bool(_PART_CUE.search(before[-_PART_GAP_CHARS:]))


# What an amount says about the true value, as a relative interval: reporters round ("€7.1bn",
# "€7 billion"), "over 200 million" is a little more, "about 50" either side.
_SPANS = {
    "exact": (Decimal("-0.02"), Decimal("0.02")),
    "approx": (Decimal("-0.06"), Decimal("0.06")),
    "over": (Decimal(0), Decimal("0.15")),
    "at_least": (Decimal(0), Decimal("0.15")),
    "under": (Decimal("-0.15"), Decimal(0)),
    "up_to": (Decimal("-0.15"), Decimal(0)),
}
# A conversion at another day's rate moves an amount by a few percent.
_CURRENCY_SLACK = Decimal("0.04")
# Significant digits that make an amount precise enough to identify a fact on its own.
_PRECISE_DIGITS = 3
# The widest reach of an interval: candidates further apart never agree.
WINDOW = Decimal("0.35")


def amounts_agree(
    a: Decimal | None,
    a_qualifier: str,
    a_unit: str,
    b: Decimal | None,
    b_qualifier: str,
    b_unit: str,
) -> bool:
    """Whether two amounts (in EUR, or percentage points) can state the same fact: the intervals
    their qualifiers give overlap ("over 50" and "about 50" do; "20" and "50" do not)."""
    if a is None or b is None or (a_unit == "percent") != (b_unit == "percent"):
        return False
    if a == b:
        return True
    slack = _CURRENCY_SLACK if a_unit != b_unit else Decimal(0)
    a_low, a_high = _interval(a, a_qualifier, slack)
    b_low, b_high = _interval(b, b_qualifier, slack)
    return a_low <= b_high and b_low <= a_high


def _interval(amount: Decimal, qualifier: str, slack: Decimal) -> tuple[Decimal, Decimal]:
    low, high = _SPANS.get(qualifier, _SPANS["approx"])
    return amount * (1 + low - slack), amount * (1 + high + slack)


class _Amount(Protocol):
    @property
    def value(self) -> Decimal: ...
    @property
    def unit(self) -> str: ...
    @property
    def qualifier(self) -> str: ...


def same_precise_amount(a: _Amount, b: _Amount) -> bool:
    """The very same exact amount with three or more significant digits ("€47.2 billion", "PLN
    186.6 billion"): two reports of one fact, whatever year the extractor read for each. A round
    amount ("€100 million") says too little: one giver sends it in two years."""
    if (a.value, a.unit) != (b.value, b.unit) or not a.qualifier == b.qualifier == "exact":
        return False
    digits = a.value.normalize().as_tuple().digits
    return len(digits) >= _PRECISE_DIGITS
