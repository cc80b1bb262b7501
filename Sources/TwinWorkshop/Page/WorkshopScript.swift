extension WorkshopPage {
  /// The page's script: polls `/api/state`, draws the menu, the charts and the narration, and
  /// sends a team's choices and the facilitator's actions. Plain ES2017, no library.
  static let script = #"""
    "use strict";
    const params = new URLSearchParams(location.search);
    const code = params.get("code") || "";
    const key = params.get("key") || "";
    let lang = document.body.dataset.lang;
    const palette = document.body.dataset.palette.split(" ");
    let state = null, team = Math.max(0, (parseInt(params.get("team") || "1", 10) || 1) - 1);
    let replayUpTo = null, edited = false, menuRound = -1;
    const T = {
      en: {facilitator: "Facilitator", play: "Play the round", pause: "Pause", resume: "Resume", undo: "Undo the last round",
        replay: "Replay", end: "End and debrief", debrief: "Open the debrief", download: "Download it (HTML)", team: "Team", submit: "Submit choices",
        narration: "What happened", round: "Round", of: "of", day: "day", paused: "paused", ended: "the game has ended",
        ready: "choose, then the facilitator plays the round", budget: "Budget left", inForce: "in force",
        chosenNow: "Chosen for the next round", none: "nothing", statusQuo: "Status quo (no change)", week: "week",
        playing: "Simulating", satisfaction: "Satisfaction (index 0–100)", response: "Mean response (days)",
        utilization: "Staff busy share (%)", money: "Money held (CNY)", gameDay: "game day", allPlayed: "all rounds played"},
      zh: {facilitator: "主持人", play: "推进本轮", pause: "暂停", resume: "继续", undo: "撤销上一轮", replay: "回放",
        end: "结束并复盘", debrief: "打开复盘报告", download: "下载（HTML）", team: "小组", submit: "提交选择", narration: "发生了什么",
        round: "第", of: "轮，共", day: "天", paused: "已暂停", ended: "游戏已结束", ready: "请选择，主持人推进本轮",
        budget: "剩余预算", inForce: "已实施", chosenNow: "下一轮的选择", none: "无", statusQuo: "维持现状（不作改变）",
        week: "周", playing: "模拟中", satisfaction: "满意度（0–100）", response: "平均响应时间（天）",
        utilization: "工作人员忙碌比例（%）", money: "资金结余（元）", gameDay: "游戏天数", allPlayed: "所有轮次已完成"}
    };
    const t = k => T[lang][k];
    const text = x => x[lang];
    const $ = id => document.getElementById(id);
    const fmt = (x, d) => x == null || !isFinite(x) ? "–" :
      Number(x).toLocaleString(lang === "zh" ? "zh-CN" : "en-US", {maximumFractionDigits: d, minimumFractionDigits: d});
    const cny = x => (lang === "zh" ? "" : "CNY ") + fmt(x, 0) + (lang === "zh" ? " 元" : "");

    async function api(method, path, body) {
      const headers = {"x-join-code": code};
      if (key) headers["x-facilitator-key"] = key;
      if (body !== undefined) headers["content-type"] = "application/json";
      const reply = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
      const data = await reply.json().catch(() => ({error: reply.statusText}));
      if (!reply.ok) { const error = new Error(data.error || reply.statusText); error.status = reply.status; throw error; }
      return data;
    }
    function showError(e) { const box = $("error"); box.textContent = e ? String(e.message || e) : ""; box.hidden = !e; }

    async function refresh() {
      try { state = await api("GET", "/api/state"); showError(null); render(); }
      catch (e) { if (e.status !== 429) showError(e); }
      // At most 120 requests a minute from a page while a round plays, 30 otherwise: a room of
      // tabs on one machine stays under the server's 600 a minute per address.
      setTimeout(refresh, state && state.busy ? 500 : 2000);
    }

    function render() {
      if (!state) return;  // a language switch before the first state arrived
      document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
      document.querySelectorAll("[data-t]").forEach(el => { el.textContent = t(el.dataset.t); });
      $("title").textContent = "CommunityTwin · " + state.scenario + " · " + fmt(state.residents, 0) + (lang === "zh" ? " 居民" : " residents");
      const played = state.rounds_played, shown = replayUpTo == null ? played : replayUpTo;
      let status = lang === "zh" ? `${t("round")} ${shown} ${t("of")} ${state.rounds} 轮` : `${t("round")} ${shown} ${t("of")} ${state.rounds}`;
      status += " · " + (state.ended ? t("ended") : state.paused ? t("paused") : played >= state.rounds ? t("allPlayed") : t("ready"));
      $("status").textContent = status;
      const progress = $("progress");
      progress.hidden = !state.busy;
      if (state.busy) {
        const share = state.progress.total > 0 ? state.progress.done / state.progress.total : 0;
        $("progress-bar").style.width = (100 * share).toFixed(1) + "%";
        $("progress-text").textContent = t("playing") + " " + (100 * share).toFixed(0) + " %";
      }
      $("facilitator").hidden = !state.facilitator;
      $("pause").textContent = state.paused ? t("resume") : t("pause");
      const link = $("debrief-link");
      link.hidden = !(state.ended && state.debrief_ready);
      link.href = "/debrief.html?lang=" + lang + "&code=" + encodeURIComponent(code);
      const download = $("debrief-download");
      download.hidden = link.hidden;
      download.href = link.href + "&download=1";
      renderTeams(); renderMenu(); renderCharts(shown); renderNarration(shown);
    }

    function renderTeams() {
      const select = $("team");
      if (select.options.length !== state.teams.length) {
        select.innerHTML = "";
        state.teams.forEach((x, i) => select.add(new Option(String(i + 1), String(i))));
      }
      state.teams.forEach((x, i) => { select.options[i].textContent = text(x.name); });
      team = Math.min(team, state.teams.length - 1);
      select.value = String(team);
    }

    function renderMenu() {
      const mine = state.teams[team];
      $("budget").textContent = `${t("budget")}: ${cny(mine.budget_left_cny)} / ${cny(state.budget_cny)}`;
      const closed = state.ended || state.paused || state.busy || state.rounds_played >= state.rounds;
      const form = $("menu");
      // A round played (or undone) changes prices and what is in force: redraw the menu.
      if (state.rounds_played !== menuRound) { edited = false; menuRound = state.rounds_played; }
      if (!edited || form.children.length !== state.menu.length) {
        form.innerHTML = "";
        for (const option of state.menu) {
          const inForce = mine.chosen.includes(option.id);
          const label = document.createElement("label");
          label.className = "option" + (inForce ? " inforce" : "");
          const box = document.createElement("input");
          box.type = "checkbox"; box.value = option.id; box.name = "option";
          box.checked = inForce || mine.pending.includes(option.id); box.disabled = inForce || closed;
          box.addEventListener("change", () => { edited = true; });
          const price = document.createElement("span");
          price.className = "price"; price.textContent = inForce ? t("inForce") : cny(option.cost_cny);
          const why = document.createElement("span");
          why.className = "why"; why.textContent = text(option.explanation);
          label.append(box, " " + text(option.label), price, why);
          form.append(label);
        }
      }
      $("submit").disabled = closed;
      const names = mine.pending.map(id => text(state.menu.find(o => o.id === id).label));
      $("chosen").textContent = `${t("chosenNow")}: ${names.length ? names.join(", ") : t("none")}`;
    }

    const measures = [
      {key: "satisfaction", title: "satisfaction", scale: 1, digits: 1},
      {key: "response_days", title: "response", scale: 1, digits: 1},
      {key: "utilization", title: "utilization", scale: 100, digits: 0},
      {key: "money_held_cny", title: "money", scale: 1, digits: 0}];

    function series(shown) {
      const lines = state.teams.map((x, i) => ({name: text(x.name), color: palette[i % palette.length], dash: "", rounds: x.rounds}));
      lines.push({name: t("statusQuo"), color: "#777777", dash: "6 4", rounds: state.status_quo.rounds});
      return lines.map(line => ({...line, weeks: line.rounds.slice(0, shown).flatMap(r => r.weeks)}));
    }

    function renderCharts(shown) {
      const lines = series(shown);
      $("legend").innerHTML = "";
      for (const line of lines) {
        const item = document.createElement("span");
        const swatch = document.createElement("i");
        swatch.style.background = line.color;
        item.append(swatch, line.name);
        $("legend").append(item);
      }
      $("charts").innerHTML = measures.map(m => chart(m, lines)).join("");
    }

    function esc(s) { return String(s).replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"})[c]); }

    function chart(measure, lines) {
      const W = 420, H = 220, L = 64, R = 12, TOP = 28, B = 34;
      const xMax = state.rounds * state.round_days;
      const values = lines.flatMap(l => l.weeks.map(w => w[measure.key])).filter(v => v != null && isFinite(v)).map(v => v * measure.scale);
      let lo = values.length ? Math.min(...values) : 0, hi = values.length ? Math.max(...values) : 1;
      if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
      const pad = (hi - lo) * 0.08; lo -= pad; hi += pad;
      const x = d => L + (W - L - R) * d / xMax, y = v => TOP + (H - TOP - B) * (1 - (v - lo) / (hi - lo));
      let svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(t(measure.title))}" data-measure="${measure.key}">`;
      svg += `<text x="${L}" y="16" font-size="13" font-weight="600">${esc(t(measure.title))}</text>`;
      for (let r = 0; r <= state.rounds; r++) {
        const gx = x(r * state.round_days).toFixed(1);
        svg += `<line x1="${gx}" x2="${gx}" y1="${TOP}" y2="${H - B}" stroke="#ddd"/>`;
        if (r < state.rounds) svg += `<text x="${(x((r + 0.5) * state.round_days)).toFixed(1)}" y="${H - B + 14}" font-size="10" text-anchor="middle" fill="#555">${lang === "zh" ? "第" + (r + 1) + "轮" : "R" + (r + 1)}</text>`;
      }
      for (const v of [lo + pad, hi - pad]) {
        svg += `<text x="${L - 4}" y="${(y(v) + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="#555">${fmt(v, measure.digits)}</text>`;
        svg += `<line x1="${L}" x2="${W - R}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#eee"/>`;
      }
      svg += `<text x="${(L + W - R) / 2}" y="${H - 4}" font-size="10" text-anchor="middle" fill="#555">${esc(t("gameDay"))}</text>`;
      // The status quo (last) first, so the teams' lines are drawn over it.
      for (const line of [...lines].reverse()) {
        const points = line.weeks.filter(w => w[measure.key] != null && isFinite(w[measure.key]))
          .map(w => `${x(w.day).toFixed(1)},${y(w[measure.key] * measure.scale).toFixed(1)}`);
        if (points.length) svg += `<polyline class="series" fill="none" stroke="${line.color}" stroke-width="2" stroke-dasharray="${line.dash}" points="${points.join(" ")}"><title>${esc(line.name)}</title></polyline>`;
      }
      return svg + "</svg>";
    }

    function renderNarration(shown) {
      const list = $("narration");
      list.innerHTML = "";
      const rounds = state.teams[team].rounds.slice(0, shown);
      rounds.forEach((round, r) => {
        for (const event of round.narration) {
          const item = document.createElement("li");
          const when = lang === "zh" ? `第${r + 1}轮第${event.week}${t("week")}` : `${t("round")} ${r + 1}, ${t("week")} ${event.week}`;
          item.textContent = `${when}: ${text(event.text)}`;
          list.prepend(item);
        }
      });
    }

    async function act(path, body) {
      try { showError(null); state = await api("POST", path, body); render(); } catch (e) { showError(e); }
    }
    $("team").addEventListener("change", e => { team = parseInt(e.target.value, 10); edited = false; render(); });
    $("submit").addEventListener("click", async () => {
      const options = [...document.querySelectorAll("#menu input:checked:not(:disabled)")].map(b => b.value);
      edited = false;
      await act("/api/choices", {team: team + 1, options});
    });
    $("play").addEventListener("click", () => { replayUpTo = null; act("/api/facilitator/play"); });
    $("pause").addEventListener("click", () => act(state.paused ? "/api/facilitator/resume" : "/api/facilitator/pause"));
    $("undo").addEventListener("click", () => { replayUpTo = null; act("/api/facilitator/undo"); });
    $("end").addEventListener("click", () => act("/api/facilitator/end"));
    $("replay").addEventListener("click", () => {
      if (!state || state.rounds_played === 0) return;  // nothing to replay
      replayUpTo = 0; render();
      const step = () => { if (replayUpTo == null) return; replayUpTo += 1; render();
        if (replayUpTo < state.rounds_played) setTimeout(step, 1500); else replayUpTo = null; };
      setTimeout(step, 800);
    });
    $("lang-en").addEventListener("click", () => { lang = "en"; edited = false; render(); });
    $("lang-zh").addEventListener("click", () => { lang = "zh"; edited = false; render(); });
    refresh();
    """#
}
