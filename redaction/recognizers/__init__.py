"""Presidio recognizers for UK police intelligence text, one family per module.

The registry is `redaction/recognizers.yaml`, read by Presidio's RecognizerRegistryProvider
(Presidio's own recognizers, ours by class name, and the pure pattern ones), plus
`uk_recognizers()`: the recognizers built with the lexicon and the role rules the pipeline
passes in. All of them work offline. Record-specific recognizers (the victim deny list, the offender allow-list, the
incident places, advert working names) are passed per request as Presidio ad-hoc
recognizers (see `redaction.redactor`).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.lexicon import Lexicon, load_lexicon
from redaction.recognizers.first_names import FirstNameRecognizer
from redaction.recognizers.home_places import HomePlaceRecognizer
from redaction.recognizers.id_numbers import UkIdNumberContextRecognizer
from redaction.recognizers.initials import InitialsRecognizer
from redaction.recognizers.name_cues import NameCueRecognizer
from redaction.recognizers.obfuscated_email import ObfuscatedEmailRecognizer
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
from redaction.recognizers.sign_offs import SignOffRecognizer
from redaction.recognizers.social_handle import SocialHandleRecognizer
from redaction.recognizers.uk_phone import UkPhoneRecognizer
from redaction.recognizers.uk_vehicle_reg import UkVehicleRegContextRecognizer, UkVehicleRegRecognizer
from redaction.roles import RoleRules, load_role_rules

# The classes recognizers.yaml names: loaded here so that Presidio finds them by name.
REGISTRY_CLASSES: tuple[type[EntityRecognizer], ...] = (
    UkPhoneRecognizer,
    UkPostcodeFullRecognizer,
    UkPostcodeDistrictRecognizer,
    UkIdNumberContextRecognizer,
    OfflineEmailRecognizer,
    OfflineUrlRecognizer,
    SocialHandleRecognizer,
)


def uk_recognizers(lexicon: Lexicon | None = None, roles: RoleRules | None = None) -> list[EntityRecognizer]:
    """In the order they run after the registry file's (an exact tie between two
    recognizers' results keeps the first)."""
    lex = lexicon or load_lexicon()
    roles = roles or load_role_rules()
    return [
        StreetNameRecognizer(lex),
        PlaceNameRecognizer(lex),
        PostTownRecognizer(lex),
        BuildingNameRecognizer(lex),
        HomePlaceRecognizer(roles, lex),
        # case-sensitive patterns: the registry file would give them its global flags
        UkVehicleRegRecognizer(),
        UkVehicleRegContextRecognizer(),
        NameCueRecognizer(roles, lex),
        ObfuscatedEmailRecognizer(lex),
        SignOffRecognizer(lex),
        ProperNounRecognizer(lex),
        InitialsRecognizer(lex),
        FirstNameRecognizer(lex),
    ]
