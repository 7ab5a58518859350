"""Presidio recognizers for UK police intelligence text, one family per module.

`uk_recognizers()` returns the set the analyzer registers on top of Presidio's spaCy NER
recognizer. All of them work offline. Record-specific recognizers (the victim deny list,
the offender allow-list, the incident places, advert working names) are passed per
request as Presidio ad-hoc recognizers (see `redaction.redactor`).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import NhsRecognizer, UkNinoRecognizer

from redaction.recognizers.date_of_birth import DateOfBirthRecognizer
from redaction.recognizers.first_names import FirstNameRecognizer
from redaction.recognizers.id_numbers import UkIdNumberContextRecognizer
from redaction.recognizers.initials import InitialsRecognizer
from redaction.recognizers.name_cues import NameCueRecognizer
from redaction.recognizers.offline_email import OfflineEmailRecognizer
from redaction.recognizers.offline_url import OfflineUrlRecognizer
from redaction.recognizers.places import (
    BuildingNameRecognizer,
    PlaceNameRecognizer,
    PostTownRecognizer,
    StreetNameRecognizer,
    UkPostcodeDistrictRecognizer,
    UkPostcodeFullRecognizer,
)
from redaction.recognizers.proper_nouns import ProperNounRecognizer
from redaction.recognizers.social_handle import SocialHandleRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from redaction.recognizers.uk_phone import UkPhoneRecognizer
from redaction.recognizers.uk_vehicle_reg import UkVehicleRegContextRecognizer, UkVehicleRegRecognizer


def uk_recognizers() -> list[EntityRecognizer]:
    return [
        UkPhoneRecognizer(),
        UkPostcodeFullRecognizer(),
        UkPostcodeDistrictRecognizer(),
        StreetAddressRecognizer(),
        StreetNameRecognizer(),
        PlaceNameRecognizer(),
        PostTownRecognizer(),
        BuildingNameRecognizer(),
        UkVehicleRegRecognizer(),
        UkVehicleRegContextRecognizer(),
        UkNinoRecognizer(),
        NhsRecognizer(),
        UkIdNumberContextRecognizer(),
        DateOfBirthRecognizer(),
        OfflineEmailRecognizer(),
        OfflineUrlRecognizer(),
        SocialHandleRecognizer(),
        NameCueRecognizer(),
        ProperNounRecognizer(),
        InitialsRecognizer(),
        FirstNameRecognizer(),
    ]
