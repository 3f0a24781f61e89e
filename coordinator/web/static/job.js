// One job: its state, analysis and printer, and the timeline of its events.
import { signedIn, header, el, api, duration, when, pct } from "/static/common.js";
import { thumbnailUrl } from "/static/cards.js";
import { needsOf, labelOf } from "/static/requirements.js";

const user = await signedIn();
header(user, "queue");
document.getElementById("live-dot").remove(); // this page refreshes itself every 5 s
const main = document.getElementById("main");
const id = decodeURIComponent(location.pathname.split("/").pop());

async function load() {
  let job, events;
  try {
    [job, events] = await Promise.all([api("GET", `/jobs/${encodeURIComponent(id)}`), api("GET", `/jobs/${encodeURIComponent(id)}/events`)]);
  } catch (e) { main.replaceChildren(el("p", { class: "error" }, `Job ${id}: ${e.message}`)); return; }
  const printer = job.printer_key
    ? el("a", { href: `/printer/${job.printer_key.split("/").map(encodeURIComponent).join("/")}` }, job.printer_key) : "–";
  const finished = events.find((e) => e.kind === "job_finished" && e.detail && e.detail.duration_s);
  const facts = [
    ["State", el("span", { class: `state s-${job.state}` }, job.state)],
    ["Owner", job.submitter], ["File", `${job.file_name} (${(job.file_size / 1024).toFixed(1)} KiB)`],
    ["Printer", printer], ["Progress", pct(job.progress) || "–"],
    ["Estimate", job.estimated_s ? duration(job.estimated_s) : "–"],
    ["Actual", finished ? duration(finished.detail.duration_s) : "–"],
    ["Filament", job.filament_g ? `${job.filament_g.toFixed(1)} g` : "–"],
    ["Priority", String(job.priority)], ["Attempts", String(job.attempts)],
    ["Waiting", job.waiting ? job.waiting.message : "–"], ["Message", job.message || "–"],
  ];
  // Progress events are many: keep the last of each run of them.
  const shown = events.filter((e, i) => e.kind !== "job_progress" || (events[i + 1] || {}).kind !== "job_progress");
  const timeline = el("ol", { class: "timeline", id: "timeline" },
    ...shown.map((e) => el("li", { "data-kind": e.kind }, el("time", {}, when(e.ts)), el("b", {}, e.kind.replaceAll("_", " ")),
      e.printer_key ? ` on ${e.printer_key}` : "", detail(e.detail))));
  main.replaceChildren(el("h1", {}, job.name, el("span", { class: "muted small" }, ` ${job.id}`)),
    el("div", { class: "columns" },
      el("dl", { class: "panel facts" }, ...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
      needsPanel(job.requirements),
      job.variants.length ? variantsPanel(job) : null,
      job.thumbnail ? el("figure", { class: "panel picture" },
        el("img", { class: "thumb-large", id: "thumbnail", src: thumbnailUrl(job.id), alt: `${job.name}: slicer preview` })) : null,
      el("section", { class: "panel" }, el("h2", {}, "Timeline"), timeline)));
}

// What the job needs of a printer, each with where it came from (the file or a person).
function needsPanel(r) {
  const needs = needsOf(r);
  const rows = needs.map(([name, words, origin]) => el("tr", { "data-need": name },
    el("th", {}, labelOf(name)), el("td", {}, words), el("td", { class: origin.startsWith("set by") ? "by-person" : "muted" }, origin || "not recorded")));
  return el("section", { class: "panel", id: "needs" }, el("h2", {}, "Requirements"),
    needs.length ? el("table", { class: "needs" }, el("tbody", {}, ...rows)) : el("p", { class: "muted" }, "any printer"));
}

// A model sliced for several printer classes: each slice, and the one the job was given.
function variantsPanel(job) {
  const rows = job.variants.map((v) => el("tr", { class: v.chosen ? "chosen" : "", "data-chosen": String(v.chosen) },
    el("td", {}, v.label), el("td", {}, v.estimated_s ? duration(v.estimated_s) : "–"),
    el("td", {}, v.filament_g ? `${v.filament_g.toFixed(1)} g` : "–"),
    el("td", {}, v.chosen ? "chosen" : job.state === "queued" ? "candidate" : "")));
  return el("section", { class: "panel", id: "variants" }, el("h2", {}, "Sliced for"),
    el("table", { class: "needs" }, el("thead", {}, el("tr", {}, ...["Printer class", "Estimate", "Filament", ""].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows)));
}

// Wire bookkeeping (versions, sequence numbers, ids) says nothing to a person.
const NOISE = new Set(["v", "seq", "ts", "type", "job_id", "file_sha256", "fencing_token", "token"]);

function detail(d) {
  const parts = Object.entries(d || {}).filter(([k, v]) => !NOISE.has(k) && v !== null && v !== "").map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`);
  return parts.length ? el("div", { class: "muted small" }, parts.join(" · ")) : null;
}

await load();
setInterval(load, 5000);
