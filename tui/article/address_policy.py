"""Where a fetch may connect: the address the user typed, and after a redirect only public ones.

A web page must not be able to send newsread (on a server, or a laptop inside a
company network) to 169.254.169.254 (cloud metadata), a router's admin page or a
service on localhost by answering with a redirect. So the address the user typed
is always allowed; when it is public, every redirect must lead to public
addresses too; when it was internal already (the user reads from an intranet or
from localhost), redirects may stay inside.

The decision is made on the resolved IP of each hop, never on the host name
("localhost", or an attacker's DNS name that points at 10.0.0.1, are caught), and
the connection then goes to exactly the address that was checked: no second
lookup that could answer differently.

The resolver is a parameter, so the policy is tested with any answer without a
DNS query (tests never send a packet off the machine).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from typing import Callable, Sequence

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (family, sockaddr) pairs as socket.getaddrinfo gives them; sockaddr[0] is the IP.
Addresses = Sequence[tuple[int, tuple]]
Resolver = Callable[[str, int, float], Addresses]

# NAT64 (RFC 6052) carries an IPv4 address in its last 32 bits: judge that one.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def is_internal(ip: IPAddress) -> bool:
    """True for loopback, private (RFC 1918, ULA fc00::/7), link-local (169.254/16, fe80::/10),
    multicast, unspecified, reserved, shared (100.64/10) and any other non-global address,
    including IPv4 ones written as IPv6 (::ffff:10.0.0.1, 6to4, NAT64)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_internal(embedded)
    return (
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
        or ip.is_unspecified or ip.is_reserved or not ip.is_global
    )


def hop_allowed(first_internal: bool, ip: IPAddress) -> bool:
    """May a redirect lead to ``ip``? Always when the first address was internal; else only a public one."""
    return first_internal or not is_internal(ip)


def ip_of(address: tuple[int, tuple]) -> IPAddress:
    """The IP of one (family, sockaddr) pair; an IPv6 zone ("%eth0") is dropped for the check."""
    return ipaddress.ip_address(str(address[1][0]).split("%", 1)[0])


def allowed_addresses(addresses: Addresses, first_internal: bool) -> list[tuple[int, tuple]]:
    """The resolved addresses a redirect may connect to, in the resolver's order."""
    return [a for a in addresses if hop_allowed(first_internal, ip_of(a))]


def system_resolve(host: str, port: int, timeout: float) -> Addresses:
    """getaddrinfo within ``timeout`` seconds (it has no timeout of its own); TimeoutError past it.

    An IP literal is returned as is (no lookup). The lookup runs in a daemon
    thread that is abandoned, not waited for, when the time is up.
    """
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        if ip.version == 6:
            return [(socket.AF_INET6, (str(ip), port, 0, 0))]
        return [(socket.AF_INET, (str(ip), port))]
    answer: dict[str, object] = {}

    def lookup() -> None:
        try:
            answer["ok"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            answer["error"] = exc

    thread = threading.Thread(target=lookup, name="newsread-dns", daemon=True)
    thread.start()
    thread.join(max(timeout, 0.0))
    if "error" in answer:
        raise answer["error"]  # type: ignore[misc]
    if "ok" not in answer:
        raise TimeoutError("DNS lookup timed out")
    return [(family, sockaddr) for family, _type, _proto, _name, sockaddr in answer["ok"]]  # type: ignore[union-attr]
