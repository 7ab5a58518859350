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
from processors.offender_profile import COMMON_FILE, DF_FILE, settings

MIN_DOCS = 5
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def document_frequencies(files: list[Path]) -> tuple[Counter[str], int]:
    """How many records of the files hold each word (lower case), and how many records."""
    df: Counter[str] = Counter()
    n = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)["record"]
                text = " ".join(
                    filter(None, [record.get("narrative"), record.get("content"),
                                  (record.get("offender") or {}).get("description")])
                )  # fmt: skip
                df.update({w.strip("'-") for w in _WORD.findall(text.lower())})
                n += 1
    return df, n


def build(files: list[Path]) -> list[str]:
    df, _ = document_frequencies(files)
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
    df, n = document_frequencies(files)
    comment = (
        f"# Document frequencies of words in the training and development corpora ({n} records), for the\n"
        "# text similarity of similar-offender links (IDF). Built by evaluation/linkage_words.py; do not edit.\n"
    )
    kept = write_counts(DF_FILE, comment, "records", n, df)  # a word in one record: as rare as unseen
    print(f"{kept} document frequencies -> {DF_FILE}")


def write_counts(path: Path, comment: str, total_key: str, n: int, counts: Counter[str]) -> int:
    """The counts file `processors.offender_profile.read_counts` reads: the keys seen at least
    twice (once is as rare as never), sorted. Returns how many were written."""
    kept = sorted((k, c) for k, c in counts.items() if c >= 2)
    path.write_text(comment + f"{total_key}\t{n}\n" + "".join(f"{k}\t{c}\n" for k, c in kept), encoding="utf-8")
    return len(kept)


if __name__ == "__main__":
    main()
