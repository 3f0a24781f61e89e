// History and statistics: each printer's share of each day spent printing (a line per
// printer, the fleet's mean in bold), jobs ended per day (stacked bars), failures by
// cause, print hours and filament per member, and CSV downloads of each table.
import { signedIn, header, el, api, toast } from "/static/common.js";

const user = await signedIn();
header(user, "history");
const main = document.getElementById("main");
const LOCAL_TZ = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const COLORS = ["#1565c0", "#e4572e", "#17a398", "#8e44ad", "#ef8f00", "#546e7a", "#c2185b", "#2e7d32"];
const MAX_LINES = 8; // printers drawn one by one; the rest are in the mean and the table

const daysSel = el("select", { id: "days" }, ...[7, 14, 30, 90].map((d) => el("option", { value: d, selected: d === 14 }, `${d} days`)));
const tzSel = el("select", { id: "tz" }, el("option", { value: LOCAL_TZ }, `${LOCAL_TZ} (this browser)`));
if (LOCAL_TZ !== "UTC") tzSel.append(el("option", { value: "UTC" }, "UTC"));
const links = el("span", { class: "csv-links", id: "csv-links" });
const utilBox = el("div", { id: "util-chart", class: "chart" });
const jobsBox = el("div", { id: "jobs-chart", class: "chart" });
const utilTable = el("div", { class: "scroll" });
const causeTable = el("div", {});
const memberTable = el("div", {});
main.replaceChildren(
  el("div", { class: "toolbar" }, el("h1", {}, "History"), el("label", {}, "Last ", daysSel), el("label", {}, "Days in ", tzSel), links),
  el("div", { class: "columns" },
    el("section", { class: "panel grow" }, el("h2", {}, "Utilisation per printer per day"), utilBox,
      el("p", { class: "muted small" }, "Time printing (pauses excluded) over the part of the day that has passed.")),
    el("section", { class: "panel" }, el("h2", {}, "Jobs ended per day"), jobsBox)),
  el("section", { class: "panel" }, el("h2", {}, "Printers"), utilTable),
  el("div", { class: "columns" },
    el("section", { class: "panel" }, el("h2", {}, "Failures by cause"), causeTable),
    el("section", { class: "panel grow" }, el("h2", {}, "Members: done jobs' print hours and filament"), memberTable)));

function loadUplot() {
  document.head.append(el("link", { rel: "stylesheet", href: "/static/uPlot.min.css" }));
  return new Promise((ok, bad) => document.head.append(el("script", { src: "/static/uPlot.iife.min.js", onload: ok, onerror: bad })));
}

const pctText = (u) => `${(u * 100).toFixed(1)} %`;
const hours = (s) => (s / 3600).toFixed(1);
const dayTs = (h) => h.days.map((d, i) => h.since + i * 86400); // chart positions (a DST day is drawn as 24 h)
const shortDay = (d) => d.slice(5); // MM-DD

function table(head, rows, id) {
  return el("table", { class: "jobs stats", id },
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, String(c)))))));
}

// One tick per day, thinned to one every few days when the chart is too narrow for all.
function axisDays(h, width) {
  const names = dayNames(h);
  const step = Math.max(1, Math.ceil((h.days.length * 46) / Math.max(1, width - 80)));
  const ticks = dayTs(h).filter((_, i) => (h.days.length - 1 - i) % step === 0);
  return { values: (u, splits) => splits.map((t) => names.get(t) || ""), splits: () => ticks };
}
const dayNames = (h) => new Map(dayTs(h).map((t, i) => [t, shortDay(h.days[i])]));
const daySeries = (h) => ({ label: "Day", value: (u, v) => (v === null || v === undefined ? "–" : h.days[Math.round((v - h.since) / 86400)] || "–") });

let plots = [];
function charts(h) {
  for (const p of plots) p.destroy();
  plots = [];
  const x = dayTs(h);
  const top = [...h.utilisation].sort((a, b) => sum(b.printing_s) - sum(a.printing_s)).slice(0, MAX_LINES);
  const mean = h.days.map((_, i) => h.utilisation.length ? 100 * h.utilisation.reduce((s, p) => s + p.utilisation[i], 0) / h.utilisation.length : 0);
  const util = [x, mean, ...top.map((p) => p.utilisation.map((u) => 100 * u))];
  const uSeries = [daySeries(h), { label: "Fleet mean", stroke: "#1d232b", width: 3, value: (u, v) => v === null ? "–" : `${v.toFixed(1)} %` },
    ...top.map((p, i) => ({ label: p.printer, stroke: COLORS[i % COLORS.length], width: 1.5, value: (u, v) => v === null ? "–" : `${v.toFixed(1)} %` }))];
  const width = (box) => Math.max(300, box.clientWidth - 8);
  plots.push(new uPlot({ width: width(utilBox), height: 260, series: uSeries, scales: { x: { time: false }, y: { range: [0, 100] } },
    axes: [axisDays(h, width(utilBox)), { label: "% of the day printing" }] }, util, utilBox));

  const done = h.outcomes.map((o) => o.done), failed = h.outcomes.map((o) => o.failed), cancelled = h.outcomes.map((o) => o.cancelled);
  // Stacked: each bar is drawn from 0 to its running total, tallest first; the legend shows each count.
  const stack = [done.map((d, i) => d + failed[i] + cancelled[i]), done.map((d, i) => d + failed[i]), done];
  const raw = [cancelled, failed, done];
  const bars = uPlot.paths.bars({ size: [0.7, 40] });
  const jSeries = [daySeries(h), ...["Cancelled", "Failed", "Done"].map((label, i) => ({
    label, fill: ["#b0b6bf", "#c62828", "#2e7d32"][i], stroke: ["#8a9099", "#a11f1f", "#1f5e23"][i], paths: bars, points: { show: false },
    value: (u, v, si, idx) => (idx === null || idx === undefined ? "–" : raw[i][idx]) }))];
  const max = Math.max(1, ...stack[0]);
  plots.push(new uPlot({ width: width(jobsBox), height: 260, series: jSeries,
    scales: { x: { time: false, range: [x[0] - 43200, x[x.length - 1] + 43200] }, y: { range: [0, max + 1] } },
    axes: [axisDays(h, width(jobsBox)), { label: "jobs" }] }, [x, ...stack], jobsBox));
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

function tables(h) {
  const recent = h.days.slice(-7);
  const off = h.days.length - recent.length;
  utilTable.replaceChildren(table(["Printer", "Hours printing", "Mean", ...recent.map(shortDay)],
    h.utilisation.map((p) => [p.printer, hours(sum(p.printing_s)), pctText(sum(p.utilisation) / p.utilisation.length),
      ...recent.map((_, i) => pctText(p.utilisation[off + i]))]), "util-table"));
  const failures = sum(h.causes.map((c) => c.count));
  causeTable.replaceChildren(h.causes.length
    ? table(["Cause", "Jobs", "Share"], h.causes.map((c) => [c.cause.replaceAll("_", " "), c.count, pctText(c.count / failures)]), "cause-table")
    : el("p", { class: "muted", id: "cause-table" }, "No failures in this period."));
  memberTable.replaceChildren(h.members.length
    ? table(["Member", "Done", "Failed", "Print hours", "Filament (g)", "Done without estimate"],
      h.members.map((m) => [m.member || "–", m.jobs_done, m.jobs_failed, m.print_hours.toFixed(2), m.filament_g.toFixed(1), m.without_estimate]), "member-table")
    : el("p", { class: "muted", id: "member-table" }, "No jobs ended in this period."));
}

function csvLinks(days, tz) {
  const q = (kind) => `/stats/history.csv?kind=${kind}&days=${days}&tz=${encodeURIComponent(tz)}`;
  links.replaceChildren("CSV: ", ...["utilisation", "outcomes", "causes", "members"].flatMap((k, i) =>
    [i ? " · " : "", el("a", { href: q(k), download: `printfarm-${k}-${days}d.csv` }, k)]));
}

async function load() {
  const days = daysSel.value, tz = tzSel.value;
  csvLinks(days, tz);
  try {
    const h = await api("GET", `/stats/history?days=${days}&tz=${encodeURIComponent(tz)}`);
    tables(h);
    charts(h);
    main.dataset.loaded = "1";
  } catch (e) { toast(`History: ${e.message}`, true); }
}

daysSel.addEventListener("change", load);
tzSel.addEventListener("change", load);
try { await loadUplot(); } catch (e) { utilBox.replaceChildren(el("p", { class: "error" }, "chart library unavailable")); }
await load();
