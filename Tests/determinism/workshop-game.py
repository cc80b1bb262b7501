#!/usr/bin/env python3
"""Plays one fixed workshop game against a server on 127.0.0.1 and saves what it shows.

Usage: workshop-game.py EXECUTABLE SCENARIO OUT_DIR

Starts `EXECUTABLE workshop SCENARIO` on a free loopback port (2 teams, 2 rounds of 7 days, 2
replications), reads the facilitator's address it prints, has team 1 choose devolution then a
pay rise and team 2 more staff, plays both rounds, ends the game, waits for the debrief, and
writes OUT_DIR/workshop-state.json, workshop-debrief.json and workshop-debrief.html as served.
Every request goes to 127.0.0.1 with a 30-second timeout; the whole game is bounded by 120 s;
the server is stopped on the way out. Exit status 1 with a message on any failure."""
import json
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

DEADLINE = time.monotonic() + 120


def main():
    executable, scenario, out = sys.argv[1:]
    out = Path(out)
    server = subprocess.Popen(
        [executable, "workshop", scenario, "--teams", "2", "--round-days", "7", "--rounds", "2",
         "--replications", "2", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        address = None
        for line in server.stdout:
            match = re.search(r"(http://127\.0\.0\.1:\d+)/\?key=([A-Z0-9]+)", line)
            if match:
                address = match.groups()
                break
        if address is None:
            sys.exit("workshop game: the server printed no facilitator address")
        threading.Thread(target=server.stdout.read, daemon=True).start()  # never let its pipe fill
        base, key = address

        def call(path, body=None):
            request = urllib.request.Request(
                f"{base}{path}", data=None if body is None else json.dumps(body).encode(),
                headers={"x-facilitator-key": key, "content-type": "application/json"},
                method="GET" if body is None else "POST")
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.read()

        def state():
            return json.loads(call("/api/state"))

        def wait_until(condition, what):
            while not condition(state()):
                if time.monotonic() > DEADLINE:
                    sys.exit(f"workshop game: {what} within 120 s")
                time.sleep(0.05)

        call("/api/choices", {"team": 1, "options": ["devolution"]})
        call("/api/choices", {"team": 2, "options": ["more_staff"]})
        call("/api/facilitator/play", {})
        wait_until(lambda s: not s["busy"] and s["rounds_played"] == 1, "round 1 was not played")
        call("/api/choices", {"team": 1, "options": ["pay_rise"]})
        call("/api/facilitator/play", {})
        wait_until(lambda s: not s["busy"] and s["rounds_played"] == 2, "round 2 was not played")
        call("/api/facilitator/end", {})
        wait_until(lambda s: s["debrief_ready"], "the debrief was not ready")
        (out / "workshop-state.json").write_bytes(call("/api/state"))
        (out / "workshop-debrief.json").write_bytes(call("/api/debrief"))
        (out / "workshop-debrief.html").write_bytes(call("/debrief.html"))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
