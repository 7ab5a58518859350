"""Presidio's URL recognizer; its patterns need no TLD download, but keep the offline
check so a bare word with a dot is not a URL."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import UrlRecognizer

from redaction.recognizers.offline_tld import OFFLINE_EXTRACT


class OfflineUrlRecognizer(UrlRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        host = pattern_text.split("//", 1)[-1].split("/", 1)[0]
        return bool(OFFLINE_EXTRACT(host).suffix)
