// One printer: its state, a temperature chart of the last hour (uPlot, vendored), its
// recent jobs, its last HIL report, and for operators a G-code console.
import { signedIn, header, el, api, toast, liveStream, canOperate, temp, hotend, bed, ago, when } from "/static/common.js";
import { makeCard, updateCard } from "/static/cards.js";
import { consolePanel } from "/static/console.js";
import { hilPanel } from "/static/hil.js";

const user = await signedIn();
header(user, "fleet");
const main = document.getElementById("main");
const [agent, printer] = location.pathname.split("/").slice(2).map(decodeURIComponent);
const key = `${agent}/${printer}`;
const card = makeCard(key, canOperate(user));
const chartBox = el("div", { id: "chart", class: "chart" });
const jobList = el("ul", { class: "plain", id: "printer-jobs" });
const info = el("dl", { class: "facts", id: "facts" });
const parts = [el("h1", {}, key),
  el("div", { class: "columns" }, el("div", {}, card, el("section", { class: "panel" }, el("h2", {}, "Profile"), info)),
    el("section", { class: "panel grow" }, el("h2", {}, "Temperatures, last hour"), chartBox,
      el("p", { class: "muted small" }, "Kept in the coordinator's memory since it started (not stored)."))),
  el("section", { class: "panel" }, el("h2", {}, "Jobs on this printer"), jobList)];
if (canOperate(user)) parts.push(consolePanel(agent, printer));
const hil = hilPanel(agent, printer);
parts.push(hil.panel);
setInterval(hil.load, 30000); // a new report (printfarm-hil on the agent) shows without a reload
main.replaceChildren(...parts);

function loadUplot() {
  document.head.append(el("link", { rel: "stylesheet", href: "/static/uPlot.min.css" }));
  return new Promise((ok, bad) => document.head.append(el("script", { src: "/static/uPlot.iife.min.js", onload: ok, onerror: bad })));
}

let plot = null;
async function chart() {
  const s = await api("GET", `/printers/${encodeURIComponent(agent)}/${encodeURIComponent(printer)}/temperatures`);
  const heaters = Object.keys(s.actual);
  const NAMES = { T: "Hotend", T0: "Hotend", T1: "Hotend 2", B: "Bed", C: "Chamber" };
  const data = [s.ts, ...heaters.flatMap((h) => [s.actual[h], s.target[h]])];
  const colors = ["#e4572e", "#2e86de", "#17a398", "#8e44ad"];
  const series = [{}, ...heaters.flatMap((h, i) => [
    { label: `${NAMES[h] || h}`, stroke: colors[i % 4], width: 2 },
    { label: `${NAMES[h] || h} target`, stroke: colors[i % 4], dash: [5, 5], width: 1 }])];
  const width = Math.max(300, chartBox.clientWidth - 8);
  if (!plot || plot.series.length !== series.length) {
    if (plot) plot.destroy();
    chartBox.replaceChildren();
    // Always the last hour: one sample alone would otherwise stretch the axis over years.
    const hour = (_u, _min, max) => { const end = max ?? Date.now() / 1000; return [end - 3600, end]; };
    plot = new uPlot({ width, height: 260, series, scales: { x: { time: true, range: hour } }, axes: [{}, { label: "°C" }] }, data, chartBox);
  } else plot.setData(data);
}

const jobs = new Map();
let current = null;
function facts(p) {
  const rows = [["Firmware", [p.firmware_name, p.firmware && `(${p.firmware})`].filter(Boolean).join(" ")], ["Profile", p.profile], ["Nozzle", p.nozzle_diameter && `${p.nozzle_diameter} mm`],
    ["Material", p.material], ["Build volume", p.build_volume && p.build_volume.join(" × ") + " mm"], ["Site", p.site],
    ["Tags", (p.tags || []).join(", ")], ["Hotend", temp(hotend(p.temperatures))], ["Bed", temp(bed(p.temperatures))],
    ["Last seen", p.online ? "now" : ago(p.last_seen)]];
  info.replaceChildren(...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v || "–")]));
}
function listJobs() {
  const mine = [...jobs.values()].filter((j) => j.printer_key === key).sort((a, b) => b.created_at - a.created_at).slice(0, 20);
  jobList.replaceChildren(...mine.map((j) => el("li", {}, el("a", { href: `/job/${encodeURIComponent(j.id)}` }, j.name),
    ` · ${j.state} · ${when(j.created_at)}`)));
}
liveStream("/live", (items) => {
  let jobsChanged = false;
  for (const item of items) {
    if (item.printer && item.printer.key === key) { current = item.printer; facts(current); }
    if (item.job) { jobs.set(item.job.id, item.job); jobsChanged = true; }
  }
  if (current) updateCard(card, current, current.job_id ? jobs.get(current.job_id) : null);
  if (jobsChanged) listJobs();
});

try { await loadUplot(); await chart(); setInterval(() => chart().catch(() => {}), 5000); }
catch (e) { chartBox.replaceChildren(el("p", { class: "error" }, `chart unavailable: ${e.message || e}`)); }
