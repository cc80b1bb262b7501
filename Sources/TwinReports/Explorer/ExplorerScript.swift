import ScenarioFiles
import TwinExperiments

/// The explorer page's script: hand-written JavaScript, no libraries, no `eval`. It reads the
/// JSON data blob (``ExplorerJSON``), builds a slider per parameter (a selector when it has
/// four values or fewer) that stops only at computed values, and on every move
/// snaps to a computed point (the rule of ``ExplorerSelection``) and redraws the metric
/// cards and the SVG charts.
///
/// Elements the browser check reads: `[data-role=metric-value]` (the cards' values) and
/// `[data-role=parameter-value]` (the sliders' values).
enum ExplorerScript {
  static let source = #"""
    "use strict";
    // The sweep explorer: a slider (or selector) per swept parameter, snapping to computed design
    // points; the selected point's metrics; each metric against the parameter moved last; trade-off
    // scatters of every point. Data: the JSON in #explorer-data, written by `community-twin explore`.

    const data = JSON.parse(document.getElementById("explorer-data").textContent);
    const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    const WIDTH = 440, HEIGHT = 270;                                  // chart viewBox [px]
    const MARGIN = { left: 66, right: 18, top: 34, bottom: 58 };
    const LABEL_CHARACTERS = 58;                                     // longer axis labels wrap
    const SELECTOR_LIMIT = 4;                                        // up to this many values: a selector

    let selected = data.initial;   // index into data.points
    let moved = 0;                 // the parameter moved last: the metric charts' x axis

    // ---- Numbers, as the reports write them (NumberText, MetricDisplay): no locale.

    /** `x` rounded to `decimals` places, thousands grouped with ",", minus sign "−"; "–" for none. */
    function fixed(x, decimals) {
      if (x === null || !Number.isFinite(x)) return "–";
      const text = Math.abs(x).toFixed(decimals);
      const [whole, fraction] = text.split(".");
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? "." + fraction : "");
      return x < 0 && Number(text) !== 0 ? "−" + grouped : grouped;
    }

    /** A metric's value (model unit) scaled to its display unit; null stays null. */
    function scaled(metric, value) {
      return value === null ? null : value * metric.scale;
    }

    /** A formatted number with `unit`: "60.6%", "4.05 days", "62.8" (an index 0–100). */
    function withUnit(text, unit) {
      if (text === "–" || unit === "" || unit === "0–100") return text;
      return unit.startsWith("%") ? text + unit : text + " " + unit;
    }

    function axisTitle(label, unit) {
      return unit ? `${label} [${unit}]` : label;
    }

    // ---- Snapping: the rule of ExplorerSelection (Swift), which the tests check.

    /** The extent of parameter k's computed values (1 when there is one value). */
    function extent(k) {
      const levels = data.parameters[k].levels;
      return levels[levels.length - 1] - levels[0] || 1;
    }

    /** The point with parameter k at `level` nearest to the selection in the other parameters
     * (scaled by their extents; the first in point order on a tie); the selection when none. */
    function snap(k, level) {
      let best = selected, bestDistance = Infinity;
      data.points.forEach((point, p) => {
        if (point.values[k] !== level) return;
        let distance = 0;
        point.values.forEach((value, j) => {
          if (j !== k) distance += ((value - data.points[selected].values[j]) / extent(j)) ** 2;
        });
        if (distance < bestDistance) { best = p; bestDistance = distance; }
      });
      return best;
    }

    // ---- SVG.

    function svgElement(tag, attributes, parent, text) {
      const element = document.createElementNS(SVG_NAMESPACE, tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (text !== undefined) element.textContent = text;
      if (parent) parent.appendChild(element);
      return element;
    }

    /** Round ticks (1, 2 or 5 × 10^k apart, about five) covering [low, high] widened to at least
     * 1 % of its magnitude (so that noise in the last digits is not blown up), and their labels
     * (in k or M from 10,000 up). */
    function ticks(low, high) {
      const middle = (low + high) / 2, span = Math.max(high - low, Math.abs(middle) * 0.01) || 1;
      [low, high] = [Math.min(low, middle - span / 2), Math.max(high, middle + span / 2)];
      const rough = (high - low) / 5;
      const power = Math.pow(10, Math.floor(Math.log10(rough)));
      const step = [1, 2, 5, 10].map(m => m * power).find(s => s >= rough * (1 - 1e-9));
      const first = Math.floor(low / step + 1e-9), last = Math.ceil(high / step - 1e-9);
      const values = [];
      for (let i = first; i <= last; i++) values.push(i * step);
      const top = Math.max(...values.map(Math.abs));
      const [divisor, suffix] = top >= 1e6 ? [1e6, " M"] : top >= 1e4 ? [1e3, " k"] : [1, ""];
      const decimals = Math.max(0, -Math.floor(Math.log10(step / divisor) + 1e-9));
      return { values, label: v => fixed(v / divisor, decimals) + (v === 0 ? "" : suffix) };
    }

    /** `text` at (x, y), on two lines when it is long. */
    function label(parent, x, y, text, attributes) {
      const element = svgElement("text", Object.assign({ x, y }, attributes), parent);
      const cut = text.length > LABEL_CHARACTERS ? text.lastIndexOf(" ", LABEL_CHARACTERS) : -1;
      const lines = cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text];
      lines.forEach((line, i) => svgElement("tspan", { x, dy: i === 0 ? 0 : "1.15em" }, element, line));
    }

    /** A chart: title, grid, axes with ticks and titles. Returns the svg, the plot layer and the
     * scales from data to viewBox coordinates. */
    function frame(title, xTitle, yTitle, xs, ys) {
      const svg = svgElement("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": title, class: "chart" });
      svgElement("title", {}, svg, title);
      svgElement("text", { x: MARGIN.left, y: 18, class: "chart-title" }, svg, title);
      const xt = ticks(Math.min(...xs), Math.max(...xs)), yt = ticks(Math.min(...ys), Math.max(...ys));
      const [x0, x1] = [xt.values[0], xt.values[xt.values.length - 1]];
      const [y0, y1] = [yt.values[0], yt.values[yt.values.length - 1]];
      const width = WIDTH - MARGIN.left - MARGIN.right, height = HEIGHT - MARGIN.top - MARGIN.bottom;
      const bottom = MARGIN.top + height;
      const x = v => MARGIN.left + (v - x0) / (x1 - x0) * width;
      const y = v => bottom - (v - y0) / (y1 - y0) * height;
      const axes = svgElement("g", { class: "axes" }, svg);
      for (const v of yt.values) {
        svgElement("line", { x1: MARGIN.left, x2: MARGIN.left + width, y1: y(v), y2: y(v), class: "grid" }, axes);
        svgElement("text", { x: MARGIN.left - 6, y: y(v) + 4, "text-anchor": "end" }, axes, yt.label(v));
      }
      for (const v of xt.values) {
        svgElement("line", { x1: x(v), x2: x(v), y1: bottom, y2: bottom + 5 }, axes);
        svgElement("text", { x: x(v), y: bottom + 18, "text-anchor": "middle" }, axes, xt.label(v));
      }
      svgElement("line", { x1: MARGIN.left, x2: MARGIN.left + width, y1: bottom, y2: bottom }, axes);
      label(axes, MARGIN.left + width / 2, bottom + 36, xTitle, { "text-anchor": "middle", class: "axis-title" });
      const yAxis = svgElement("g", { transform: `translate(16 ${MARGIN.top + height / 2}) rotate(-90)` }, axes);
      label(yAxis, 0, 0, yTitle, { "text-anchor": "middle", class: "axis-title" });
      return { svg, plot: svgElement("g", { class: "plot" }, svg), x, y };
    }

    function figure(content, caption) {
      const element = document.createElement("figure");
      element.append(content);
      if (caption) {
        const text = document.createElement("figcaption");
        text.textContent = caption;
        element.append(text);
      }
      return element;
    }

    function ring(chart, x, y) {
      svgElement("circle", { cx: chart.x(x), cy: chart.y(y), r: 7, class: "selected" }, chart.plot);
    }

    // ---- Charts.

    /** The points with the selection's values of every parameter but the moved one, by the moved
     * one; on a Latin hypercube (no two points share them) every point. */
    function slice() {
      const others = data.points[selected].values;
      const sharing = data.points.filter(p => p.values.every((v, k) => k === moved || v === others[k]));
      const points = sharing.length >= 2 ? sharing : data.points;
      return { points: points.slice().sort((a, b) => a.values[moved] - b.values[moved]), isSlice: sharing.length >= 2 };
    }

    /** Metric m against the moved parameter: mean line and 95 % CI band through a slice (gaps
     * where nothing was measured), or dots with CI whiskers for every point; the selection ringed. */
    function metricChart(m, cut) {
      const metric = data.metrics[m], parameter = data.parameters[moved];
      const measured = cut.points.filter(p => p.metrics[m][0] !== null);
      if (measured.length === 0) return figure(`${metric.label}: not measured at these points.`);
      const value = (p, i) => scaled(metric, p.metrics[m][i] === null ? p.metrics[m][0] : p.metrics[m][i]);
      const chart = frame(metric.label, axisTitle(parameter.name, parameter.unit), metric.unit || metric.name,
        measured.map(p => p.values[moved]), measured.flatMap(p => [value(p, 0), value(p, 1), value(p, 2)]));
      if (cut.isSlice) {
        const runs = [[]];   // runs of consecutive measured points
        for (const p of cut.points) {
          if (p.metrics[m][0] === null) { if (runs[runs.length - 1].length > 0) runs.push([]); } else runs[runs.length - 1].push(p);
        }
        for (const run of runs.filter(r => r.length > 0)) {
          const at = (p, i) => `${chart.x(p.values[moved])},${chart.y(value(p, i))}`;
          const band = run.map(p => at(p, 2)).concat(run.slice().reverse().map(p => at(p, 1)));
          svgElement("polygon", { points: band.join(" "), class: "band" }, chart.plot);
          svgElement("polyline", { points: run.map(p => at(p, 0)).join(" "), class: "line" }, chart.plot);
        }
      }
      for (const p of measured) {
        const cx = chart.x(p.values[moved]);
        if (!cut.isSlice) svgElement("line", { x1: cx, x2: cx, y1: chart.y(value(p, 1)), y2: chart.y(value(p, 2)), class: "whisker" }, chart.plot);
        const dot = svgElement("circle", { cx, cy: chart.y(value(p, 0)), r: 3.5, class: "dot" }, chart.plot);
        svgElement("title", {}, dot, `${pointName(p)}: ${withUnit(fixed(value(p, 0), metric.decimals), metric.unit)}`);
      }
      const current = data.points[selected];
      if (measured.includes(current)) ring(chart, current.values[moved], value(current, 0));
      return figure(chart.svg);
    }

    /** A trade-off axis's value at point p: a metric's mean (display unit) or a parameter's value. */
    function coordinate(axis, p) {
      return "metric" in axis ? scaled(data.metrics[axis.metric], p.metrics[axis.metric][0]) : p.values[axis.parameter];
    }

    function coordinateTitle(axis) {
      if ("metric" in axis) return axisTitle(data.metrics[axis.metric].label, data.metrics[axis.metric].unit);
      return axisTitle(data.parameters[axis.parameter].name, data.parameters[axis.parameter].unit);
    }

    /** Every point at (x, y), the selection ringed. */
    function tradeOffChart(tradeOff) {
      const points = data.points.filter(p => coordinate(tradeOff.x, p) !== null && coordinate(tradeOff.y, p) !== null);
      if (points.length === 0) return figure(`${tradeOff.title}: no point has both values.`);
      const chart = frame(tradeOff.title, coordinateTitle(tradeOff.x), coordinateTitle(tradeOff.y),
        points.map(p => coordinate(tradeOff.x, p)), points.map(p => coordinate(tradeOff.y, p)));
      for (const p of points) {
        const dot = svgElement("circle", { cx: chart.x(coordinate(tradeOff.x, p)), cy: chart.y(coordinate(tradeOff.y, p)), r: 3.5, class: "dot" }, chart.plot);
        svgElement("title", {}, dot, pointName(p));
      }
      const current = data.points[selected];
      if (points.includes(current)) ring(chart, coordinate(tradeOff.x, current), coordinate(tradeOff.y, current));
      return figure(chart.svg, "Each dot is a design point (means over its replications); the ring is the selected point.");
    }

    function levelText(k, value) {
      const parameter = data.parameters[k];
      return withUnit(parameter.texts[parameter.levels.indexOf(value)], parameter.unit);
    }

    function pointName(p) {
      return `Point ${p.point} (` + p.values.map((v, k) => `${data.parameters[k].name} = ${levelText(k, v)}`).join(", ") + ")";
    }

    // ---- The page.

    function buildControls() {
      const container = document.getElementById("controls");
      data.parameters.forEach((parameter, k) => {
        const row = document.createElement("div");
        row.className = "control";
        const name = document.createElement("label");
        name.htmlFor = `parameter-${k}`;
        name.textContent = axisTitle(parameter.name, parameter.unit);
        const isSelector = parameter.levels.length <= SELECTOR_LIMIT;
        const control = document.createElement(isSelector ? "select" : "input");
        control.id = `parameter-${k}`;
        if (isSelector) {
          parameter.levels.forEach((level, i) => control.add(new Option(levelText(k, level), String(i))));
        } else {
          Object.assign(control, { type: "range", min: "0", max: String(parameter.levels.length - 1), step: "1" });
        }
        const shownValue = document.createElement("output");
        shownValue.htmlFor = control.id;
        shownValue.dataset.role = "parameter-value";
        control.addEventListener("input", () => {
          moved = k;
          selected = snap(k, parameter.levels[Number(control.value)]);
          render();
        });
        row.append(name, control, shownValue);
        container.append(row);
      });
    }

    function renderControls() {
      const point = data.points[selected];
      data.parameters.forEach((parameter, k) => {
        const control = document.getElementById(`parameter-${k}`);
        control.value = String(parameter.levels.indexOf(point.values[k]));
        control.parentElement.querySelector("output").textContent = levelText(k, point.values[k]);
      });
      document.getElementById("selected-point").textContent =
        `Point ${point.point} (${selected + 1} of ${data.points.length} computed), ${point.n} replication${point.n === 1 ? "" : "s"}.`;
    }

    function renderMetrics() {
      const point = data.points[selected];
      const cards = data.metrics.map((metric, m) => {
        const [mean, low, high] = point.metrics[m].map(v => fixed(scaled(metric, v), metric.decimals));
        const card = document.createElement("div");
        card.className = "metric";
        const parts = [
          ["metric-label", metric.label],
          ["metric-value", withUnit(mean, metric.unit)],
          ["metric-ci", mean === "–" ? "not measured at this point"
            : low === "–" ? "no 95 % CI (needs 2 or more replications)"
            : "95 % CI " + (low.startsWith("−") || high.startsWith("−") ? `${low} to ${high}` : `${low}–${high}`)],
          ["metric-note", { higher: "higher is better", lower: "lower is better" }[metric.preference] || ""],
        ];
        for (const [kind, text] of parts) {
          const line = document.createElement("div");
          line.className = kind;
          line.textContent = text;
          if (kind === "metric-value") line.dataset.role = "metric-value";
          card.append(line);
        }
        return card;
      });
      document.getElementById("metrics").replaceChildren(...cards);
    }

    function renderCharts() {
      document.getElementById("trade-off-charts").replaceChildren(...data.tradeoffs.map(tradeOffChart));
      const cut = slice();
      document.getElementById("moved-parameter").textContent = data.parameters[moved].name;
      document.getElementById("metric-charts-note").textContent = cut.isSlice
        ? "Mean (line) and 95 % confidence interval (band) at each computed value, the other parameters as selected; the ring is the selected point."
        : "No other computed point shares the selected values of the other parameters, so every point is shown (mean and 95 % CI), the other parameters varying; the ring is the selected point.";
      document.getElementById("metric-charts").replaceChildren(...data.metrics.map((_, m) => metricChart(m, cut)));
    }

    function render() {
      renderControls();
      renderMetrics();
      renderCharts();
    }

    buildControls();
    render();
    """#

  /// The script for a page in `language`: ``source`` itself in English; in Chinese with each
  /// English text of ``chineseTexts`` replaced (`ExplorerTests` checks that each occurs in
  /// ``source`` exactly once, so the table cannot go stale silently).
  static func source(_ language: ReportLanguage) -> String {
    guard language == .zh else { return source }
    var out = source
    for (english, chinese) in chineseTexts { out = out.replacing(english, with: chinese) }
    return out
  }

  /// The script's English texts and their Chinese, as whole source fragments. Numbers in
  /// Chinese: no thousands separators, 万 from 100,000 and 亿 from 10⁸ to about four
  /// significant digits, as ``FileFormats/NumberText/Style/chineseReport``.
  static let chineseTexts: [(String, String)] = [
    (
      #"const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? "." + fraction : "");"#,
      #"""
      if (Math.abs(x) >= 1e5) {
              const [divisor, word] = Math.abs(x) >= 1e8 ? [1e8, "亿"] : [1e4, "万"];
              const myriads = Math.abs(x) / divisor;
              let digits = myriads.toFixed(Math.max(0, 4 - String(Math.floor(myriads)).length));
              if (digits.includes(".")) digits = digits.replace(/0+$/, "").replace(/\.$/, "");
              return (x < 0 ? "−" : "") + digits + word;
            }
            const grouped = whole + (fraction ? "." + fraction : "");
      """#
    ),
    (#"return unit.startsWith("%") ? text + unit : text + " " + unit;"#, #"return text + unit;"#),
    (
      #"const [divisor, suffix] = top >= 1e6 ? [1e6, " M"] : top >= 1e4 ? [1e3, " k"] : [1, ""];"#,
      #"const [divisor, suffix] = top >= 1e8 ? [1e8, "亿"] : top >= 1e5 ? [1e4, "万"] : [1, ""];"#
    ),
    ("`${metric.label}: not measured at these points.`", "`${metric.label}：这些设计点没有测量值。`"),
    ("`${tradeOff.title}: no point has both values.`", "`${tradeOff.title}：没有设计点同时具有这两个值。`"),
    (
      #""Each dot is a design point (means over its replications); the ring is the selected point.""#,
      #""每个点是一个设计点（各次重复的均值）；圆环为所选设计点。""#
    ),
    (
      #"return `Point ${p.point} (` + p.values.map((v, k) => `${data.parameters[k].name} = ${levelText(k, v)}`).join(", ") + ")";"#,
      #"return `设计点${p.point}（` + p.values.map((v, k) => `${data.parameters[k].name} = ${levelText(k, v)}`).join("，") + "）";"#
    ),
    (
      #"`Point ${point.point} (${selected + 1} of ${data.points.length} computed), ${point.n} replication${point.n === 1 ? "" : "s"}.`"#,
      #"`设计点${point.point}（已计算的${data.points.length}个中的第${selected + 1}个），重复${point.n}次。`"#
    ),
    (#""not measured at this point""#, #""此设计点没有测量值""#),
    (#""no 95 % CI (needs 2 or more replications)""#, #""无95%置信区间（需要2次或以上重复）""#),
    (
      #""95 % CI " + (low.startsWith("−") || high.startsWith("−") ? `${low} to ${high}` : `${low}–${high}`)"#,
      #""95%置信区间 " + (low.startsWith("−") || high.startsWith("−") ? `${low} 至 ${high}` : `${low}–${high}`)"#
    ),
    (#"{ higher: "higher is better", lower: "lower is better" }"#, #"{ higher: "越高越好", lower: "越低越好" }"#),
    (
      #""Mean (line) and 95 % confidence interval (band) at each computed value, the other parameters as selected; the ring is the selected point.""#,
      #""各已计算取值处的均值（线）和95%置信区间（带），其他参数取所选值；圆环为所选设计点。""#
    ),
    (
      #""No other computed point shares the selected values of the other parameters, so every point is shown (mean and 95 % CI), the other parameters varying; the ring is the selected point.""#,
      #""没有其他已计算的设计点与所选的其他参数取值相同，因此显示全部设计点（均值和95%置信区间），其他参数各不相同；圆环为所选设计点。""#
    ),
  ]
}
