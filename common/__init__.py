"""The leaf every stage shares: normal forms, the description of each source, spans and the
record context. It imports nothing of the project (tests/test_layers.py checks it)."""
