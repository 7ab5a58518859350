"""Role attribution for identifiers in free text, driven by `roles.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROLES_FILE = Path(__file__).with_name("roles.yaml")


@dataclass(frozen=True)
class RoleRule:
    id: str
    role: str
    applies: frozenset[str]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@dataclass(frozen=True)
class RoleDecision:
    role: str  # "offender" or "victim" (or "unknown": redact)
    rule: str | None


@dataclass(frozen=True)
class RoleRules:
    window_before: int
    window_after: int
    rules: tuple[RoleRule, ...]

    def decide(self, entity: str, sentence: str, start: int, end: int) -> RoleDecision:
        """Which role the context gives the identifier at [start, end) of `sentence`."""
        before = sentence[max(0, start - self.window_before) : start].lower()
        after = sentence[end : end + self.window_after].lower()
        best: tuple[int, int, RoleRule] | None = None  # (distance, victim-first, rule)
        for rule in self.rules:
            if entity not in rule.applies:
                continue
            distance: int | None = None
            if rule.before is not None and (m := rule.before.search(before)):
                distance = len(before) - m.start()
            if rule.after is not None and (m := rule.after.search(after)):
                distance = m.end() if distance is None else min(distance, m.end())
            if distance is None:
                continue
            key = (distance, 0 if rule.role == "victim" else 1, rule)
            if best is None or key[:2] < best[:2]:
                best = key
        if best is None:
            return RoleDecision("unknown", None)
        return RoleDecision(best[2].role, best[2].id)


@cache
def load_role_rules(path: Path = ROLES_FILE) -> RoleRules:
    data = yaml.safe_load(path.read_text())
    rules = []
    for raw in data["rules"]:
        if raw["role"] not in ("offender", "victim"):
            raise ValueError(f"{path.name}: rule {raw['id']}: role must be offender or victim")
        rules.append(
            RoleRule(
                id=raw["id"],
                role=raw["role"],
                applies=frozenset(raw["applies"]),
                before=re.compile(raw["before"]) if raw.get("before") else None,
                after=re.compile(raw["after"]) if raw.get("after") else None,
            )
        )
    return RoleRules(int(data["window_before"]), int(data["window_after"]), tuple(rules))
