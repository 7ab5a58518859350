"""What the benchmark reads of processes from /proc (Linux): memory, CPU time, the broker.

No psutil: three files are enough, and the benchmark adds no dependency for them.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")


def _status_kb(pid: int, name: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def rss_mb(pid: int) -> float | None:
    """Resident memory now (VmRSS), MB."""
    kb = _status_kb(pid, "VmRSS")
    return None if kb is None else kb / 1024


def peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory over the process's life so far (VmHWM), MB."""
    kb = _status_kb(pid, "VmHWM")
    return None if kb is None else kb / 1024


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of the process (all its threads), seconds."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()  # the command name may hold spaces
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime: fields 14 and 15


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, all cores."""
    first = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    ticks = [int(v) for v in first]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    total = sum(ticks[:8])  # guest time is already inside user time
    return (total - idle) / _TICKS, total / _TICKS


def load() -> str:
    """The load averages, as `uptime` prints them."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f}"


def broker_pid(port: int) -> int | None:
    """The local Kafka broker listening on `port`: a `kafka.Kafka` JVM whose
    server.properties names that port (deploy/kafka-local.sh starts it so)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"kafka.Kafka" not in args:
            continue
        props = args[args.index(b"kafka.Kafka") + 1].decode() if args.index(b"kafka.Kafka") + 1 < len(args) else ""
        try:
            text = Path(props).read_text()
        except OSError:
            continue
        if re.search(rf"^listeners=.*:{port}\b", text, re.M):
            found.append(int(entry.name))
    return found[0] if len(found) == 1 else None


@dataclass
class Usage:
    """CPU and memory of a set of processes over a window (a sampler thread reads RSS)."""

    pids: dict[str, int]
    every: float = 1.0
    cpu_start: dict[str, float] = field(default_factory=dict)
    cpu_end: dict[str, float] = field(default_factory=dict)
    samples: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # name -> [(t, MB)]
    machine: tuple[float, float] = (0.0, 0.0)
    wall: float = 0.0

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="bench-rss", daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            now = time.monotonic()
            for name, pid in self.pids.items():
                mb = rss_mb(pid)
                if mb is not None:
                    self.samples.setdefault(name, []).append((now, mb))

    def __enter__(self) -> Usage:
        self._t0 = time.monotonic()
        self._m0 = machine_busy()
        self.cpu_start = {n: cpu_seconds(p) or 0.0 for n, p in self.pids.items()}
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.wall = time.monotonic() - self._t0
        self.cpu_end = {n: cpu_seconds(p) or self.cpu_start[n] for n, p in self.pids.items()}
        m1 = machine_busy()
        self.machine = (m1[0] - self._m0[0], m1[1] - self._m0[1])

    def cores(self, name: str) -> float:
        """Average cores the process used over the window."""
        return (self.cpu_end.get(name, 0.0) - self.cpu_start.get(name, 0.0)) / max(self.wall, 1e-9)

    def machine_cores(self) -> float:
        """Average cores busy on the whole machine (every process, ours and others')."""
        busy, total = self.machine
        return os.cpu_count() * busy / total if total else 0.0  # type: ignore[operator]
