"""A local HTTP server for the feed tests (no internet): paths map to (status, body, delay)."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Site:
    def __init__(self):
        self.pages: dict[str, tuple[int, bytes, float]] = {}
        self.requests: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def serve(self, path: str, body: str | bytes, *, status: int = 200, delay: float = 0.0):
        self.pages[path] = (status, body.encode() if isinstance(body, str) else body, delay)

    def handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                site.requests.append(self.path)
                status, body, delay = site.pages.get(self.path, (404, b"not found", 0.0))
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/xml" if self.path.endswith(".xml") else "text/html")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout test)

            def log_message(self, *args):
                pass

        return Handler


@pytest.fixture
def site():
    site = Site()
    thread = threading.Thread(target=site.server.serve_forever, daemon=True)
    thread.start()
    yield site
    site.server.shutdown()
    site.server.server_close()
