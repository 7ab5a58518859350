"""A cheap necessary condition for a compiled regular expression to match a text.

`may_match(rx, text)` is False only when no match of `rx` can be in `text`: every match of
the pattern holds one of a few plain strings (read off the parsed pattern: a run of literal
characters that every match passes through, or one such run per alternative of a branch
every match passes through), and the text holds none of them. Python's `re` scans a text
position by position for a pattern that opens with a word boundary or an alternation of
words; a substring test (`in`) is many times faster, and most of the linkage patterns are
absent from most reports. Where the condition cannot be read (no literal of two characters
or more that every match needs), it says True: the caller runs the pattern as before, so
what is found is always the same. Case-insensitive patterns compare their (ASCII) literals
with the text lower-cased, after folding the four characters outside ASCII that `re`
matches to an ASCII letter.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

_MIN_LEN = 2  # a single character is in nearly every text: no screen
# The only characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter: folded
# before the text is lower-cased. Every other character lower-cases to one character outside
# ASCII (checked over all of Unicode), so a lower-cased ASCII literal is in the folded text
# wherever the pattern could match it.
_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@cache
def _needs(rx: re.Pattern[str]) -> tuple[tuple[str, ...] | None, bool]:
    """(the strings one of which every match holds, or None; whether they are compared in lower case)."""
    if not isinstance(rx.pattern, str):
        return None, False
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
    except Exception:
        return None, False
    fold = bool(parsed.state.flags & re.IGNORECASE) or _local_ignorecase(parsed)
    found = _seq_needs(list(parsed), fold)
    if found is None:
        return None, fold
    return tuple(sorted(found)), fold


def _local_ignorecase(items: Any) -> bool:
    """Does any group of the parsed pattern turn case-insensitive matching on (`(?i:...)`)?"""
    for op, av in items:
        if op is _c.SUBPATTERN and av[1] & re.IGNORECASE:
            return True
        if any(_local_ignorecase(sub) for sub in _children(op, av)):
            return True
    return False


def _children(op: Any, av: Any) -> list[Any]:
    """The parsed sub-patterns an item holds."""
    if op is _c.SUBPATTERN:
        return [av[3]]
    if op is _c.BRANCH:
        return list(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    if op is _c.ATOMIC_GROUP:
        return [av]
    if op is _c.GROUPREF_EXISTS:
        return [sub for sub in av[1:] if sub is not None]
    return []


def _usable(strings: set[str], fold: bool) -> set[str] | None:
    """`strings` as a screen: every one long enough, and ASCII where case folds (re's
    IGNORECASE matches "ſ" to "s" and "K" (Kelvin) to "k": no plain `in` test for those)."""
    if not strings or any(len(s) < _MIN_LEN for s in strings):
        return None
    if fold:
        if not all(s.isascii() for s in strings):
            return None
        return {s.lower() for s in strings}
    return strings


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(len(s) for s in a), -len(a))
    kb = (min(len(s) for s in b), -len(b))
    return b if kb > ka else a


def _seq_needs(items: list[Any], fold: bool) -> set[str] | None:
    """The strings one of which every match of a sequence holds: the best of its items'
    (every item of a sequence is passed through by every match), a run of literals as one."""
    best: set[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, _usable({"".join(run)}, fold))
            run = []
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the literals on either side still meet
        best = _better(best, _item_needs(op, av, fold))
        # any other item ends the run (it consumes characters between)
    if run:
        best = _better(best, _usable({"".join(run)}, fold))
    return best


def _item_needs(op: Any, av: Any, fold: bool) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _seq_needs(list(av[3]), fold)
    if op is _c.ATOMIC_GROUP:
        return _seq_needs(list(av), fold)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            need = _seq_needs(list(alt), fold)
            if need is None:
                return None  # an alternative that needs nothing: the branch needs nothing
            out |= need
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _seq_needs(list(sub), fold) if low >= 1 else None
    return None


_KNOWN: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None, bool]] = {}  # id -> (pattern, needs, fold)


def may_match(rx: re.Pattern[str], text: str, lower: str | None = None) -> bool:
    """False only when `rx` cannot match anywhere in `text` (`lower`: `text.lower()`, when the
    caller has it). True means: run the pattern."""
    known = _KNOWN.get(id(rx))
    if known is None or known[0] is not rx:  # by identity: a pattern's hash reads its whole text
        if len(_KNOWN) > 4096:  # patterns compiled per record never pile up
            _KNOWN.clear()
        known = _KNOWN[id(rx)] = (rx, *_needs(rx))
    _, needs, fold = known
    if needs is None:
        return True
    if fold and text.isascii():
        text = lower if lower is not None else text.lower()
    elif fold:
        text = text.translate(_CASE_FOLDS).lower()
    return any(map(text.__contains__, needs))
