#!/usr/bin/env python3
"""The get-start app's HTTP server (Python 3 standard library only).

Routes:
  GET /healthz  200 "ok" once the server is up (the readiness probe)
  GET /sse      text/event-stream: SSE_COUNT events (default 10), one every
                SSE_INTERVAL seconds (default 1.0), each flushed at once
  GET /         a short text

The port comes from --port, else $PORT, else $EVERAI_PORT, else 8080.
SIGTERM (and Ctrl-C) stop the server cleanly, exit status 0.
"""

import argparse
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def env_float(name, default):
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value >= 0 else default


def env_int(name, default):
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value >= 0 else default


SSE_INTERVAL = env_float("SSE_INTERVAL", 1.0)
SSE_COUNT = env_int("SSE_COUNT", 10)
stopping = threading.Event()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "get-start/1.0"

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), fmt % args))

    def send_text(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/healthz":
            self.send_text(200, "ok\n")
        elif path == "/sse":
            self.sse()
        elif path == "/":
            worker = os.environ.get("EVERAI_WORKER_ID", "local")
            self.send_text(
                200,
                "Hello from get-start (worker %s)! Try GET /sse for a stream of events.\n" % worker,
            )
        else:
            self.send_text(404, "not found\n")

    def sse(self):
        # Chunked transfer encoding: every event goes out as its own chunk,
        # flushed immediately; the zero-length chunk ends the response.
        # An HTTP/1.0 client cannot read chunks: its body ends when the
        # connection closes instead.
        chunked = self.request_version != "HTTP/1.0"
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command == "HEAD":
            return
        try:
            for i in range(SSE_COUNT):
                if i > 0 and stopping.wait(SSE_INTERVAL):
                    break
                event = "data: event %d of %d at %s\n\n" % (
                    i + 1,
                    SSE_COUNT,
                    time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                )
                self.write_event(event.encode(), chunked)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def write_event(self, data, chunked):
        if chunked:
            data = b"%x\r\n%s\r\n" % (len(data), data)
        self.wfile.write(data)
        self.wfile.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--host", default="0.0.0.0")
    args = parser.parse_args()
    port = args.port
    if port is None:
        port = int(os.environ.get("PORT") or os.environ.get("EVERAI_PORT") or 8080)

    server = ThreadingHTTPServer((args.host, port), Handler)
    server.daemon_threads = True

    def stop(signum, _frame):
        stopping.set()
        # shutdown() waits for serve_forever() to return: call it off the
        # main thread, which is the one serving.
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("get-start listening on %s:%d" % (args.host, port), flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    print("get-start stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
