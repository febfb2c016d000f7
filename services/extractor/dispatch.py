"""A long alternation of named patterns, dispatched on the first letter of the word it starts at.

Python's regex engine tries every alternative of an alternation at every place it may start. With
a hundred actor names that is most of the extractor's time. Here each alternative is filed under
the letters it can start with, and at a word only the alternatives filed under its first letter
are tried, in their original order; an alternative whose first letter is not plain to see (an
optional "the ", a character range) is filed under every letter. The matches are the same as the
plain alternation's, since an alternative never matches a word that starts with another letter.
"""

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

_QUANTIFIERS = "?*{"


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) of each character of `pattern` from `start` that
    shapes its groups and alternatives: escapes and character classes are skipped whole."""
    depth, index, in_class = 0, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield index, char, depth
        index += 1


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    found: list[str] = []
    start = 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            found.append(pattern[start:index])
            start = index + 1
    found.append(pattern[start:])
    return found


def _group_end(pattern: str, start: int) -> int:
    """The index just after the group that opens at `start`."""
    for index, char, depth in _structure(pattern, start):
        if char == ")" and depth == 0:
            return index + 1
    return len(pattern)


def first_letters(branch: str) -> frozenset[str] | None:
    """The lower-case letters `branch` can start with, or None when that is not plain to see."""
    if not branch:
        return None
    if branch.startswith(r"\b"):
        return first_letters(branch[2:])  # a word boundary consumes nothing either
    if branch.startswith(("(?<!", "(?<=")):
        # A lookbehind consumes nothing: the first letter is what follows it.
        return first_letters(branch[_group_end(branch, 0) :])
    named = re.match(r"\(\?P<\w+>", branch)  # a named group: "(?P<all>"
    for opener in ("(?-i:", "(?:", named.group(0) if named else None):
        if opener and branch.startswith(opener):
            end = _group_end(branch, 0)
            quantifier = branch[end] if end < len(branch) else ""
            if quantifier == "{":
                return None
            letters: set[str] = set()
            for inner in branches(branch[len(opener) : end - 1]):
                found = first_letters(inner)
                if found is None:
                    return None
                letters |= found
            if quantifier in ("?", "*"):
                # An optional group: the branch may also start with what follows it.
                rest = branch[end + 1 :].removeprefix("?").removeprefix("+")
                found = first_letters(rest)
                if found is None:
                    return None
                letters |= found
            return frozenset(letters)
    char = branch[0]
    if char.isalpha() and not (len(branch) > 1 and branch[1] in _QUANTIFIERS):
        return frozenset({char.lower()})
    if char == "[":
        end = branch.find("]")
        body = branch[1:end]
        if end < 0 or not body or "\\" in body or "-" in body or body.startswith("^"):
            return None
        if end + 1 < len(branch) and branch[end + 1] in _QUANTIFIERS:
            return None
        if all(c.isalpha() for c in body):
            return frozenset(c.lower() for c in body)
    return None


def _parts(groups: Sequence[tuple[str, str, str]]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The alternation of `groups` (name, pattern, what must follow it) as (guard, body) parts,
    one per first letter (the guard a lookahead for it) and one for every other character; and
    the name of each group of the bodies → the name given in `groups`."""
    # For each group: its alternatives with their first letters (None: any letter).
    filed: list[tuple[str, list[tuple[str, frozenset[str] | None]]]] = [
        (name, [(b, first_letters(b)) for b in branches(pattern)]) for name, pattern, _ in groups
    ]
    after = {name: follow for name, _, follow in groups}
    letters = sorted({c for _, alts in filed for _, first in alts if first for c in first})
    names: dict[str, str] = {}
    parts: list[tuple[str, str]] = []
    for letter in [*letters, ""]:
        alternatives = []
        for name, alts in filed:
            chosen = [b for b, first in alts if first is None or (letter and letter in first)]
            if not chosen:
                continue
            key = f"{name}_{ord(letter) if letter else 0}"
            names[key] = name
            alternatives.append(f"(?P<{key}>(?:{'|'.join(chosen)}){after[name]})")
        if not alternatives:
            continue
        body = "|".join(alternatives)
        if letter:
            parts.append((f"(?=[{re.escape(letter)}{re.escape(letter.upper())}])", body))
        else:
            covered = "".join(re.escape(c) + re.escape(c.upper()) for c in letters)
            parts.append((f"(?![{covered}])", body))
    return parts, names


def dispatched(groups: Sequence[tuple[str, str, str]]) -> tuple[str, dict[str, str]]:
    """One pattern for the alternation of `groups` (name, pattern, what must follow it), and the
    name of each of its groups → the name given in `groups`.

    The pattern must be used where a word starts; the caller adds the boundaries.
    """
    parts, names = _parts(groups)
    return "(?:" + "|".join(f"{guard}(?:{body})" for guard, body in parts) + ")", names


class WordPattern:
    r"""`(?<![\w-])(?=[^\W\d_])(?:alternation of groups)` + `end`, case-insensitive, with the
    `finditer` of a compiled pattern; `names` maps its group names to the given ones.

    Even dispatched in one pattern, the engine tries each letter's lookahead in turn at every
    word; here Python picks the word's part by its first character (one pattern per character,
    compiled when first seen) and matches only that part there. The matches are the same: a
    part whose lookahead fails at a word can match nothing there, and the words are tried left
    to right from the end of the last match, as `finditer` does.
    """

    def __init__(
        self,
        groups: Sequence[tuple[str, str, str]],
        end: str = "",
        *,
        start: str = r"(?<![\w-])[^\W\d_]",
        lead: str = r"(?<![\w-])(?=[^\W\d_])",
    ) -> None:
        """`lead` is the one-pattern form's start assertion and `start` a pattern for exactly
        the characters where it holds (its matches are where the alternatives are tried)."""
        self._parts, self.names = _parts(groups)
        self._lead = lead
        self._end = end
        self._start = re.compile(start)
        self._by_char: dict[str, re.Pattern[str] | None] = {}

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The one-pattern form, whose matches `finditer` gives (the tests compare them).
        Compiled when first asked for: the four forms of the lexicon take half a second, which
        every process that imports the extractor (each CLI command) would pay for nothing."""
        alternation = "|".join(f"{guard}(?:{body})" for guard, body in self._parts)
        return re.compile(f"{self._lead}(?:{alternation}){self._end}", re.IGNORECASE)

    def _compile(self, char: str) -> re.Pattern[str] | None:
        chosen = [
            f"{guard}(?:{body})"
            for guard, body in self._parts
            if re.match(guard, char, re.IGNORECASE)
        ]
        if not chosen:
            return None
        return re.compile(f"(?:{'|'.join(chosen)}){self._end}", re.IGNORECASE)

    def warm(self, chars: str) -> None:
        """Compile the parts of `chars` now (a worker's parent, before its pool forks)."""
        for char in chars:
            if char not in self._by_char:
                self._by_char[char] = self._compile(char)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """As `re.Pattern.finditer`, `pos` and `endpos` included."""
        end = len(text) if endpos is None else endpos
        by_char = self._by_char
        done = 0  # the end of the last match: matches do not overlap
        starts = _starts(self._start, text)
        for index in range(bisect.bisect_left(starts, pos), len(starts)):
            start = starts[index]
            if start >= end:
                break
            if start < done:
                continue
            char = text[start]
            if char in by_char:
                pattern = by_char[char]
            else:
                pattern = by_char[char] = self._compile(char)
            if pattern is None:
                continue
            match = pattern.match(text, start, end)
            if match is not None:
                done = match.end()
                yield match


@functools.lru_cache(maxsize=64)
def _starts(start: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Where `start` matches in `text`: the places a WordPattern tries its words at. Several
    WordPatterns share a start pattern and read the same sentence, some of them more than once
    (in windows), so they are found once per text. A window's are those of the whole text inside
    it: a start pattern is one character, with at most a lookbehind (which sees before `pos`)."""
    return tuple(match.start() for match in start.finditer(text))


def start_letters(patterns: Sequence[str]) -> frozenset[str]:
    """The lower-case letters any of `patterns` can start with; ValueError when one of them does
    not plainly start with a letter."""
    letters: set[str] = set()
    for pattern in patterns:
        found = first_letters(pattern)
        if found is None:
            raise ValueError(f"no plain first letter: {pattern[:60]!r}")
        letters |= found
    return frozenset(letters)


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a lookahead for the letters its alternatives start with.

    Searching a long alternation, the engine tries every alternative at every character; the
    lookahead turns most characters away with one test (and, when every alternative starts at a
    word boundary, a boundary before it turns away the inside of words). It changes no match, as
    every alternative must start with one of those letters (in either case: a case-sensitive
    part such as "(?-i:NATO)" is filed under its lower-case letter). A pattern an alternative of
    which does not plainly start with a letter is refused.
    """
    alternatives = branches(pattern)
    letters = start_letters(alternatives)
    both = "".join(sorted(letters | {c.upper() for c in letters}))
    boundary = r"\b" if all(b.startswith(r"\b") for b in alternatives) else ""
    return re.compile(f"{boundary}(?=[{re.escape(both)}])(?:{pattern})", flags)


def by_letter(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` as `guarded` compiles it, its alternatives also filed by their first letter.

    At each place the guard lets through, the engine tries the letters' lookaheads in turn and
    only the alternatives of the letter found, in their original order, instead of every
    alternative: a long alternation searched over a window is the cheaper for it. It changes no
    match, as at any place the alternatives tried that can match are the same, in the same order
    (an alternative filed under several letters is tried under each).
    """
    alternatives = branches(pattern)
    if len(alternatives) == 1 and pattern.startswith("(?:"):
        # One group and what follows it, "(?:A|B)T": its alternatives are "AT" and "BT".
        end = _group_end(pattern, 0)
        rest = pattern[end:]
        if not rest.startswith(tuple(_QUANTIFIERS + "+")):
            alternatives = [b + rest for b in branches(pattern[3 : end - 1])]
    letters = start_letters(alternatives)
    both = "".join(sorted(letters | {c.upper() for c in letters}))
    boundary = r"\b" if all(b.startswith(r"\b") for b in alternatives) else ""
    # The letters most words hold first, and in buckets of a few behind one lookahead each: at
    # a place, the lookaheads tried are the bucket's and its letter's, not every letter's.
    ordered = sorted(letters, key=lambda c: (_BY_FREQUENCY.find(c) % 100, c))
    buckets = []
    for at in range(0, len(ordered), _BUCKET):
        bucket = ordered[at : at + _BUCKET]
        parts = []
        for letter in bucket:
            chosen = [b for b in alternatives if letter in (first_letters(b) or ())]
            parts.append(f"(?=[{_both_cases(letter)}])(?:{'|'.join(chosen)})")
        cases = "".join(_both_cases(c) for c in bucket)
        buckets.append(f"(?=[{cases}])(?:{'|'.join(parts)})")
    return re.compile(f"{boundary}(?=[{re.escape(both)}])(?:{'|'.join(buckets)})", flags)


_BUCKET = 5
# Letters by how often text holds them (English, German, French), the most frequent first.
_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkzjxqéàèüöäçâêîôûß"


def _both_cases(letter: str) -> str:
    return re.escape(letter) + re.escape(letter.upper())
