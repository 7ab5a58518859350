"""UK phone numbers through `phonenumbers`, region GB only (the slowest recognizer; one
region keeps it cheap). Leniency POSSIBLE: Ofcom's drama ranges and many real pay-as-you-go
numbers fail the stricter VALID check, and a missed number is a leak."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer


class UkPhoneRecognizer(PhoneRecognizer):
    CONTEXT = ["phone", "number", "mobile", "call", "ring", "text", "whatsapp", "contact", "tel"]

    def __init__(self) -> None:
        super().__init__(
            context=self.CONTEXT,
            supported_regions=("GB",),
            leniency=0,
            name="UkPhoneRecognizer",
        )
