"""`flush_all`: a batch's table writes are all out before its offsets are committed, even
where faust's own buffer flush gives up early (it returns after 0.1 s without a send)."""

from __future__ import annotations

import asyncio

from streams.intake import flush_all


class _SlowBuffer:
    """As faust's ProducerBuffer on a busy machine: each flush sends one message, then
    returns with the rest still pending."""

    def __init__(self, pending: int, sent: list[int]) -> None:
        self.pending, self.sent = pending, sent

    @property
    def size(self) -> int:
        return self.pending

    async def flush(self) -> None:
        await asyncio.sleep(0)
        if self.pending:
            self.pending -= 1
            self.sent.append(1)


class _Producer:
    def __init__(self, pending: int) -> None:
        self.sent: list[int] = []
        self.buffer = _SlowBuffer(pending, self.sent)
        self.client_flushed_with: int | None = None

    async def flush(self) -> None:
        """faust's Producer.flush: one buffer flush (which may give up), then the client's."""
        await self.buffer.flush()
        self.client_flushed_with = self.buffer.size


def test_every_buffered_write_is_sent_before_the_client_flush():
    producer = _Producer(pending=5)
    asyncio.run(flush_all(producer))
    assert len(producer.sent) == 5
    assert producer.client_flushed_with == 0


def test_faust_flush_alone_leaves_writes_behind():
    """What the stage relied on before: the buffer not empty when it returned."""
    producer = _Producer(pending=5)
    asyncio.run(producer.flush())
    assert producer.client_flushed_with == 4
