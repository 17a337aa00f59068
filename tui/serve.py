"""``newsread serve [FILE ...]``: the reader in a web browser, through textual-serve.

textual-serve is an optional extra (``pip install 'newsread[serve]'``): each
browser tab starts one ``newsread`` process and relays its terminal over a
WebSocket. It has **no authentication**, so it listens on 127.0.0.1 unless the
user asks for another address with ``--host``, and says so every time.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Sequence

EXIT_USAGE = 2
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
NOT_INSTALLED = (
    "newsread: 'serve' needs the optional package textual-serve; "
    "install it with: pip install 'newsread[serve]'  (or: pip install textual-serve)"
)
WARNING = (
    "newsread: warning: the web reader has NO authentication: anyone who can reach "
    "{url} can read these articles and run the reader."
)


def serve_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsread serve",
        description="Serve the reader to a web browser (needs textual-serve; no authentication).",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="articles to open, as for 'newsread FILE'")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}: this machine only; "
                   "another address exposes the reader without a password)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"TCP port (default {DEFAULT_PORT})")
    p.add_argument("--date", default=None, help="publication date (YYYY-MM-DD), passed to the reader")
    p.add_argument("--model", default=None, help="spaCy pipeline, passed to the reader")
    return p


def reader_command(files: Sequence[str], date: str | None = None, model: str | None = None) -> str:
    """The shell command line textual-serve runs for each browser session.

    Paths are made absolute (the server may start the reader elsewhere) and
    quoted, so a file name is never read as shell syntax. The console script
    beside this Python is used when it exists, else ``python -m newsread``.
    """
    script = Path(sys.executable).with_name("newsread")
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "newsread"]
    for f in files:
        argv.append(f if f == "-" or "://" in f else str(Path(f).resolve()))
    if date:
        argv += ["--date", date]
    if model:
        argv += ["--model", model]
    return shlex.join(argv)


def cmd_serve(argv: Sequence[str]) -> int:
    args = serve_parser().parse_args(list(argv))
    if "-" in args.files:
        print("newsread: serve cannot read standard input; give a file", file=sys.stderr)
        return EXIT_USAGE
    if not 0 < args.port < 65536:
        print(f"newsread: --port {args.port} is not a TCP port", file=sys.stderr)
        return EXIT_USAGE
    missing = [f for f in args.files if "://" not in f and not Path(f).exists()]
    if missing:
        print(f"newsread: no such file: {missing[0]}", file=sys.stderr)
        return EXIT_USAGE
    try:
        from textual_serve.server import Server
    except ImportError:
        print(NOT_INSTALLED, file=sys.stderr)
        return EXIT_USAGE
    url = f"http://{args.host}:{args.port}"
    print(WARNING.format(url=url), file=sys.stderr)
    if args.host not in (DEFAULT_HOST, "localhost", "::1"):
        print(f"newsread: warning: listening on {args.host}, not only on this machine", file=sys.stderr)
    server = Server(reader_command(args.files, args.date, args.model), host=args.host, port=args.port,
                    title="newsread")
    server.serve()
    return 0
