"""Quiet outages: broker loss and recovery logged once per state change, with the duration.

While the broker is down, aiokafka and faust log every retry (an 84 s outage wrote 370,000
lines, 38 MB). `RepeatFilter` lets the first of each repeated message from those libraries
through, then at most one per window with the number held back. `BrokerWatch` logs our own
state changes: "broker unreachable" once, "broker reachable again after N s" once.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import struct
import time

from streams import metrics
from streams.cli_support import API_VERSIONS_REQUEST

log = logging.getLogger("streams.broker")

NOISY = ("aiokafka", "faust", "kafka", "mode")


class RepeatFilter(logging.Filter):
    """Rate-limits repeated messages (same logger and format string) from the client libraries."""

    def __init__(self, window: float = 60.0, prefixes: tuple[str, ...] = NOISY) -> None:
        super().__init__()
        self.window = window
        self.prefixes = prefixes
        self._seen: dict[tuple[str, int, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(self.prefixes):
            return True
        key = (record.name, record.levelno, str(record.msg)[:200])
        now = time.monotonic()
        last, held = self._seen.get(key, (0.0, 0))
        if last and now - last < self.window:
            self._seen[key] = (last, held + 1)
            return False
        if held:
            record.msg = f"{record.msg} [{held} like this held back in the last {now - last:.0f} s]"
        self._seen[key] = (now, 0)
        if len(self._seen) > 5000:  # bounded memory whatever the libraries log
            self._seen.clear()
        return True


def install_filter(window: float = 60.0) -> RepeatFilter:
    """On every handler of the root logger (logger-level filters miss child loggers' records)."""
    flt = RepeatFilter(window)
    root = logging.getLogger()
    for handler in root.handlers:
        if not any(isinstance(f, RepeatFilter) for f in handler.filters):
            handler.addFilter(flt)
    return flt


class BrokerWatch:
    """Asks the bootstrap servers a Kafka ApiVersions request (over TLS where the listener
    is TLS) every `every` seconds; logs only when the answer changes, and keeps the gauge
    `bulletins_broker_up`. An open port is not an answer: a broker that accepts connections
    but does not serve requests is down here, as it is for the pipeline."""

    def __init__(
        self,
        bootstrap_servers: str,
        every: float = 2.0,
        timeout: float = 5.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.servers = [s.strip() for s in bootstrap_servers.split(",") if s.strip()]
        self.every = every
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.up: bool | None = None
        self.since = time.monotonic()
        self.last_answer: float | None = None  # monotonic time of the last answer

    async def _answers(self, host: str, port: int) -> bool:
        reader, writer = await asyncio.open_connection(host, port, ssl=self.ssl_context)
        try:
            writer.write(API_VERSIONS_REQUEST)
            await writer.drain()
            _, correlation = struct.unpack(">ii", await reader.readexactly(8))
            return correlation == 1
        finally:
            writer.close()

    async def _probe(self) -> bool:
        for server in self.servers:
            host, _, port = server.rpartition(":")
            try:
                if await asyncio.wait_for(self._answers(host.strip("[]") or "127.0.0.1", int(port)), self.timeout):
                    return True
            except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError):
                continue
        return False

    def answering(self, within: float) -> bool:
        """The last probe was answered, and no longer than `within` seconds ago."""
        return bool(self.up) and self.last_answer is not None and time.monotonic() - self.last_answer <= within

    async def check(self) -> bool:
        up = await self._probe()
        if up:
            self.last_answer = time.monotonic()
        if up != self.up:
            now = time.monotonic()
            if self.up is None:
                if not up:
                    log.warning("broker unreachable at start (%s)", ",".join(self.servers))
            elif up:
                log.warning("broker reachable again after %.1f s", now - self.since)
            else:
                log.warning("broker unreachable (%s); retrying quietly", ",".join(self.servers))
            self.up, self.since = up, now
            metrics.BROKER_UP.set(1 if up else 0)
        return up

    async def run(self) -> None:
        while True:
            await self.check()
            await asyncio.sleep(self.every)
