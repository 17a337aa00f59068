"""Redirects into this machine or its private network are refused unless the first address was inside.

The policy is tested as functions with made-up resolver answers (no DNS query, no packet), and end
to end inside a fresh network namespace that has only loopback (``unshare -rn``), so that a bug
fails to connect there instead of reaching a real private address.
"""

from __future__ import annotations

import ipaddress
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import require_tool
from newsread.article.address_policy import allowed_addresses, hop_allowed, is_internal

NETNS_SCRIPT = Path(__file__).parent / "e2e_support" / "netns_fetch.py"
INTERNAL = [
    "169.254.169.254", "10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "127.8.8.8", "0.0.0.0",
    "224.0.0.1", "239.255.255.250", "255.255.255.255", "100.64.0.1", "240.0.0.1",
    "::1", "::", "fe80::1", "fd00::1", "fc12::7", "ff02::1",
    "::ffff:169.254.169.254", "::ffff:10.0.0.1", "2002:a00:1::", "64:ff9b::a9fe:a9fe",
]
PUBLIC = ["93.184.216.34", "1.1.1.1", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"]


@pytest.mark.parametrize("address", INTERNAL)
def test_internal_addresses(address):
    ip = ipaddress.ip_address(address)
    assert is_internal(ip)
    assert not hop_allowed(first_internal=False, ip=ip)  # a public page cannot send us there
    assert hop_allowed(first_internal=True, ip=ip)  # the user was reading inside already


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses(address):
    ip = ipaddress.ip_address(address)
    assert not is_internal(ip)
    assert hop_allowed(first_internal=False, ip=ip) and hop_allowed(first_internal=True, ip=ip)


def test_the_resolved_address_decides_not_the_name():
    """A resolver (injected: no DNS query) that answers as an attacker's DNS would."""
    answers = {
        "metadata.attacker.example": ["169.254.169.254"],
        "intranet.attacker.example": ["10.0.0.1", "fd00::1"],
        "mixed.attacker.example": ["10.0.0.1", "93.184.216.34"],
        "news.example": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
    }

    def resolve(host: str, port: int, timeout: float):
        return [(10 if ":" in ip else 2, (ip, port)) for ip in answers[host]]

    def allowed(host: str, first_internal: bool) -> list[str]:
        return [sockaddr[0] for _f, sockaddr in allowed_addresses(resolve(host, 80, 1.0), first_internal)]

    assert allowed("metadata.attacker.example", first_internal=False) == []
    assert allowed("intranet.attacker.example", first_internal=False) == []
    assert allowed("mixed.attacker.example", first_internal=False) == ["93.184.216.34"]  # never the internal one
    assert allowed("news.example", first_internal=False) == answers["news.example"]
    assert allowed("intranet.attacker.example", first_internal=True) == answers["intranet.attacker.example"]


def _run_in_loopback_namespace() -> dict:
    unshare = require_tool("unshare")
    ip = require_tool("ip")
    probe = subprocess.run([unshare, "-rn", ip, "link", "set", "lo", "up"], capture_output=True, text=True)
    if probe.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"cannot create a network namespace under CI: {probe.stderr.strip()}")
        pytest.skip(f"no unprivileged network namespaces here: {probe.stderr.strip()}")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    proc = subprocess.run(
        [unshare, "-rn", "sh", "-c", f'"{ip}" link set lo up && exec "$@"', "sh", sys.executable, str(NETNS_SCRIPT)],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert proc.returncode == 0, f"the namespace run failed ({proc.returncode}): {proc.stdout}\n{proc.stderr}"
    return json.loads(proc.stdout)


def test_redirects_into_internal_addresses_refused_end_to_end_in_a_loopback_only_namespace():
    results = _run_in_loopback_namespace()
    server = ["127.0.0.1", results["port"]]
    shown = {"metadata": "169.254.169.254", "ten": "10.0.0.1", "ula": "fd12:3456::1", "multicast": "224.0.0.1",
             "unspecified": "0.0.0.0", "mapped": "::ffff:a9fe:a9fe", "loopback_by_name": "127.0.0.1"}
    for case, address in shown.items():
        outcome = results[case]
        # Refused by the check, before any connection to the target: the server was the only peer.
        assert outcome["error"].endswith(f"({address}); refused, since the first address was public"), case
        assert outcome["connects"] == [server], case
    assert results["cli"]["status"] != 0
    assert "(169.254.169.254); refused" in results["cli"]["stderr"] and "Traceback" not in results["cli"]["stderr"]
    assert len(results["cli"]["stderr"].strip().splitlines()) == 1

    # The first address was loopback: redirects may stay inside (the namespace has nothing at 169.254).
    assert results["internal_first_to_loopback"]["title"] == "Harbour council approves new ferry route"
    assert results["internal_first_to_metadata"]["connects"] == [server, ["169.254.169.254", 80]]
    assert "refused, since" not in results["internal_first_to_metadata"]["error"]

    # The connection goes to the address that was checked: one lookup, its answer used, the name as Host.
    rebinding = results["rebinding"]
    assert rebinding["title"] == "Harbour council approves new ferry route"
    assert rebinding["asked"] == ["news.example.test"] and rebinding["connects"] == [server]
    assert rebinding["hosts"] == [f"news.example.test:{results['port']}"]
