#!/usr/bin/env python3
"""Kills Table Storage (Azurite) under load, restarts it, and reports what the API answered meanwhile.

usage: storage_outage.py API_BASE DISTRICT AZURITE_JS AZURITE_PORT AZURITE_DIR [AZURITE_PID]
Four threads request a mix of routes: ones whose version is in memory, one that is not (a pinned
version never asked for before the outage), and /api/health. Phases: 5 s up, storage killed for 15 s,
storage restarted from the same folder, 15 s more. Fails (exit 1) on any answer during the outage that
is neither 200 nor 503 with Retry-After, any answer slower than 1.5 s, or data missing after the restart.
"""
import http.client, json, os, signal, subprocess, sys, threading, time, urllib.parse
from collections import Counter, defaultdict

API, DISTRICT, AZ_JS, AZ_PORT, AZ_DIR = sys.argv[1:6]
az_pid = int(sys.argv[6]) if len(sys.argv) > 6 else None
host = urllib.parse.urlparse(API)

def get(conn, path):
    start = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse(); body = r.read()
    return r.status, r.getheader("Retry-After"), r.getheader("X-Storage-Status"), time.perf_counter() - start, body

conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
landing = json.loads(get(conn, f"/api/districts/{DISTRICT}")[4])
version = landing["currentVersion"]
WARM = [f"/api/districts/{DISTRICT}/collections/facilities/items?limit=5", f"/api/districts/{DISTRICT}/collections", f"/api/districts/{DISTRICT}/coverage?area=north"]
PINNED = f"/api/districts/{DISTRICT}@{version}/collections/streets/items?limit=3"
COLD = "/api/districts/999999/collections/facilities/items?limit=3"  # the synthetic district: never read before the outage
for path in WARM + [PINNED]:
    get(conn, path)

phase = "up"
rows, lock, stop = [], threading.Lock(), threading.Event()

def worker(i):
    c = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    paths = WARM + [PINNED, COLD, "/api/health"]
    n = i
    while not stop.is_set():
        path = paths[n % len(paths)]; n += 1
        if path == COLD and phase == "up":
            continue
        try:
            status, retry, storage, elapsed, _ = get(c, path)
        except Exception as e:
            status, retry, storage, elapsed = 0, None, type(e).__name__, 10.0
            c.close(); c = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
        with lock:
            rows.append((phase, path, status, retry, storage, elapsed, time.perf_counter()))
        time.sleep(0.02)

def start_azurite():
    return subprocess.Popen(["node", AZ_JS, "--location", AZ_DIR, "--tableHost", "127.0.0.1", "--tablePort", AZ_PORT,
                             "--disableTelemetry", "--skipApiVersionCheck"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
[t.start() for t in threads]
time.sleep(5)
phase = "down"; killed_at = time.perf_counter()
os.kill(az_pid, signal.SIGKILL)
time.sleep(15)
phase = "restarted"; restarted_at = time.perf_counter()
az = start_azurite()
time.sleep(15)
stop.set(); [t.join() for t in threads]

by = defaultdict(Counter)
for p, path, status, retry, storage, elapsed, at in rows:
    by[(p, path.split("?")[0].replace(f"/api/districts/{DISTRICT}", "~"))][status] += 1
for key in sorted(by):
    print(f"{key[0]:9} {key[1]:45} {dict(by[key])}")
down = [r for r in rows if r[0] == "down"]
bad = [r for r in down if not (r[2] == 200 or (r[2] == 503 and r[3]))]
slow = [r for r in rows if r[5] > 1.5]
health_down = Counter(r[2] for r in down if r[1] == "/api/health")
def recovered(path):
    ok = [r[6] for r in rows if r[0] == "restarted" and r[1] == path and r[2] == 200]
    return round(min(ok) - restarted_at, 2) if ok else None
recovery = recovered(COLD)
print(f"down: max_ms={max((r[5] for r in down), default=0) * 1000:.0f} bad={len(bad)} health={dict(health_down)}")
print(f"slower_than_1.5s={len(slow)} first_200_after_restart_s: health={recovered('/api/health')} never_loaded_route={recovery}")
listed = json.loads(get(http.client.HTTPConnection(host.hostname, host.port, timeout=10), "/api/districts")[4])
still_there = any(d["code"] == DISTRICT for d in listed["districts"])
print(f"data_after_restart={'present' if still_there else 'MISSING'}")
az.send_signal(signal.SIGTERM); az.wait(10)
sys.exit(1 if bad or slow or recovery is None or recovery > 5 or not still_there or health_down.get(200) else 0)
