"""The layer that composes the stages: `Pipeline` (core.py) and the batch over JSON lines
(batch.py), used by the worker, the batch command, the evaluation and the tests."""
