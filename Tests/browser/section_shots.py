#!/usr/bin/env python3
"""Screenshots of chosen sections of a report or explorer page, for the README and
Docs/examples: headless Chromium over the DevTools Protocol (the browser check's client).

Usage: section_shots.py CHROMIUM PAGE OUT_DIR SELECTOR[=NAME[:MAX_HEIGHT]]...
Each SELECTOR is a CSS selector (e.g. section#findings); the PNG is OUT_DIR/NAME.png, clipped
to the element's box and at most MAX_HEIGHT CSS pixels tall (default 1400)."""
import base64
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check import Browser, Deadline, evaluate, SETTLE_JS  # noqa: E402


def main():
    chromium, page, out, *specs = sys.argv[1:]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    browser = Browser(chromium, Deadline(120), str(out / "chromium.log"))
    try:
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.call("Page.enable", session=session)
        browser.call("Emulation.setDeviceMetricsOverride",
                     {"width": 1000, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session)
        browser.call("Page.navigate", {"url": Path(page).resolve().as_uri()}, session)
        browser.wait_for("Page.loadEventFired", session)
        evaluate(browser, session, SETTLE_JS, await_promise=True)
        for spec in specs:
            selector, _, rest = spec.partition("=")
            name, _, height = (rest or selector.replace("#", "-")).partition(":")
            box = evaluate(browser, session, f"""(() => {{
              const b = document.querySelector({selector!r}).getBoundingClientRect();
              return {{x: b.left + scrollX, y: b.top + scrollY, width: b.width, height: b.height}};
            }})()""")
            clip = {"x": max(box["x"] - 12, 0), "y": max(box["y"] - 12, 0), "width": box["width"] + 24,
                    "height": min(box["height"] + 24, float(height or 1400)), "scale": 1}
            shot = browser.call("Page.captureScreenshot",
                                {"format": "png", "captureBeyondViewport": True, "clip": clip}, session)
            (out / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))
            print(f"{name}.png: {clip['width']:.0f} x {clip['height']:.0f}")
    finally:
        browser.close()


if __name__ == "__main__":
    main()
