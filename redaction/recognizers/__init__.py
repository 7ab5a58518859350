"""Presidio recognizers for UK police intelligence text, one per module.

`uk_recognizers()` returns the full set the analyzer registers on top of Presidio's
spaCy NER recognizer. All of them work offline.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    NhsRecognizer,
    UkNinoRecognizer,
    UkPostcodeRecognizer,
)

from redaction.recognizers.date_of_birth import DateOfBirthRecognizer
from redaction.recognizers.offline_email import OfflineEmailRecognizer
from redaction.recognizers.offline_url import OfflineUrlRecognizer
from redaction.recognizers.social_handle import SocialHandleRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from redaction.recognizers.uk_phone import UkPhoneRecognizer
from redaction.recognizers.uk_vehicle_reg import UkVehicleRegRecognizer


def uk_recognizers() -> list[EntityRecognizer]:
    return [
        UkPhoneRecognizer(),
        UkPostcodeRecognizer(),
        StreetAddressRecognizer(),
        UkVehicleRegRecognizer(),
        UkNinoRecognizer(),
        NhsRecognizer(),
        DateOfBirthRecognizer(),
        OfflineEmailRecognizer(),
        OfflineUrlRecognizer(),
        SocialHandleRecognizer(),
    ]
