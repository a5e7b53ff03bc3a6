#!/usr/bin/env python3
"""Decision latency of the local platform's autoscaler (driven by decision.sh).

For each round, with app `decide` at one FREE worker (simple policy:
min_workers 1, max_workers 2, max_queue_size 2):
  1. one long request makes the worker BUSY;
  2. two more wait in the queue (queue = 2 = max_queue_size: no trigger);
  3. a fourth request makes the queue exceed max_queue_size -> scale up.
The decision latency is the new worker's `createdAt` minus the `createAt` of
that fourth queue entry (both stamped by the server, millisecond resolution);
the scale-up event's `createdAt` is reported the same way. Then every client
goes away and the round ends when the app is back to one FREE worker
(max_idle_time).

usage: decision.py ENDPOINT TOKEN ROUNDS
"""

import datetime
import http.client
import json
import socket
import sys
import time

ENDPOINT, TOKEN, ROUNDS = sys.argv[1], sys.argv[2], int(sys.argv[3])
HOST, PORT = ENDPOINT.replace("http://", "").split(":")
PORT = int(PORT)
APP = "/api/apps/v1/namespaces/default/apps/decide"
ROUTE = "/api/routes/v1/default/decide/sse"
DEADLINE = 60.0


def api(path):
    c = http.client.HTTPConnection(HOST, PORT, timeout=10)
    c.request("GET", path, headers={"Authorization": "Bearer " + TOKEN})
    r = c.getresponse()
    body = r.read()
    c.close()
    if r.status != 200:
        raise SystemExit(f"GET {path}: {r.status} {body[:200]!r}")
    return json.loads(body)


def ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def until(what, check):
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        v = check()
        if v:
            return v
        time.sleep(0.005)
    raise SystemExit(f"timed out waiting for {what}")


def workers():
    return api(APP + "/workers?showAll=false&recentDays=2")["workers"]


def queue():
    return api(APP + "/request_queues")["queues"]


def open_request():
    s = socket.create_connection((HOST, PORT))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    s.sendall(
        f"GET {ROUTE} HTTP/1.1\r\nHost: {HOST}\r\nAuthorization: Bearer {TOKEN}\r\nConnection: close\r\n\r\n".encode()
    )
    return s


def one_free():
    w = workers()
    return len(w) == 1 and w[0].get("detailStatus") == "DETAIL_STATUS_FREE" and w


def pct(values, p):
    v = sorted(values)
    i = max(0, min(len(v) - 1, int(-(-p * len(v) // 100)) - 1))
    return v[i]


worker_ms, event_ms = [], []
for n in range(ROUNDS):
    before = {w["id"] for w in until("one FREE worker", one_free)}
    clients = [open_request()]
    until("the worker BUSY", lambda: any(w.get("detailStatus") == "DETAIL_STATUS_BUSY" for w in workers()))
    clients += [open_request(), open_request()]
    until("two queued", lambda: len(queue()) == 2)
    if len(workers()) != 1:
        raise SystemExit("a worker was added before the queue exceeded max_queue_size")
    clients.append(open_request())
    q = until("three queued", lambda: (lambda q: len(q) == 3 and q)(queue()))
    trigger = ts(q[2]["createAt"])
    new = until("the new worker", lambda: [w for w in workers() if w["id"] not in before])
    worker_ms.append((ts(new[0]["createdAt"]) - trigger) * 1000)
    events = api(APP + "/events?pageSize=50")["events"]
    ups = [e for e in events if "scale up 1" in e["message"] and "max_queue_size 2" in e["message"]
           and ts(e["createdAt"]) >= trigger - 0.0015]
    if ups:
        event_ms.append((ts(ups[-1]["createdAt"]) - trigger) * 1000)
    for c in clients:
        c.close()
    print(f"round {n + 1}: worker created {worker_ms[-1]:.0f} ms, event {event_ms[-1] if ups else float('nan'):.0f} ms after the trigger",
          flush=True)

print("== result ==")
print(f"rounds={len(worker_ms)} decision latency (queue createAt -> new worker createdAt): "
      f"p50 {pct(worker_ms, 50):.0f} ms, p99 {pct(worker_ms, 99):.0f} ms, max {max(worker_ms):.0f} ms "
      f"(timestamps have 1 ms resolution; goal p99 < 10 ms: {'met' if pct(worker_ms, 99) < 10 else 'NOT met'})")
if event_ms:
    print(f"scale-up event createdAt - trigger: p50 {pct(event_ms, 50):.0f} ms, p99 {pct(event_ms, 99):.0f} ms, "
          f"max {max(event_ms):.0f} ms")
