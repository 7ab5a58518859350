"""Social media handles: `@name` (not an email's @), and `snapchat: name` style."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

PLATFORMS = (
    r"(?:snapchat|snap|sc|instagram|insta|ig|twitter|x|tiktok|telegram|tg|onlyfans|of|adultwork|kik|whatsapp|"
    r"facebook|fb)"
)


class SocialHandleRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("at_handle", r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\b", 0.6),
        Pattern("platform_handle", rf"(?i)(?<={PLATFORMS}:\s)[A-Za-z0-9_][A-Za-z0-9_.]{{2,29}}\b", 0.5),
    ]
    CONTEXT = ["snapchat", "instagram", "insta", "twitter", "tiktok", "telegram", "handle", "account"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="ONLINE_HANDLE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="SocialHandleRecognizer",
        )
