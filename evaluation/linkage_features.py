"""Build `processors/patterns/linkage_features.txt`: how many reports share each trait.

A trait many reports of this genre mention (a swallow tattoo on the neck, aftershave,
slicked-back hair, a suit) is what writers reach for, not the mark of one man: the
similar-offender score weighs each distinctive trait by its rarity here, as the text
similarity weighs words by IDF. Counted over the NUM and partner reports of the hand-written
training corpora and the development corpus (never an evaluation set), from their text:
behaviours, what he wears or carries, what sets his vehicle apart, hair words, marks and where
they are. Run
`python -m evaluation.linkage_features` after those corpora or the trait patterns change;
deterministic.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from evaluation.corpus import DEFAULT_CORPUS, TRAIN_DIR
from evaluation.linkage_words import write_counts
from processors import offender_profile as op
from processors.offender_profile import FEATURES_FILE

REPORTS = ("nums", "partner")


def traits(text: str) -> set[str]:
    """The distinctive traits a report's text shows, as the keys `rarity` reads."""
    s = op.settings()
    low = text.lower()
    keys = {f"beh:{b}" for b in op.behaviours_of(low)}
    keys |= {f"item:{i}" for i in op.items_of(low)}
    keys |= {f"weapon:{k}" for k in op.weapons_of(low)}
    keys |= {f"veh:{d}" for d in op.details_of(low)}
    keys |= {f"hair:{w}" for w in set(op.hair_words(None, low)) & set(s["hair_distinctive"])}
    for mark in op.marks_in_text(low):
        keys.add(f"mark:{mark['kind']}")
        keys |= {f"mark:{mark['kind']}:{place}" for place in mark["places"]}
        keys |= {f"motif:{w}" for w in mark["motif"]}
    return keys


def count(files: list[Path]) -> tuple[Counter[str], int]:
    df: Counter[str] = Counter()
    n = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("source") not in REPORTS:
                continue
            record = item["record"]
            text = " ".join(filter(None, [record.get("narrative"), (record.get("offender") or {}).get("description")]))
            df.update(traits(text))
            n += 1
    return df, n


def main() -> None:
    files = [*sorted(TRAIN_DIR.glob("helper_*.jsonl")), DEFAULT_CORPUS]
    df, n = count(files)
    comment = (
        f"# Reports of the hand-written training corpora and the development corpus ({n}) showing each trait,\n"
        "# for the rarity of similar-offender traits. Built by evaluation/linkage_features.py; do not edit.\n"
    )
    kept = write_counts(FEATURES_FILE, comment, "reports", n, df)
    print(f"{kept} traits in {n} reports -> {FEATURES_FILE}")


if __name__ == "__main__":
    main()
