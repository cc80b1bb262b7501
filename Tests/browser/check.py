#!/usr/bin/env python3
"""Browser check for CommunityTwin's HTML pages (reports and sweep explorers).

Opens each page in headless Chromium through the Chrome DevTools Protocol (CDP), spoken over
a WebSocket implemented in cdp.py with the standard library's `socket` (no pip packages), and
fails when a page:

- throws (`Runtime.exceptionThrown`), logs a console error or failed assertion
  (`Runtime.consoleAPICalled` of type error/assert) or a browser error (`Log.entryAdded` of
  level error);
- asks for anything over the network (every request must be `file:`, `data:` or `about:`);
- has no chart, or a chart `<svg>` with no drawn mark (a circle, rect, path, polyline,
  polygon or ellipse whose bounding box is more than a point; a rect covering the whole
  chart is a background, not a mark);
- (explorer pages) does not change its displayed metric values, its displayed parameter
  values and a chart when a slider (or selector) is moved.

Every page's full-page screenshot is saved as PNG. Before the real pages, a self-test runs
the same checks on pages made here (screenshots in OUT/self-test/): a good page must pass,
and a page that throws, one that logs a console error, one that asks for a network resource,
one with an empty chart and an explorer whose slider changes nothing must each be rejected,
so a checker that cannot fail is itself an error.

Usage: check.py --chromium PATH --out DIR [--timeout SECONDS] KIND:FILE...
KIND is `report` (errors and charts) or `explorer` (also the slider check).
Exit status 0 when every page passes, 1 with one line per failure otherwise.
"""

import argparse
import base64
import sys
import shutil
import tempfile
import urllib.parse
from pathlib import Path

from cdp import Browser, CheckFailure, Deadline


# JavaScript evaluated in the page. Charts: every top-level <svg> (an <svg> inside another is
# part of its chart). A mark is a shape whose bounding box is more than a point (a flat line,
# or a bar of length 0 for a value of 0, still counts) and does not cover the whole chart (a
# background). Lines and text are not marks: axes and labels alone make an empty chart.
CHART_SUMMARY_JS = r"""
(() => {
  const shapes = "circle, ellipse, rect, path, polyline, polygon";
  const charts = [...document.querySelectorAll("svg")].filter(svg => !svg.parentElement.closest("svg"));
  return charts.map((svg, index) => {
    const box = svg.getBoundingClientRect();
    const marks = [...svg.querySelectorAll(shapes)].filter(shape => {
      const b = shape.getBoundingClientRect();
      const background = b.width >= box.width - 1 && b.height >= box.height - 1;
      return (b.width > 0 || b.height > 0) && !background;
    });
    const title = svg.querySelector("title");
    return {index, name: svg.getAttribute("aria-label") || (title ? title.textContent : "") || ("svg #" + (index + 1)),
            width: box.width, height: box.height, marks: marks.length};
  });
})()
"""

# The explorer's displayed values: metric values and parameter values, read from elements
# marked with data-role, and the charts' markup.
EXPLORER_STATE_JS = r"""
(() => ({
  metrics: [...document.querySelectorAll("[data-role=metric-value]")].map(e => e.textContent),
  parameters: [...document.querySelectorAll("[data-role=parameter-value]")].map(e => e.textContent),
  charts: [...document.querySelectorAll("svg")].map(svg => svg.outerHTML),
  controls: document.querySelectorAll("input[type=range], select").length
}))()
"""

# Moves the first slider (or selector) to another position, as a user would: set the value,
# then dispatch `input` (and `change`). Returns what was moved.
MOVE_CONTROL_JS = r"""
(() => {
  const control = document.querySelector("input[type=range], select");
  if (control.tagName === "SELECT") {
    control.selectedIndex = control.selectedIndex === 0 ? control.options.length - 1 : 0;
  } else {
    control.value = control.value === control.max ? control.min : control.max;
  }
  control.dispatchEvent(new Event("input", {bubbles: true}));
  control.dispatchEvent(new Event("change", {bubbles: true}));
  return (control.id || control.name || control.tagName) + " = " + control.value;
})()
"""

SETTLE_JS = "new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))"


def evaluate(browser, session, expression, await_promise=False):
    result = browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": await_promise}, session)
    if "exceptionDetails" in result:
        raise CheckFailure(f"the check's own script failed: {result['exceptionDetails'].get('text')}")
    return result["result"].get("value")


def page_problems(browser, session, origin=None):
    """Errors and network requests the page produced so far, as messages. Requests may go to
    `file:`, `data:` and `about:` URLs, or, when `origin` (`http://host:port`) is given, to
    `data:`, `about:` and that origin only."""
    local = ("data", "about") if origin else ("file", "data", "about")
    problems = []
    for event in [e for e in browser.events if e.get("sessionId") == session]:
        method, params = event["method"], event["params"]
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = (details.get("exception", {}).get("description") or details.get("text")).split("\n")[0]
            problems.append(f"uncaught exception at line {details.get('lineNumber', 0) + 1}: {text}")
        elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
            words = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            problems.append(f"console.{params['type']}: {words}")
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            problems.append(f"browser error ({params['entry']['source']}): {params['entry']['text']}")
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if urllib.parse.urlparse(url).scheme not in local and not (origin and url.startswith(origin + "/")):
                problems.append(f"network request: {url}")
    return problems


def check_charts(browser, session):
    charts = evaluate(browser, session, CHART_SUMMARY_JS)
    if not charts:
        raise CheckFailure("no chart (<svg>) on the page")
    empty = [c["name"] for c in charts if c["width"] <= 0 or c["height"] <= 0 or c["marks"] == 0]
    if empty:
        raise CheckFailure(f"{len(empty)} of {len(charts)} charts are empty: " + "; ".join(empty))
    return charts


def check_slider(browser, session):
    before = evaluate(browser, session, EXPLORER_STATE_JS)
    if before["controls"] == 0:
        raise CheckFailure("no slider or selector on the explorer page")
    if not before["metrics"] or not before["parameters"]:
        raise CheckFailure("no displayed metric or parameter values (elements with data-role=metric-value, "
                           "data-role=parameter-value)")
    moved = evaluate(browser, session, MOVE_CONTROL_JS)
    evaluate(browser, session, SETTLE_JS, await_promise=True)
    after = evaluate(browser, session, EXPLORER_STATE_JS)
    unchanged = [what for what in ("metrics", "parameters", "charts") if before[what] == after[what]]
    if unchanged:
        raise CheckFailure(f"moving the slider ({moved}) left the displayed {', '.join(unchanged)} unchanged")
    return moved, before, after


def save_screenshot(browser, session, path):
    size = browser.call("Page.getLayoutMetrics", session=session)["cssContentSize"]
    shot = browser.call("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}}, session)
    path.write_bytes(base64.b64decode(shot["data"]))


def check_page(browser, kind, file, out):
    """Opens `file` in a new tab and runs the checks for `kind`; returns a one-line report."""
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    try:
        for domain in ("Runtime", "Log", "Page", "Network"):
            browser.call(f"{domain}.enable", session=session)
        browser.call("Emulation.setDeviceMetricsOverride",
                     {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session)
        browser.call("Page.navigate", {"url": Path(file).resolve().as_uri()}, session)
        browser.wait_for("Page.loadEventFired", session)
        evaluate(browser, session, SETTLE_JS, await_promise=True)
        stem = Path(file).stem if Path(file).stem not in ("report", "explorer") else Path(file).parent.name + "-" + Path(file).stem
        save_screenshot(browser, session, out / f"{stem}.png")
        charts = check_charts(browser, session)
        line = f"{len(charts)} charts, {sum(c['marks'] for c in charts)} marks"
        if kind == "explorer":
            moved, before, after = check_slider(browser, session)
            save_screenshot(browser, session, out / f"{stem}-moved.png")
            changed = sum(1 for a, b in zip(before["metrics"], after["metrics"]) if a != b)
            line += f"; slider {moved}: {changed} of {len(after['metrics'])} metric values changed"
        problems = page_problems(browser, session)
        if problems:
            raise CheckFailure("; ".join(problems))
        return line
    finally:
        browser.events = [e for e in browser.events if e.get("sessionId") != session]
        browser.call("Target.closeTarget", {"targetId": target})


SELF_TEST_PAGES = {
    "good": ("explorer", """<!DOCTYPE html><meta charset="utf-8"><title>good</title>
<input type="range" min="0" max="1" value="0"><span data-role="parameter-value">0</span>
<span data-role="metric-value">1</span>
<svg width="200" height="100"><rect x="10" y="10" width="30" height="50"/></svg>
<script>"use strict";
document.querySelector("input").addEventListener("input", event => {
  const v = Number(event.target.value);
  document.querySelector("[data-role=parameter-value]").textContent = v;
  document.querySelector("[data-role=metric-value]").textContent = 1 + v;
  document.querySelector("rect").setAttribute("height", 50 - 20 * v);
});</script>"""),
    "throws": ("report", """<!DOCTYPE html><meta charset="utf-8"><title>throws</title>
<svg width="200" height="100"><rect x="10" y="10" width="30" height="50"/></svg>
<script>"use strict"; throw new Error("self-test: a script that throws");</script>"""),
    "console-error": ("report", """<!DOCTYPE html><meta charset="utf-8"><title>console error</title>
<svg width="200" height="100"><rect x="10" y="10" width="30" height="50"/></svg>
<script>"use strict"; console.error("self-test: a console error");</script>"""),
    "empty-chart": ("report", """<!DOCTYPE html><meta charset="utf-8"><title>empty chart</title>
<svg width="200" height="100"><rect x="10" y="10" width="30" height="50"/></svg>
<svg width="200" height="100" aria-label="an empty chart"><rect width="200" height="100" fill="#fff"/>
<line x1="20" y1="90" x2="190" y2="90" stroke="#000"/><line x1="20" y1="10" x2="20" y2="90" stroke="#000"/>
<text x="30" y="20">No data</text></svg>"""),
    "network": ("report", """<!DOCTYPE html><meta charset="utf-8"><title>network</title>
<svg width="200" height="100"><rect x="10" y="10" width="30" height="50"/></svg>
<img src="http://127.0.0.1:9/self-test.png" alt="">"""),
    "frozen-slider": ("explorer", """<!DOCTYPE html><meta charset="utf-8"><title>frozen slider</title>
<input type="range" min="0" max="1" value="0"><span data-role="parameter-value">0</span>
<span data-role="metric-value">1</span>
<svg width="200" height="100"><rect x="10" y="10" width="30" height="50"/></svg>"""),
}


def self_test(browser, out):
    """Runs the checks on pages with known faults; raises unless exactly the good one passes."""
    folder = Path(tempfile.mkdtemp(prefix="twin-browser-selftest-"))
    shots = out / "self-test"
    shots.mkdir(exist_ok=True)
    try:
        for name, (kind, html) in SELF_TEST_PAGES.items():
            page = folder / f"selftest-{name}.html"
            page.write_text(html)
            try:
                check_page(browser, kind, page, shots)
                passed, reason = True, ""
            except CheckFailure as failure:
                passed, reason = False, str(failure)
            if passed != (name == "good"):
                raise CheckFailure(f"self-test: the page '{name}' was {'accepted' if passed else 'rejected'}"
                                   + (f" ({reason})" if reason else "") + "; the checker is broken")
            print(f"self-test {name}: {'accepted' if passed else 'rejected: ' + reason}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chromium", required=True, help="the Chromium executable")
    parser.add_argument("--out", required=True, help="folder for the screenshots and Chromium's log")
    parser.add_argument("--timeout", type=float, default=180, help="seconds for everything (default 180)")
    parser.add_argument("pages", nargs="+", metavar="KIND:FILE", help="report:FILE or explorer:FILE")
    arguments = parser.parse_args()
    pages = []
    for spec in arguments.pages:
        kind, _, file = spec.partition(":")
        if kind not in ("report", "explorer") or not file:
            parser.error(f"'{spec}' is not KIND:FILE with KIND report or explorer")
        if not Path(file).is_file():
            parser.error(f"{file}: no such file")
        pages.append((kind, file))
    out = Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    deadline = Deadline(arguments.timeout)
    failures = []
    browser = None
    try:
        browser = Browser(arguments.chromium, deadline, out / "chromium.log")
        self_test(browser, out)
        for kind, file in pages:
            try:
                print(f"ok   {kind} {file}: {check_page(browser, kind, file, out)}")
            except CheckFailure as failure:
                failures.append(f"FAIL {kind} {file}: {failure}")
                print(failures[-1])
    except CheckFailure as failure:
        failures.append(f"FAIL browser check: {failure}")
        print(failures[-1])
    finally:
        if browser:
            browser.close()
    if failures:
        print(f"browser check: {len(failures)} failure(s); screenshots in {out}", file=sys.stderr)
        return 1
    print(f"browser check: {len(pages)} pages passed; screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
