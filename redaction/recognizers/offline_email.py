"""Presidio's email recognizer with an offline TLD check."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import EmailRecognizer

from redaction.recognizers.offline_tld import OFFLINE_EXTRACT


class OfflineEmailRecognizer(EmailRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return bool(OFFLINE_EXTRACT(pattern_text).fqdn)
