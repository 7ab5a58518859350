"""Evaluation of redaction, extraction and routing on a labelled corpus (`bulletins eval`)."""
