"""Deployment files, safe by default: checked structurally here (PyYAML), and against the
Kubernetes and compose-spec schemas by the pinned validators deploy/setup.sh installs
(kubernetes-validate, check-jsonschema with the vendored deploy/schemas/compose-spec.json).
A broken copy of each file must fail its validator, so a validator that passes everything
cannot pass this test. Under CI (CI=true, after deploy/setup.sh) a missing validator fails.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
K8S = REPO / "deploy" / "k8s"
COMPOSE = REPO / "deploy" / "docker-compose.yml"
COMPOSE_SCHEMA = REPO / "deploy" / "schemas" / "compose-spec.json"
VALIDATORS = REPO / ".cache" / "deploy-check" / "bin"


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text())


def kustomization() -> dict[str, Any]:
    return load(K8S / "kustomization.yaml")


def resources() -> dict[str, dict[str, Any]]:
    """kind -> the document, for every resource kustomize applies."""
    docs = [load(K8S / name) for name in kustomization()["resources"]]
    return {d["kind"]: d for d in docs}


def validator(name: str) -> str:
    found = VALIDATORS / name if (VALIDATORS / name).exists() else shutil.which(name)
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} missing: deploy/setup.sh installs it (requirements/deploy-check.txt)")
        pytest.skip(f"{name} not installed (deploy/setup.sh installs it)")
    return str(found)


# -- structure (always) --------------------------------------------------------------------


def test_no_secret_is_a_kustomize_resource_or_in_the_repo() -> None:
    assert "Secret" not in resources()
    for path in K8S.glob("*.yaml"):
        assert load(path).get("kind") != "Secret", path  # apply -f on the folder must not write one either
    text = (K8S / "kustomization.yaml").read_text()
    assert "kubectl -n bulletins create secret generic bulletins-pseudonym-key" in text


def test_the_workers_are_hardened_replicas_that_hand_over() -> None:
    deployment = resources()["Deployment"]
    assert deployment["spec"]["replicas"] >= 2  # the NLP shared, a second to take the state over (README, Scaling)
    strategy = deployment["spec"]["strategy"]
    # a rollout adds the new pod before an old one goes: the state moves by faust's rebalance
    assert strategy["type"] == "RollingUpdate" and strategy["rollingUpdate"]["maxUnavailable"] == 0
    env = {e["name"]: e for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["POD_IP"]["valueFrom"]["fieldRef"]["fieldPath"] == "status.podIP"
    assert env["BULLETINS_CANONICAL_URL"]["value"] == "http://$(POD_IP):6066"  # forwarded lookups reach the holder
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert pod["automountServiceAccountToken"] is False
    mounts_writable = set()
    for container in pod["containers"]:
        sc = container["securityContext"]
        assert sc["readOnlyRootFilesystem"] is True
        assert sc["allowPrivilegeEscalation"] is False
        assert sc["capabilities"]["drop"] == ["ALL"]
        for kind in ("requests", "limits"):
            assert {"cpu", "memory"} <= set(container["resources"][kind]), kind
        for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
            assert container[probe]["httpGet"]["port"] == "http", probe
        # Liveness on /health (a broker outage must not restart the pod), readiness on /ready.
        assert container["livenessProbe"]["httpGet"]["path"] == "/health"
        assert container["startupProbe"]["httpGet"]["path"] == "/health"
        assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
        mounts_writable |= {m["mountPath"] for m in container["volumeMounts"] if not m.get("readOnly")}
    config = resources()["ConfigMap"]["data"]
    assert config["BULLETINS_REPLICATION"] == "3"  # with min.insync.replicas 2 (streams/config.py)
    # faust's data dir must be on a writable mount, or the read-only root breaks the worker
    assert any(config["BULLETINS_DATA_DIR"].startswith(m + "/") for m in mounts_writable)


def test_key_files_come_from_out_of_band_secrets() -> None:
    pod = resources()["Deployment"]["spec"]["template"]["spec"]
    secrets = {v["name"]: v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v}
    assert set(secrets.values()) == {"bulletins-pseudonym-key", "bulletins-api-tokens"}
    mounts = {m["name"]: m["mountPath"] for m in pod["containers"][0]["volumeMounts"]}
    config = resources()["ConfigMap"]["data"]
    for variable in ("BULLETINS_PSEUDONYM_KEY_FILE", "BULLETINS_API_TOKENS_FILE"):
        assert any(config[variable].startswith(mounts[name] + "/") for name in secrets), variable


def test_network_policy_admits_only_prometheus_named_clients_and_the_other_workers() -> None:
    policy = resources()["NetworkPolicy"]["spec"]
    worker_labels = resources()["Deployment"]["spec"]["template"]["metadata"]["labels"]
    assert policy["podSelector"]["matchLabels"].items() <= worker_labels.items()
    assert set(policy["policyTypes"]) == {"Ingress", "Egress"}
    assert len(policy["ingress"]) == 3
    for rule in policy["ingress"]:
        assert rule["from"], "an ingress rule without `from` admits everyone"
        assert [p["port"] for p in rule["ports"]] == ["http"]
        for peer in rule["from"]:
            assert "ipBlock" not in peer and peer.get("podSelector", {}).get("matchLabels"), peer
    prometheus, clients, workers = (rule["from"][0] for rule in policy["ingress"])
    assert prometheus["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "prometheus"}
    assert "namespaceSelector" not in clients  # named clients: this namespace, by label
    assert clients["podSelector"]["matchLabels"] == {"bulletins.police.uk/lookup-client": "true"}
    # a lookup forwarded to the state's holder: this namespace's worker pods only, both ways
    assert "namespaceSelector" not in workers and workers["podSelector"]["matchLabels"].items() <= worker_labels.items()
    [to_workers] = [rule for rule in policy["egress"] if "podSelector" in rule["to"][0] and len(rule["to"][0]) == 1]
    assert to_workers["to"][0]["podSelector"]["matchLabels"].items() <= worker_labels.items()
    assert [p["port"] for p in to_workers["ports"]] == [6066]


def test_compose_worker_is_safe_by_default() -> None:
    compose = load(COMPOSE)
    for name in ("worker", "topics-init"):
        service = compose["services"][name]
        assert service["read_only"] is True and service["cap_drop"] == ["ALL"], name
        assert not str(service["user"]).startswith("0"), name
        assert "no-new-privileges:true" in service["security_opt"], name
    worker = compose["services"]["worker"]
    assert all(str(p).startswith("127.0.0.1:") for p in worker.get("ports", []))
    assert worker["scale"] == 1
    assert {"pseudonym_key", "api_tokens"} <= set(worker["secrets"])
    assert "ports" not in compose["services"]["kafka"]  # raw topics carry personal data
    assert "/ready" in " ".join(worker["healthcheck"]["test"])


def test_compose_monitoring_is_loopback_only_and_mounts_files_that_exist() -> None:
    compose = load(COMPOSE)
    for name in ("prometheus", "grafana"):
        service = compose["services"][name]
        assert service["ports"] and all(str(p).startswith("127.0.0.1:") for p in service["ports"]), name
        assert service["read_only"] is True and service["cap_drop"] == ["ALL"], name
        assert not str(service["user"]).startswith("0"), name
        for volume in service["volumes"]:
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (COMPOSE.parent / source).exists(), volume
    grafana = compose["services"]["grafana"]["environment"]
    assert grafana["GF_AUTH_ANONYMOUS_ENABLED"] == "false" and "GF_SECURITY_ADMIN_PASSWORD__FILE" in grafana


# -- schema validation (when the validators are installed) -----------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=300)


def test_k8s_manifests_pass_kubernetes_validate_strict(tmp_path: Path) -> None:
    tool = validator("kubernetes-validate")
    files = [str(K8S / name) for name in kustomization()["resources"]]
    proc = _run(tool, "--strict", *files)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("passed") == len(files), proc.stdout

    # negative controls, one fault each: a wrong type, a field at the wrong level
    for n, (fault, expected) in enumerate(
        [(("spec", "replicas", "one"), "not of type"), (("container", "readOnlyRootFilesystem", True), "unexpected")]
    ):
        broken = copy.deepcopy(resources()["Deployment"])
        where, key, value = fault
        target = broken["spec"] if where == "spec" else broken["spec"]["template"]["spec"]["containers"][0]
        target[key] = value
        path = tmp_path / f"broken-{n}.yaml"
        path.write_text(yaml.safe_dump(broken))
        proc = _run(tool, "--strict", str(path))
        assert proc.returncode != 0 and expected in proc.stdout + proc.stderr, proc.stdout


def test_compose_file_passes_the_vendored_compose_spec(tmp_path: Path) -> None:
    tool = validator("check-jsonschema")
    proc = _run(tool, "--schemafile", str(COMPOSE_SCHEMA), str(COMPOSE))
    assert proc.returncode == 0, proc.stdout + proc.stderr

    broken = load(COMPOSE)
    broken["services"]["worker"]["read_onyl"] = True  # a typo the spec does not allow
    path = tmp_path / "docker-compose.yml"
    path.write_text(yaml.safe_dump(broken))
    proc = _run(tool, "--schemafile", str(COMPOSE_SCHEMA), str(path))
    assert proc.returncode != 0, proc.stdout


def test_kustomize_build_has_no_secret() -> None:
    kubectl = shutil.which("kubectl")
    if not kubectl:
        pytest.skip("kubectl not installed")
    proc = _run(kubectl, "kustomize", str(K8S))
    assert proc.returncode == 0, proc.stderr
    kinds = [d["kind"] for d in yaml.safe_load_all(proc.stdout) if d]
    assert sorted(kinds) == ["ConfigMap", "Deployment", "Namespace", "NetworkPolicy", "Service"]
