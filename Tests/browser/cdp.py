"""The Chrome DevTools Protocol, spoken to a headless Chromium over a WebSocket implemented
with the standard library's `socket` (no pip packages), for check.py: a deadline for the whole
check, the WebSocket framing, and a browser process with one call/wait interface."""

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from pathlib import Path


class CheckFailure(Exception):
    """A page (or the browser) did not pass; the message says what and where."""


class Deadline:
    """The time left of the whole check, so that nothing waits forever."""

    def __init__(self, seconds):
        self.end = time.monotonic() + seconds
        self.seconds = seconds

    def left(self):
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise CheckFailure(f"timed out after {self.seconds:.0f} s")
        return remaining


class WebSocket:
    """A minimal RFC 6455 client: the HTTP upgrade handshake, masked text frames out,
    unmasked frames in (fragments joined, pings answered). Enough for CDP's JSON messages."""

    def __init__(self, host, port, path, deadline):
        self.deadline = deadline
        self.sock = socket.create_connection((host, port), timeout=deadline.left())
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        header = b""
        while b"\r\n\r\n" not in header:
            header += self._recv(1)
        status = header.split(b"\r\n", 1)[0]
        if b" 101 " not in status + b" ":
            raise CheckFailure(f"DevTools WebSocket handshake refused: {status.decode(errors='replace')}")

    def _recv(self, count):
        data = b""
        while len(data) < count:
            self.sock.settimeout(self.deadline.left())
            try:
                chunk = self.sock.recv(count - len(data))
            except socket.timeout:
                raise CheckFailure("timed out waiting for Chromium")
            if not chunk:
                raise CheckFailure("Chromium closed the DevTools connection")
            data += chunk
        return data

    def _send_frame(self, opcode, payload):
        header = bytes([0x80 | opcode])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", length)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def send(self, text):
        self._send_frame(0x1, text.encode())

    def receive(self):
        """The next whole text message."""
        message = b""
        while True:
            first, second = self._recv(2)
            opcode, final = first & 0x0F, first & 0x80
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._recv(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._recv(8))[0]
            mask = self._recv(4) if second & 0x80 else None
            payload = self._recv(length)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x9:  # ping
                self._send_frame(0xA, payload)
            elif opcode == 0x8:
                raise CheckFailure("Chromium closed the DevTools connection")
            elif opcode in (0x0, 0x1, 0x2):
                message += payload
                if final:
                    return message.decode()

    def close(self):
        self.sock.close()


class Browser:
    """Headless Chromium and one DevTools connection to it; pages are separate targets
    addressed by session id (flat sessions)."""

    def __init__(self, executable, deadline, log_path):
        self.deadline = deadline
        self.profile = tempfile.mkdtemp(prefix="twin-browser-")
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(
            [executable, "--headless", "--remote-debugging-port=0", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=self.log, stderr=subprocess.STDOUT)
        port_file = Path(self.profile) / "DevToolsActivePort"
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.process.poll() is not None:
                raise CheckFailure(f"Chromium exited with status {self.process.returncode} (log: {log_path})")
            deadline.left()
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.socket = WebSocket("127.0.0.1", int(port), path, deadline)
        self.next_id = 0
        self.events = []

    def call(self, method, params=None, session=None):
        """Sends a command and returns its result; events read meanwhile are kept."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        while True:
            reply = json.loads(self.socket.receive())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise CheckFailure(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, session):
        """Waits for the event `method` of `session`; returns it."""
        while True:
            for event in self.events:
                if event["method"] == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event
            reply = json.loads(self.socket.receive())
            if "method" in reply:
                self.events.append(reply)

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)
