"""`bulletins process --state DIR`: the linkage store kept between runs, in SQLite.

The worker keeps its correlation and linkage state in a changelogged faust table; the batch
path keeps the same entries in `DIR/linkage.sqlite3`, so records given in several files
(one per source, or day by day) link across them. Without `--state` a run starts empty.
Values are JSON, as in the faust table. Writes are committed once per batch: a run cut
short keeps every batch it answered.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

FILE_NAME = "linkage.sqlite3"


class StateError(Exception):
    """The state folder cannot be used (one line for the operator)."""


class SqliteStore(MutableMapping[str, Any]):
    def __init__(self, folder: str | Path) -> None:
        path = Path(folder)
        try:
            path.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path / FILE_NAME)
            self.db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self.db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"cannot use state folder {folder}: {exc}") from None

    def __getitem__(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return json.loads(row[0])

    def __setitem__(self, key: str, value: Any) -> None:
        self.db.execute("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", (key, json.dumps(value)))

    def __delitem__(self, key: str) -> None:
        if self.db.execute("DELETE FROM entries WHERE key = ?", (key,)).rowcount == 0:
            raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter([row[0] for row in self.db.execute("SELECT key FROM entries ORDER BY key")])

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()
