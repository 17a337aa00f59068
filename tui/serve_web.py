"""The web server behind ``newsread serve``: textual-serve with the guards it lacks.

textual-serve starts a reader for every WebSocket that reaches ``/ws``, from
anyone: another local user, or any web page open in the user's browser (a page
may open a WebSocket to 127.0.0.1), could read the articles and write to the
journal. This server:

* serves the page only with the run's token (``/?token=...``) and the WebSocket
  only at ``/ws/<token>`` (constant-time comparison);
* accepts a WebSocket only when its ``Origin`` is the page's own origin;
* runs at most ``max_sessions`` readers and clamps terminal sizes;
* checks every browser message instead of asserting on it;
* has no ``/download`` route (newsread never delivers files) and no static
  directory listing.

Imported only by ``newsread serve`` (textual-serve is an optional extra).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import socket

import aiohttp_jinja2
import jinja2
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from newsread.serve import clamp_size, origin_allowed, origin_of, read_envelope, token_matches

log = logging.getLogger("newsread.serve")

# A paste is the largest thing a browser sends; a megabyte is a long article.
MAX_MESSAGE_BYTES = 1024 * 1024
# Ctrl+C should stop the server promptly, not wait a minute for open tabs.
SHUTDOWN_SECONDS = 5.0
# The page holds the token in its address: never send it on as a Referer (the
# page loads a font from Google), never let another site frame it.
PAGE_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
}


class GuardedServer(Server):
    """textual-serve's Server, reachable only with the token, from its own page, a few tabs at a time."""

    def __init__(self, command: str, *, sock: socket.socket, public_url: str, token: str,
                 max_sessions: int) -> None:
        host, port = sock.getsockname()[:2]
        super().__init__(command, host=host, port=port, title="newsread", public_url=public_url)
        self.sock = sock
        self.token = token
        self.origin = origin_of(public_url)
        self.max_sessions = max_sessions
        self.sessions = 0

    async def _make_app(self) -> web.Application:
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws/{token}", self.handle_websocket, name="websocket"),
            web.static("/static", self.statics_path, name="static"),
        ])
        return app

    async def on_startup(self, app: web.Application) -> None:
        """Silent: cmd_serve has printed the address with its token already."""

    def serve(self, debug: bool = False) -> None:
        """Run until Ctrl+C or SIGTERM, on the socket cmd_serve bound (so the printed port is right)."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self.request_exit)
            except (NotImplementedError, RuntimeError):
                pass
        # No access log: each line would print the token from the request line.
        web.run_app(self._make_app(), sock=self.sock, handle_signals=False, loop=loop,
                    print=lambda *args: None, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS)

    async def handle_index(self, request: web.Request) -> web.Response:
        if not token_matches(request.query.get("token", ""), self.token):
            raise self._refuse(request, web.HTTPForbidden, "the page address needs the token newsread printed")
        ws_scheme = "wss" if self.public_url.startswith("https") else "ws"
        font_size = min(max(_to_int(request.query.get("fontsize", ""), 16), 6), 64)
        context = {
            "font_size": font_size,
            # The page's script appends "?width=..&height=.." itself: the token goes in the path.
            "app_websocket_url": f"{ws_scheme}:{self.public_url.split(':', 1)[1]}/ws/{self.token}",
            "config": {"static": {"url": f"{self.public_url}/static/"}},
            "application": {"name": "newsread"},
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers.update(PAGE_HEADERS)
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if not token_matches(request.match_info.get("token", ""), self.token):
            raise self._refuse(request, web.HTTPForbidden, "wrong token")
        if not origin_allowed(request.headers.get("Origin"), self.origin):
            raise self._refuse(request, web.HTTPForbidden,
                               f"only pages from {self.origin} may connect")
        if self.sessions >= self.max_sessions:
            raise self._refuse(request, web.HTTPServiceUnavailable,
                               f"{self.max_sessions} readers are open already (--max-sessions)")
        # Counted before the first await, so simultaneous handshakes cannot all slip under the cap.
        self.sessions += 1
        try:
            return await self._run_session(request)
        finally:
            self.sessions -= 1

    async def _run_session(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's handle_websocket, with the size clamped and messages checked."""
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE_BYTES)
        width, height = clamp_size(request.query.get("width", "80"), request.query.get("height", "24"))
        app_service: AppService | None = None
        try:
            await websocket.prepare(request)
            app_service = AppService(self.command, write_bytes=websocket.send_bytes,
                                     write_str=websocket.send_str, close=websocket.close,
                                     download_manager=self.download_manager, debug=self.debug)
            await app_service.start(width, height)
            await self._process_messages(websocket, app_service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one broken session must not take the server down
            log.exception(error)
        finally:
            if app_service is not None:
                await app_service.stop()
        return websocket

    async def _process_messages(self, websocket: web.WebSocketResponse, app_service: AppService) -> None:
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            envelope = read_envelope(message.data)
            if envelope is None:
                continue
            kind, data = envelope
            if kind == "stdin":
                await app_service.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize":
                await app_service.set_terminal_size(*data)
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()

    def _refuse(self, request: web.Request, kind: type[web.HTTPException], why: str) -> web.HTTPException:
        """The refusal to raise, logged with the peer's address (never the token, never its headers)."""
        what = "a WebSocket" if request.match_info.route.name == "websocket" else "the page"
        log.warning("refused %s from %s: %s", what, request.remote, why)
        return kind(text=f"newsread: refused: {why}\n")


def _to_int(value: str, default: int) -> int:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 4 else default
