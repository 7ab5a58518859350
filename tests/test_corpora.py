"""The labelled corpora: the independent sets are frozen; the training data is big enough,
valid, fictional, and independent of the evaluation sets."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from evaluation.corpus import (
    CORPUS_DIR,
    INDEPENDENT_DIR,
    TRAFFICKING_DIR,
    TRAIN_DIR,
    UNSEEN2_DIR,
    UNSEEN_DIR,
    load_corpus,
)
from evaluation.linkage import LINKAGE_DIR


def test_the_independent_sets_are_frozen():
    for folder in (INDEPENDENT_DIR, UNSEEN_DIR, UNSEEN2_DIR, TRAFFICKING_DIR, LINKAGE_DIR):
        sums = (folder / "SHA256SUMS").read_text().split("\n")
        names = set()
        for line in filter(None, sums):
            digest, name = line.split()
            names.add(name)
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, f"{name} changed"
        # the trafficking and linkage folders' dev*.jsonl are for tuning, so not frozen
        frozen = {p.name for p in folder.glob("*.jsonl") if not p.name.startswith("dev")}
        assert names == frozen, f"{folder.name}: a file without a checksum"


def test_sizes():
    assert len(load_corpus(INDEPENDENT_DIR)) >= 150
    assert len(load_corpus(UNSEEN_DIR)) >= 150
    assert len(load_corpus(UNSEEN2_DIR)) >= 150
    assert len(load_corpus(TRAFFICKING_DIR / "eval.jsonl")) >= 100
    assert len(load_corpus(TRAIN_DIR)) >= 2000
    assert len(load_corpus(LINKAGE_DIR / "eval.jsonl")) >= 100


def test_the_linkage_sets_have_groups_of_two_or_more():
    """Every series, cluster and identifier group has at least two members (the writers' brief)."""
    from collections import Counter

    for name in ("dev.jsonl", "dev_b.jsonl", "dev_c.jsonl", "eval.jsonl"):
        examples = load_corpus(LINKAGE_DIR / name)
        labelled = 0
        for key in ("series", "cluster", "id_group"):
            sizes = Counter(str(ex.gold[key]) for ex in examples if ex.gold.get(key))
            assert not sizes or min(sizes.values()) >= 2, (name, key, sizes)
            labelled += len(sizes)
        assert labelled, name  # dev_c has identifier groups only; every set has some


def _texts(path) -> set[str]:
    # writers number their records independently, so ids may coincide: compare the free text
    return {
        " ".join(str(ex.record.get("narrative") or ex.record.get("content") or "").split()) for ex in load_corpus(path)
    }


def test_no_record_of_the_evaluation_sets_is_in_the_training_data():
    evaluation = _texts(INDEPENDENT_DIR) | _texts(UNSEEN_DIR) | _texts(TRAFFICKING_DIR / "eval.jsonl")
    evaluation |= _texts(LINKAGE_DIR / "eval.jsonl")
    assert not evaluation & (
        _texts(TRAIN_DIR)
        | _texts(CORPUS_DIR / "dev.jsonl")
        | _texts(TRAFFICKING_DIR / "dev.jsonl")
        | _texts(TRAFFICKING_DIR / "dev_b.jsonl")
        | _texts(TRAFFICKING_DIR / "dev_c.jsonl")
        | _texts(LINKAGE_DIR / "dev.jsonl")
        | _texts(LINKAGE_DIR / "dev_b.jsonl")
        | _texts(LINKAGE_DIR / "dev_c.jsonl")
    )


def test_every_file_passes_the_writers_checker():
    folders = (TRAIN_DIR, INDEPENDENT_DIR, UNSEEN_DIR, TRAFFICKING_DIR, LINKAGE_DIR)
    files = [f for d in folders for f in sorted(d.glob("*.jsonl"))]
    done = subprocess.run(
        [sys.executable, str(CORPUS_DIR / "check_corpus.py"), *map(str, files)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-2000:]


def test_the_template_generator_is_deterministic(tmp_path):
    out = tmp_path / "t.jsonl"
    subprocess.run(
        [
            sys.executable,
            str(CORPUS_DIR / "templates" / "generate.py"),
            "--n",
            "1800",
            "--seed",
            "7",
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (TRAIN_DIR / "templates.jsonl").read_bytes()
