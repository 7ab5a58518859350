"""Partial number plates: "plate ending 4KD", "reg started YX6-something", "YX6? ...".

An offender who changes his car often keeps the habit of being half-seen: reporters give
fragments. A fragment is compared with the other report's fragments and full plates by
the longest run of characters they share; what a shared run is worth depends on where in
a current-format plate (AB12 CDE) it sits: the first two letters are the local area (every
other car in West Yorkshire starts YX or YY), the digits the year, the last three letters
nearly unique.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from processors.matchers import load_file

# A cue, then up to a few words, then a position word, then the fragment.
_CUE = r"(?:number ?plate|plate|reg(?:istration)?(?: no\.?| number)?|vrm|numberplate)"
_POSITION = (
    r"(?P<pos>end(?:s|ed|ing)?(?: in| with)?|finish(?:es|ed|ing)?(?: in| with)?|last (?:\w+ )?(?:letters|characters|"
    r"digits|bit|part)(?: (?:was|were|is|are))?|start(?:s|ed|ing)?(?: with)?|began(?: with)?|begins?(?: with)?|"
    r"beginning(?: with)?|first (?:\w+ )?(?:letters|characters|bit|part)(?: (?:was|were|is|are))?|"
    r"had|has|with|included|including|containing|contained|something like|like|partial|maybe|possibly|was|is)"
)
# the second part as written in capitals: "YX62 KDL", not "4KD in"
_FRAGMENT = r"[\"'“‘(]?(?P<frag>[A-Za-z0-9?*_]{2,4}(?:[ -](?-i:[A-Z0-9?*_]{1,4}))?)(?![A-Za-z0-9])"
PARTIAL = re.compile(rf"\b{_CUE}\b[^.;\n]{{0,30}}?\b{_POSITION}[:\s-]+{_FRAGMENT}", re.IGNORECASE)
# A fragment right after the cue: "partial reg YX62 ???".
DIRECT = re.compile(rf"\b{_CUE}[:\s]+{_FRAGMENT}", re.IGNORECASE)
# A plate written with a gap for what was not seen: "YX6?", "YX62 ???", "Y*62".
WILDCARD = re.compile(r"(?<![A-Za-z0-9])(?P<frag>[A-Z0-9]{1,4}[?*_]+[A-Z0-9?*_]{0,5})(?![A-Za-z0-9])")
# A current-format plate's parts by position: area letters, year digits, random letters.
CURRENT = re.compile(r"^[A-Z]{2}\d{2}[A-Z]{3}$")
# A whole registration (current, prefix, suffix; normalised): a partial one ("YHT", "BD58")
# is a fragment, whoever found it
FULL = re.compile(r"^(?:[A-Z]{2}\d{2}[A-Z]{3}|[A-Z]\d{1,3}[A-Z]{3}|[A-Z]{3}\d{1,3}[A-Z])$")
# capitalised words that are no fragment: `linkage.yaml`
_WORDS = frozenset(str(w).upper() for w in load_file("linkage.yaml")["similar_offender"]["plate_not_fragments"])


def fragments(text: str) -> list[dict[str, Any]]:
    """Plate fragments in a text: {"text": "4KD", "at": "end"|"start"|None}."""
    out: list[dict[str, Any]] = []
    for m in PARTIAL.finditer(text):
        pos = (m.group("pos") or "").lower()
        at = "end" if pos.startswith(("end", "finish", "last")) else "start" if pos and pos[0] in "sbf" else None
        _add(out, m.group("frag"), at)
    if not out:
        for m in DIRECT.finditer(text):
            _add(out, m.group("frag"), None)
    for m in WILDCARD.finditer(text):
        # "YX6?" is a plate's start; "0P?" is not (plates start with letters): where it sits is unknown
        _add(out, m.group("frag"), "start" if m.group("frag")[0].isalpha() else None)
    return out


def _add(out: list[dict[str, Any]], raw: str, at: str | None) -> None:
    solid = max(re.split(r"[?*_]+", re.sub(r"[\s-]+", "", raw.upper())), key=len)
    # a fragment has a digit, or is all capitals as written (not "was", "had")
    if len(solid) < 2 or solid in _WORDS or not (any(c.isdigit() for c in solid) or raw.replace(" ", "").isupper()):
        return
    if all(f["text"] != solid for f in out):
        out.append({"text": solid, "at": at})


def plates_of(record: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """Full offender plates (entities, structured vehicles) and fragments from the text."""
    full = {
        e["normalized"]
        for e in record.get("entities") or []
        if e.get("label") == "VEHICLE_REG" and FULL.match(str(e.get("normalized") or ""))
    }
    for v in (record.get("offender") or {}).get("vehicles") or []:
        if v.get("vrm"):
            full.add(str(v["vrm"]).upper().replace(" ", ""))
    out = [{"text": p, "at": "full"} for p in sorted(full) if len(p) >= 2]
    for frag in fragments(text):
        if not any(frag["text"] in p["text"] for p in out):
            out.append(frag)
    return out


def block_keys(plate: dict[str, Any]) -> list[str]:
    """Every three characters in a row: a fragment and a plate holding it share a key."""
    text = plate["text"]
    return sorted({text[i : i + 3] for i in range(len(text) - 2)})


def overlap(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, float]:
    """The longest run two plates share and what it is worth in characters ("bits")."""
    match = SequenceMatcher(None, a["text"], b["text"], autojunk=False).find_longest_match()
    run = a["text"][match.a : match.a + match.size]
    if match.size < 2 or (a["at"] == "full" and b["at"] == "full"):
        return run, 0.0  # two different full plates: he changed car, not evidence either way
    starts = [p["text"] for p, at in ((a, match.a), (b, match.b)) if p["at"] == "full" and CURRENT.match(p["text"])]
    offsets = [at for p, at in ((a, match.a), (b, match.b)) if p["at"] == "full" and CURRENT.match(p["text"])]
    bits = 0.0
    for i, ch in enumerate(run):
        if starts:
            position = offsets[0] + i
            bits += 0.4 if position < 2 else 0.6 if position < 4 else 1.0
        elif a["at"] == "start" or b["at"] == "start":
            bits += 0.5  # the start of a plate: area letters and year, common locally
        else:
            bits += 1.0 if ch.isalpha() else 0.7
    return run, bits
