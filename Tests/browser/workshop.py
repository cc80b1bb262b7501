#!/usr/bin/env python3
"""Browser check of `community-twin workshop`: plays a short game on a running server in
headless Chromium, as a facilitator would, over the DevTools client of cdp.py.

Steps, each failing with its name: the page loads with its facilitator buttons, team selector,
menu and 4 charts; team 1 ticks its two cheapest options and submits them; round 1 is played
(#play) and the team lines gain points; team 2 ticks another option and submits; round 2 is
played; every team line gained points between the rounds and team 1's and team 2's lines
differ; the narration lists something; the Chinese switch sets `lang="zh-Hans"` and relabels
the buttons; #end shows the debrief link, whose page has charts with marks. No step may throw,
log a console or browser error, or request anything but the workshop's own server, `data:` or
`about:`. Full-page screenshots: workshop-round-2.png (English), workshop-zh.png and
workshop-debrief.png.

Before the real server, a self-test plays the same steps on a page whose charts never update
(a file made here): the check must reject it at round 1, so a check that cannot fail is itself
an error.

Usage: workshop.py --chromium PATH --out DIR [--timeout SECONDS] [--docs DIR] FACILITATOR_URL
--docs DIR also copies workshop-round-2.png and workshop-debrief.png there.
Exit status 0 when the game plays through, 1 with the failing step otherwise."""

import argparse
import json
import shutil
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cdp import Browser, CheckFailure, Deadline  # noqa: E402
from check import SETTLE_JS, check_charts, evaluate, page_problems, save_screenshot  # noqa: E402

# What the charts show: per chart (svg[data-measure]), each line's name (its <title>) and
# point count; the team names as the selector shows them; what the page says and shows.
VIEW_JS = r"""
(() => {
  const shown = el => el && !el.hidden && el.getClientRects().length > 0;
  return {
    teams: [...document.querySelectorAll("#team option")].map(o => o.textContent),
    charts: [...document.querySelectorAll("#charts svg[data-measure]")].map(svg => ({
      measure: svg.dataset.measure,
      lines: [...svg.querySelectorAll("polyline.series")].map(p => ({
        name: (p.querySelector("title") || {}).textContent || "",
        points: (p.getAttribute("points") || "").trim()}))})),
    options: [...document.querySelectorAll("#menu input[name=option]")].map(box => ({
      id: box.value, checked: box.checked, disabled: box.disabled,
      label: box.nextSibling ? box.nextSibling.textContent.trim() : "",
      price: Number(((box.parentElement.querySelector(".price") || {}).textContent || "").replace(/[^0-9.]/g, ""))})),
    chosen: (document.getElementById("chosen") || {}).textContent || "",
    error: shown(document.getElementById("error")) ? document.getElementById("error").textContent : "",
    busy: shown(document.getElementById("progress")),
    facilitator: ["play", "pause", "undo", "replay", "end"].every(id => shown(document.getElementById(id))),
    narration: document.querySelectorAll("#narration li").length,
    lang: document.documentElement.lang,
    labels: ["play", "submit", "end"].map(id => (document.getElementById(id) || {}).textContent || ""),
    debrief: shown(document.getElementById("debrief-link")) ? document.getElementById("debrief-link").href : ""
  };
})()
"""


def click(browser, session, selector):
    found = evaluate(browser, session, f"""(() => {{
      const el = document.querySelector({json.dumps(selector)});
      if (el) el.click();
      return !!el;
    }})()""")
    if not found:
        raise CheckFailure(f"no {selector} on the page")


def select_team(browser, session, index):
    evaluate(browser, session, f"""(() => {{
      const select = document.getElementById("team");
      select.value = "{index}";
      select.dispatchEvent(new Event("change", {{bubbles: true}}));
    }})()""")


def wait_until(browser, session, condition, seconds, what):
    """Polls the page's view until `condition(view)` holds; fails naming `what` after
    `seconds` (or when the page shows an error). Returns the view."""
    end = time.monotonic() + seconds
    while True:
        view = evaluate(browser, session, VIEW_JS)
        if condition(view):
            return view
        if view["error"]:
            raise CheckFailure(f"the page shows an error: {view['error']}")
        if time.monotonic() > end:
            raise CheckFailure(f"{what} within {seconds:.0f} s")
        browser.deadline.left()
        time.sleep(0.1)


def team_points(view, team):
    """Points of team `team`'s line in each chart (None where the chart has no such line)."""
    name = view["teams"][team]
    counts = {}
    for chart in view["charts"]:
        line = next((line for line in chart["lines"] if line["name"] == name), None)
        counts[chart["measure"]] = line["points"] if line else None
    return counts


def count(points):
    return len(points.split()) if points else 0


class Game:
    """One check of a workshop page in a new tab: `run` plays the steps."""

    def __init__(self, browser, url, out, round_seconds):
        self.browser, self.url, self.out, self.round_seconds = browser, url, out, round_seconds
        parsed = urllib.parse.urlparse(url)
        self.origin = f"{parsed.scheme}://{parsed.netloc}" if parsed.scheme in ("http", "https") else None
        self.session = None

    def step(self, name, action):
        try:
            result = action()
            problems = page_problems(self.browser, self.session, self.origin)
            if problems:
                raise CheckFailure("; ".join(problems))
            return result
        except CheckFailure as failure:
            raise CheckFailure(f"{name}: {failure}") from None

    def view(self):
        return evaluate(self.browser, self.session, VIEW_JS)

    def load(self):
        self.browser.call("Page.navigate", {"url": self.url}, self.session)
        self.browser.wait_for("Page.loadEventFired", self.session)
        view = wait_until(self.browser, self.session, lambda v: len(v["teams"]) >= 2 and v["options"],
                          10, "no team selector with 2 teams and no menu")
        if not view["facilitator"]:
            raise CheckFailure("the facilitator buttons #play, #pause, #undo, #replay, #end are not all shown")
        measures = [chart["measure"] for chart in view["charts"]]
        if len(measures) != 4 or len(set(measures)) != 4:
            raise CheckFailure(f"expected 4 charts (svg[data-measure]) in #charts, found {measures}")
        return view

    def choose(self, team, count_wanted, avoid=()):
        """Ticks team `team`'s `count_wanted` cheapest open options (not in `avoid`), submits
        them and waits until the page lists them as chosen. Returns their ids."""
        select_team(self.browser, self.session, team)
        evaluate(self.browser, self.session, SETTLE_JS, await_promise=True)
        view = self.view()
        open_options = sorted((o for o in view["options"] if not o["disabled"] and o["id"] not in avoid),
                              key=lambda o: o["price"])
        picked = open_options[:count_wanted]
        if len(picked) < count_wanted:
            raise CheckFailure(f"only {len(picked)} open options for team {team + 1}")
        for option in picked:
            if not option["checked"]:
                click(self.browser, self.session, f"#menu input[name=option][value={json.dumps(option['id'])}]")
        click(self.browser, self.session, "#submit")
        wait_until(self.browser, self.session,
                   lambda v: all(o["label"] in v["chosen"] for o in picked) and not v["error"],
                   10, f"the page did not list {', '.join(o['label'] for o in picked)} as chosen")
        return [o["id"] for o in picked]

    def play(self, number):
        """Clicks #play and waits until both teams' lines have more points than before."""
        before = self.view()
        click(self.browser, self.session, "#play")

        def grown(view):
            return not view["busy"] and all(
                count(team_points(view, t).get("satisfaction")) > count(team_points(before, t).get("satisfaction"))
                for t in (0, 1))
        return wait_until(self.browser, self.session, grown, self.round_seconds,
                          f"the teams' satisfaction lines gained no points after #play (round {number})")

    def compare_rounds(self, first, second):
        """Every team line present after round 1 has more points after round 2; team 1's and
        team 2's lines differ in at least one chart."""
        for team in (0, 1):
            was, now = team_points(first, team), team_points(second, team)
            for measure, points in was.items():
                if points and count(now.get(measure)) <= count(points):
                    raise CheckFailure(f"team {team + 1}'s {measure} line has {count(now.get(measure))} points after "
                                       f"round 2, {count(points)} after round 1")
        one, two = team_points(second, 0), team_points(second, 1)
        if all(one[m] == two[m] for m in one):
            raise CheckFailure("team 1's and team 2's lines are the same in every chart despite different choices")
        if second["narration"] == 0:
            raise CheckFailure("the narration (#narration) lists nothing after two rounds")

    def switch_language(self):
        english = self.view()["labels"]
        click(self.browser, self.session, "#lang-zh")
        view = wait_until(self.browser, self.session, lambda v: v["lang"] == "zh-Hans", 5,
                          "<html lang> did not become zh-Hans after #lang-zh")
        unchanged = [label for label, was in zip(view["labels"], english) if label == was]
        if unchanged:
            raise CheckFailure(f"labels not translated after #lang-zh: {unchanged}")
        evaluate(self.browser, self.session, SETTLE_JS, await_promise=True)
        save_screenshot(self.browser, self.session, self.out / "workshop-zh.png")
        click(self.browser, self.session, "#lang-en")
        wait_until(self.browser, self.session, lambda v: v["lang"] == "en" and v["labels"] == english, 5,
                   "the page did not return to English after #lang-en")

    def debrief(self):
        click(self.browser, self.session, "#end")
        view = wait_until(self.browser, self.session, lambda v: v["debrief"], 10,
                          "no debrief link (#debrief-link) after #end")
        if self.origin and not view["debrief"].startswith(self.origin + "/debrief.html"):
            raise CheckFailure(f"the debrief link {view['debrief']} is not this server's /debrief.html")
        self.browser.call("Page.navigate", {"url": view["debrief"]}, self.session)
        self.browser.wait_for("Page.loadEventFired", self.session)
        evaluate(self.browser, self.session, SETTLE_JS, await_promise=True)
        charts = check_charts(self.browser, self.session)
        save_screenshot(self.browser, self.session, self.out / "workshop-debrief.png")
        return charts

    def run(self):
        """Plays the game; returns a one-line report."""
        browser = self.browser
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            for domain in ("Runtime", "Log", "Page", "Network"):
                browser.call(f"{domain}.enable", session=self.session)
            browser.call("Emulation.setDeviceMetricsOverride",
                         {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, self.session)
            # No scrollbar: the full-page screenshots are laid out at the width they are taken at.
            browser.call("Emulation.setScrollbarsHidden", {"hidden": True}, self.session)
            self.step("load", self.load)
            first_choice = self.step("team 1 choices", lambda: self.choose(0, 2))
            round1 = self.step("round 1", lambda: self.play(1))
            second_choice = self.step("team 2 choices", lambda: self.choose(1, 1, avoid=first_choice))
            round2 = self.step("round 2", lambda: self.play(2))
            self.step("charts after round 2", lambda: self.compare_rounds(round1, round2))
            save_screenshot(browser, self.session, self.out / "workshop-round-2.png")
            self.step("language", self.switch_language)
            charts = self.step("debrief", self.debrief)
            points = [sum(count(p) for p in team_points(round2, t).values()) for t in (0, 1)]
            return (f"team 1 chose {', '.join(first_choice)}, team 2 {', '.join(second_choice)}; after 2 rounds "
                    f"{points[0]} and {points[1]} chart points, {round2['narration']} narrated events; debrief: "
                    f"{len(charts)} charts, {sum(c['marks'] for c in charts)} marks")
        finally:
            browser.events = [e for e in browser.events if e.get("sessionId") != self.session]
            browser.call("Target.closeTarget", {"targetId": target})


# A workshop page whose controls answer but whose charts never change: the check must reject
# it at round 1.
FROZEN_PAGE = """<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>frozen workshop</title>
<p id="status">Round 0 of 3</p><div id="progress" hidden></div><div id="error" hidden></div>
<button id="lang-en">English</button><button id="lang-zh">中文</button>
<section id="facilitator"><button id="play">Play</button><button id="pause">Pause</button>
<button id="undo">Undo</button><button id="replay">Replay</button><button id="end">End</button>
<a id="debrief-link" href="#" hidden>Debrief</a></section>
<select id="team"><option value="0">Team 1</option><option value="1">Team 2</option></select>
<form id="menu">%s</form><button type="button" id="submit">Submit</button><p id="chosen"></p>
<div id="charts">%s</div><ol id="narration"><li>Week 1: nothing.</li></ol>
<script>"use strict";
document.getElementById("submit").addEventListener("click", () => {
  document.getElementById("chosen").textContent = "Chosen: " + [...document.querySelectorAll("#menu input:checked")]
    .map(box => box.nextSibling.textContent.trim()).join(", ");
});
let played = 0;
document.getElementById("play").addEventListener("click", () => {
  played += 1; document.getElementById("status").textContent = "Round " + played + " of 3";
});
</script></html>
""" % (
    "".join(f'<label><input type="checkbox" name="option" value="o{i}"> Option {i}<span class="price">CNY {i}</span>'
            f"</label>" for i in range(1, 4)),
    "".join(f'<svg width="200" height="100" data-measure="{m}"><polyline class="series" points="0,50 40,60">'
            f'<title>Team 1</title></polyline><polyline class="series" points="0,50 40,40"><title>Team 2</title>'
            f"</polyline></svg>" for m in ("satisfaction", "response_days", "utilization", "money_held_cny")))


def self_test(browser, out):
    folder = Path(tempfile.mkdtemp(prefix="twin-workshop-selftest-"))
    shots = out / "self-test"
    shots.mkdir(exist_ok=True)
    try:
        page = folder / "frozen-workshop.html"
        page.write_text(FROZEN_PAGE)
        try:
            Game(browser, page.as_uri(), shots, round_seconds=2).run()
            reason = None
        except CheckFailure as failure:
            reason = str(failure)
        if reason is None or not reason.startswith("round 1:"):
            raise CheckFailure("self-test: the frozen workshop page was "
                               + (f"rejected at another step ({reason})" if reason else "accepted")
                               + "; the checker is broken")
        print(f"self-test frozen workshop: rejected: {reason}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chromium", required=True, help="the Chromium executable")
    parser.add_argument("--out", required=True, help="folder for the screenshots and Chromium's log")
    parser.add_argument("--timeout", type=float, default=60, help="seconds for everything (default 60)")
    parser.add_argument("--round-seconds", type=float, default=30, help="most seconds a round may take (default 30)")
    parser.add_argument("--docs", help="also copy the English and debrief screenshots into this folder")
    parser.add_argument("url", help="the facilitator's URL the workshop printed")
    arguments = parser.parse_args()
    if urllib.parse.urlparse(arguments.url).hostname != "127.0.0.1":
        parser.error(f"{arguments.url}: the check plays on 127.0.0.1 only")
    out = Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    browser = None
    started = time.monotonic()
    try:
        browser = Browser(arguments.chromium, Deadline(arguments.timeout), out / "chromium-workshop.log")
        self_test(browser, out)
        line = Game(browser, arguments.url, out, arguments.round_seconds).run()
    except CheckFailure as failure:
        print(f"FAIL workshop {failure}", file=sys.stderr)
        print(f"workshop check failed; screenshots in {out}", file=sys.stderr)
        return 1
    finally:
        if browser:
            browser.close()
    if arguments.docs:
        for name in ("workshop-round-2.png", "workshop-debrief.png"):
            shutil.copyfile(out / name, Path(arguments.docs) / name)
        print(f"copied workshop-round-2.png and workshop-debrief.png into {arguments.docs}")
    print(f"ok   workshop: {line} ({time.monotonic() - started:.1f} s); screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
