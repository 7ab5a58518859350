"""Build `processors/patterns/linkage_common.txt`: words common in reports of this kind.

A word shared by two reports points to one man only when it is rare in English (wordfreq)
AND rare in this genre of writing: place names writers use every day (Manningham, Armley),
agency words (keyworker, consents), the genre's slang. The second list comes from the
training corpora and the development corpus (never an evaluation set): every word in at
least MIN_DOCS of their records. Run `python -m evaluation.linkage_words` after the
training corpora change; deterministic.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

from evaluation.corpus import DEFAULT_CORPUS, TRAIN_DIR
from processors.offender_profile import COMMON_FILE, settings

MIN_DOCS = 5
_WORD = re.compile(r"[a-z][a-z'-]{3,}")


def build(files: list[Path]) -> list[str]:
    df: Counter[str] = Counter()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)["record"]
                text = " ".join(
                    filter(None, [record.get("narrative"), record.get("content"),
                                  (record.get("offender") or {}).get("description")])
                )  # fmt: skip
                df.update({w.strip("'-") for w in _WORD.findall(text.lower())})
    limit = float(settings()["rare_zipf"])
    return sorted(w for w, n in df.items() if n >= MIN_DOCS and zipf_frequency(w, "en") < limit)


def main() -> None:
    files = [*sorted(TRAIN_DIR.glob("*.jsonl")), DEFAULT_CORPUS]
    words = build(files)
    header = (
        f"# Words in {MIN_DOCS}+ records of the training and development corpora and rare in English:\n"
        "# common in this genre, never evidence that two reports are one man. Built by\n"
        "# evaluation/linkage_words.py; do not edit.\n"
    )
    COMMON_FILE.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {COMMON_FILE}")


if __name__ == "__main__":
    main()
