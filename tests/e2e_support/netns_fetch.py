"""Redirect cases for newsread's fetch, run INSIDE a network namespace that has only loopback.

Started by tests/test_fetch_redirects.py as ``unshare -rn sh -c 'ip link set lo up && exec python
this.py'``: a bug that follows a redirect to 169.254.169.254 or 10.0.0.1 then fails to connect
instead of reaching a real address. Before anything else this script checks that ``lo`` is the only
network interface and stops otherwise.

It serves redirects on 127.0.0.1, fetches them with newsread's real code (and once with the real
``newsread extract`` command), records every ``socket.connect`` through an audit hook, and prints
one JSON object: for each case, the error (or the title read) and the addresses connected to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = (b"<html><head><title>Harbour council approves new ferry route</title></head><body><article>"
        b"<h1>Harbour council approves new ferry route</h1><p>The council voted on Monday to open a ferry "
        b"route between the two harbours, the mayor said. The first crossing leaves at seven.</p>"
        b"<p>Residents had asked for the route for years, and the vote was unanimous.</p></article>"
        b"</body></html>")
CONNECTS: list[list] = []
HOSTS_SEEN: list[str] = []


def interfaces() -> list[str]:
    """This network namespace's interfaces (from the kernel: /sys/class/net would show the host's)."""
    import socket

    return sorted(name for _index, name in socket.if_nameindex())


def audit(event: str, args: tuple) -> None:
    if event == "socket.connect":
        address = args[1]
        CONNECTS.append([str(address[0]), int(address[1])] if isinstance(address, tuple) else [str(address)])


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        HOSTS_SEEN.append(self.headers.get("Host", ""))
        parts = urllib.parse.urlsplit(self.path)
        if parts.path == "/to":  # /to?url=X answers 302 Location: X
            self.send_response(302)
            self.send_header("Location", urllib.parse.parse_qs(parts.query)["url"][0])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif parts.path == "/article":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


def attempt(url: str, resolve=None) -> dict:
    """Fetch ``url`` with newsread's fetch_url; the outcome and every address connected to."""
    from newsread.article import ArticleError
    from newsread.article.fetch import fetch_url

    del CONNECTS[:]
    kwargs = {"timeout": 10} if resolve is None else {"timeout": 10, "resolve": resolve}
    try:
        article = fetch_url(url, **kwargs)
    except ArticleError as exc:
        return {"error": str(exc), "title": None, "connects": list(CONNECTS)}
    return {"error": None, "title": article.title, "connects": list(CONNECTS)}


def main() -> int:
    if interfaces() != ["lo"]:
        print(json.dumps({"not_isolated": interfaces()}))
        return 3
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    base = f"http://127.0.0.1:{port}"
    sys.addaudithook(audit)
    from newsread.article.fetch import FIRST_URL_PUBLIC_ENV

    def to(target: str) -> str:
        return f"{base}/to?url={urllib.parse.quote(target, safe='')}"

    results: dict = {"port": port}
    # The first address declared public (the documented test hook): no way into internal ones.
    os.environ[FIRST_URL_PUBLIC_ENV] = "1"
    internal_targets = {
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "ten": "http://10.0.0.1/",
        "ula": "http://[fd12:3456::1]/",
        "multicast": "http://224.0.0.1/",
        "unspecified": f"http://0.0.0.0:{port}/article",
        "mapped": "http://[::ffff:169.254.169.254]/",
        "loopback_by_name": f"http://localhost:{port}/article",
    }
    for case, target in internal_targets.items():
        results[case] = attempt(to(target))
    cli = subprocess.run([sys.executable, "-m", "newsread", "extract", to("http://169.254.169.254/")],
                         capture_output=True, text=True, timeout=120)
    results["cli"] = {"status": cli.returncode, "stderr": cli.stderr}
    del os.environ[FIRST_URL_PUBLIC_ENV]

    # The first address is loopback (internal): redirects may stay inside, as the user asked.
    results["internal_first_to_loopback"] = attempt(to(f"http://localhost:{port}/article"))
    results["internal_first_to_metadata"] = attempt(to("http://169.254.169.254/latest/meta-data/"))

    # The connection goes to the address that was checked: the resolver is asked once per hop,
    # and a second answer (a DNS rebinding) is never used.
    answers = [[(2, ("127.0.0.1", port))], [(2, ("10.0.0.1", port))]]
    asked: list[str] = []

    def rebinding(host: str, port_: int, timeout: float):
        asked.append(host)
        return answers[min(len(asked) - 1, 1)]

    del HOSTS_SEEN[:]
    results["rebinding"] = attempt(f"http://news.example.test:{port}/article", resolve=rebinding)
    results["rebinding"].update(asked=asked, hosts=list(HOSTS_SEEN))
    print(json.dumps(results))
    server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
