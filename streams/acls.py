"""Apply the declarative Kafka ACL plan (deploy/kafka-acls.yaml) with kafka-python's admin client.

Run as a super user (the security settings come from the environment, as for every
client). Creating an ACL that exists is a no-op, so applying twice is safe; `--prune`
also deletes ACLs of the plan's principals that the plan no longer grants.

    python -m streams.acls deploy/kafka-acls.yaml [--app-id ID] [--prune] [--dry-run]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from kafka.admin import (
    ACL,
    ACLFilter,
    ACLOperation,
    ACLPermissionType,
    ACLResourcePatternType,
    KafkaAdminClient,
    ResourcePattern,
    ResourcePatternFilter,
    ResourceType,
)

from common.config_yaml import read_yaml
from streams.config import kafka_client_config

DEFAULT_PLAN = Path(__file__).resolve().parent.parent / "deploy" / "kafka-acls.yaml"
# Plan words to the protocol's names: "DescribeConfigs" -> DESCRIBE_CONFIGS.
_OPS = {op.name.replace("_", "").lower(): op for op in ACLOperation}
_KINDS = {"topics": ResourceType.TOPIC, "groups": ResourceType.GROUP}

Grant = tuple[str, ResourceType, str, ACLResourcePatternType, ACLOperation]


def load_plan(path: Path, app_id: str) -> list[Grant]:
    """The plan as (principal, resource type, name, pattern type, operation) tuples."""
    doc = read_yaml(path)
    grants: list[Grant] = []
    for principal, rules in (doc.get("principals") or {}).items():
        if not str(principal).startswith("User:"):
            raise ValueError(f"{path}: principal {principal!r} must look like User:<name>")
        for rule in rules:
            ops = [_OPS[str(op).replace("_", "").lower()] for op in rule["operations"]]
            for kind, rtype in _KINDS.items():
                for name in rule.get(kind, []):
                    name = str(name).format(app_id=app_id)
                    pattern = ACLResourcePatternType.LITERAL
                    if name.startswith("prefix:"):
                        name, pattern = name.removeprefix("prefix:"), ACLResourcePatternType.PREFIXED
                    grants.extend((principal, rtype, name, pattern, op) for op in ops)
    return grants


def _acl(grant: Grant) -> ACL:
    principal, rtype, name, pattern, op = grant
    return ACL(principal, "*", op, ACLPermissionType.ALLOW, ResourcePattern(rtype, name, pattern))


def describe(grant: Grant) -> str:
    principal, rtype, name, pattern, op = grant
    star = "*" if pattern == ACLResourcePatternType.PREFIXED else ""
    return f"{principal} {op.name} {rtype.name} {name}{star}"


def apply(bootstrap: str, grants: Iterable[Grant], prune: bool = False) -> tuple[int, int]:
    """Create every grant; with `prune`, delete the plan's principals' other ACLs.
    Returns (created or already present, deleted)."""
    grants = list(grants)
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="bulletins-acls", **kafka_client_config())
    try:
        result = admin.create_acls([_acl(g) for g in grants])
        if result["failed"]:
            acl, error = result["failed"][0]
            raise RuntimeError(f"creating ACLs failed ({len(result['failed'])}): first {acl}: {error}")
        deleted = 0
        if prune:
            wanted = {(g[0], g[1], g[2], g[3], g[4]) for g in grants}
            for principal in sorted({g[0] for g in grants}):
                found, error = admin.describe_acls(
                    ACLFilter(
                        principal,
                        "*",
                        ACLOperation.ANY,
                        ACLPermissionType.ANY,
                        ResourcePatternFilter(ResourceType.ANY, None, ACLResourcePatternType.ANY),
                    )
                )
                stale = [
                    acl
                    for acl in found
                    if (acl.principal, acl.resource_pattern.resource_type, acl.resource_pattern.resource_name,
                        acl.resource_pattern.pattern_type, acl.operation) not in wanted
                    or acl.permission_type != ACLPermissionType.ALLOW
                ]  # fmt: skip
                if stale:
                    admin.delete_acls(
                        [
                            ACLFilter(
                                a.principal,
                                a.host,
                                a.operation,
                                a.permission_type,
                                ResourcePatternFilter(
                                    a.resource_pattern.resource_type,
                                    a.resource_pattern.resource_name,
                                    a.resource_pattern.pattern_type,
                                ),
                            )
                            for a in stale
                        ]
                    )
                    deleted += len(stale)
        return len(grants), deleted
    finally:
        admin.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streams.acls", description="Apply the Kafka ACL plan.")
    parser.add_argument("plan", nargs="?", type=Path, default=DEFAULT_PLAN, help="the plan (deploy/kafka-acls.yaml)")
    parser.add_argument(
        "--app-id",
        default=os.environ.get("BULLETINS_APP_ID", "bulletin-pipeline"),
        help="the worker's app id, for {app_id} in the plan (default: $BULLETINS_APP_ID or bulletin-pipeline)",
    )
    parser.add_argument(
        "--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"), help="Kafka bootstrap"
    )
    parser.add_argument("--prune", action="store_true", help="delete the plan's principals' ACLs not in the plan")
    parser.add_argument("--dry-run", action="store_true", help="print the ACLs, change nothing")
    args = parser.parse_args(argv)
    grants = load_plan(args.plan, args.app_id)
    if args.dry_run:
        print("\n".join(describe(g) for g in grants))
        return 0
    applied, deleted = apply(args.bootstrap, grants, prune=args.prune)
    print(f"acls: {applied} granted ({len({g[0] for g in grants})} principals), {deleted} pruned")
    return 0


if __name__ == "__main__":
    sys.exit(main())
