#!/usr/bin/env python3
"""A plain static server for the built page (build/web/site), bound to 127.0.0.1 only.

Python's own http.server with three additions: the page's Content-Security-Policy is also sent
as a header (read from index.html's <meta>, so there is one source of truth, plus
frame-ancestors, which a <meta> cannot carry), nothing is cached (a rebuilt page shows on reload),
and the .js is sent with its charset. Used by scripts/run and by the browser tests.

Framing: by default no other page may frame this one (frame-ancestors 'none'). To try the
public page in a municipality's site locally, name the sites that may frame it:
JV_FRAME_ANCESTORS="http://127.0.0.1:8081" scripts/serve.py build/web/site 8080"""
import functools
import http.server
import os
import re
import sys
from pathlib import Path


def main() -> None:
    site = Path(sys.argv[1]).resolve()
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    html = (site / "index.html").read_text(encoding="utf-8")
    match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    if not match:
        sys.exit(f"fout: {site / 'index.html'} heeft geen Content-Security-Policy")
    # frame-ancestors only works as a header: a <meta> CSP ignores it.
    ancestors = os.environ.get("JV_FRAME_ANCESTORS", "").strip() or "'none'"
    if not re.fullmatch(r"'none'|'self'|[A-Za-z0-9:/.*\- ']+", ancestors) or "\n" in ancestors:
        sys.exit(f"fout: JV_FRAME_ANCESTORS is geen lijst van adressen: {ancestors!r}")
    csp = match.group(1) + "; frame-ancestors " + ancestors

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".js": "text/javascript; charset=utf-8",
                          ".html": "text/html; charset=utf-8",
                          ".css": "text/css; charset=utf-8"}

        def end_headers(self) -> None:
            self.send_header("Content-Security-Policy", csp)
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            super().end_headers()

        def log_message(self, fmt: str, *args) -> None:
            if "-q" not in sys.argv:
                super().log_message(fmt, *args)

    handler = functools.partial(Handler, directory=str(site))
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        port = server.server_address[1]  # port 0 asks for a free one (the browser tests do)
        print(f"Jeugdvergelijker draait op http://127.0.0.1:{port}/  (stoppen: Ctrl+C)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
