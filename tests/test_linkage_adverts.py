"""Advert clusters (issue 12 item 2): MinHash/LSH over the redacted text with the swapped
slots normalised; clusters grow and merge in the store; replays change nothing. Fictional."""

from __future__ import annotations

import contextlib
from typing import Any

from processors.advert_clusters import CLUSTER, SIG, AdvertClusters, layout, normalise, signature, similarity

# One template, names, ages, nationalities, towns, prices and numbers swapped, small edits.
TEMPLATE = [
    "NEW IN LEEDS!! 😍 [PERSON_1], 21yo Romanian beauty, just arrived. Sexy and discreet, incall only, 24/7. "
    "£150 hour. Text only, [PERSON_2] will reply. New girls every week!! Call [PHONE_1]",
    "NEW IN BRADFORD!! [PERSON_1], 23yo Brazilian beauty 😍 just arrived. Sexy and discreet, incall only 24/7. "
    "£120 hour. Text only, [PERSON_2] will reply. New girls every week!! Call [PHONE_1]",
    "New in Wakefield! [PERSON_1] 22yo Polish beauty, just arrived. Sexy & discreet, incall only, 24/7. "
    "£130 per hour. Text only - [PERSON_2] will reply. New girls every week! [PHONE_1]",
    "NEW IN HALIFAX 💋 [PERSON_1], 20yo Bulgarian beauty, just arrived!! Sexy and discreet, incall only, 24/7. "
    "£140 hour. Text only, [PERSON_2] will reply. New girls every week!! [PHONE_1]",
]
# The same genre, written by different people.
INDEPENDENT = [
    "Hi gents, I'm [PERSON_1], independent English lady in Leeds. Outcalls and incalls, 100% real pics, no rush. "
    "Call me on [PHONE_1], no withheld numbers.",
    "Mature independent lady [PERSON_1], Huddersfield. Incall only, discreet parking. Real photos. Text [PHONE_1] "
    "before calling please.",
    "[PERSON_1] here, curvy blonde, new to Bradford for one week only. Incall from my own apartment, outcall to "
    "hotels. Genuine pics, no games. [PHONE_1]",
]


def observe_all(clusters: AdvertClusters, texts: list[str], prefix: str) -> list[Any]:
    return [clusters.observe(f"{prefix}{i}", f"2026-11-0{i + 1}T10:00:00Z", t) for i, t in enumerate(texts)]


def test_the_slots_a_controller_swaps_look_alike():
    a = normalise(TEMPLATE[0])
    assert "place" in a and "nat" in a and "person" in a and "#" in a
    assert "leeds" not in a and "romanian" not in a and "21yo" not in a


def test_a_template_makes_one_cluster_that_grows():
    clusters = AdvertClusters({})
    found = observe_all(clusters, TEMPLATE, "D")
    assert found[0] is None  # alone so far
    assert [c.size for c in found[1:]] == [2, 3, 4]
    last = found[-1]
    assert last.members == ["D0", "D1", "D2"] and len({c.cluster_id for c in found[1:]}) == 1
    assert all(s >= layout().threshold for s in last.neighbours.values())


def test_adverts_of_the_same_genre_do_not_cluster():
    clusters = AdvertClusters({})
    assert observe_all(clusters, INDEPENDENT, "I") == [None, None, None]
    sigs = [signature(t) for t in [*INDEPENDENT, TEMPLATE[0]]]
    for i in range(len(sigs)):
        for j in range(i + 1, len(sigs)):
            assert similarity(sigs[i], sigs[j]) < 0.3


def test_two_clusters_that_meet_merge():
    store: dict[str, Any] = {}
    clusters = AdvertClusters(store)
    # two pairs that each match, then a bridge that matches both
    clusters.observe("A1", "2026-11-01T10:00:00Z", TEMPLATE[0])
    clusters.observe("A2", "2026-11-01T11:00:00Z", TEMPLATE[1])
    first = store[SIG + "A1"]["records"]["A1"]["cluster"]
    clusters.observe("B1", "2026-11-01T12:00:00Z", TEMPLATE[3])
    bridge = clusters.observe("B2", "2026-11-01T13:00:00Z", TEMPLATE[2])
    assert bridge.size == 4 and bridge.members == ["A1", "A2", "B1"]
    ids = {store[SIG + r]["records"][r]["cluster"] for r in ("A1", "A2", "B1", "B2")}
    assert ids == {first} and len([k for k in store if k.startswith(CLUSTER)]) == 1


def test_replays_change_nothing():
    store: dict[str, Any] = {}
    clusters = AdvertClusters(store)
    observe_all(clusters, TEMPLATE[:3], "D")
    before = {k: v for k, v in store.items()}
    again = clusters.observe("D2", "2026-11-03T10:00:00Z", TEMPLATE[2])
    assert again.size == 3 and store == before


class _DiesAfter(dict):
    """A store whose worker is killed after `n` more writes (the changelog keeps those)."""

    def __init__(self, data: dict[str, Any], n: int) -> None:
        super().__init__(data)
        self.n = n

    def __setitem__(self, key: str, value: Any) -> None:
        if self.n == 0:
            raise SystemExit("killed")
        self.n -= 1
        super().__setitem__(key, value)


def test_a_replay_after_a_death_mid_way_stores_the_advert_whole():
    clean: dict[str, Any] = {}
    observe_all(AdvertClusters(clean), TEMPLATE[:3], "D")
    for writes in range(1, 8):
        store: dict[str, Any] = {}
        observe_all(AdvertClusters(store), TEMPLATE[:2], "D")
        dying = _DiesAfter(store, writes)
        with contextlib.suppress(SystemExit):
            AdvertClusters(dying).observe("D2", "2026-11-03T10:00:00Z", TEMPLATE[2])
        after = dict(dying)
        replay = AdvertClusters(after).observe("D2", "2026-11-03T10:00:00Z", TEMPLATE[2])
        assert replay is not None and replay.size == 3 and after == clean, writes


def test_too_little_text_is_not_clustered():
    clusters = AdvertClusters({})
    assert clusters.observe("S1", "2026-11-01T10:00:00Z", "[PERSON_1] [PHONE_1]") is None
    assert clusters.observe("S2", "2026-11-01T10:00:00Z", "[PERSON_1] [PHONE_1]") is None
