// The queue: drag-and-drop upload, and every job with why it waits; a member acts only
// on their own jobs (the API refuses the rest anyway).
import { signedIn, header, el, api, toast, liveStream, canOperate, canSubmit, duration, pct, when } from "/static/common.js";
import { thumbnailUrl } from "/static/cards.js";
import { requirementsForm, needsLine } from "/static/requirements.js";

const user = await signedIn();
header(user, "queue");
const operator = canOperate(user);
const main = document.getElementById("main");
const jobs = new Map();
const rows = new Map();
const ORDER = ["needs_approval", "printing", "paused", "assigned", "queued", "interrupted", "failed", "cancelled", "done"];
const ENDED = new Set(["done", "failed", "cancelled", "interrupted"]);

const fileInput = el("input", { type: "file", name: "file", id: "file", accept: ".gcode,.gco,.g,.bgcode,.3mf,.stl,.obj" });
const drop = el("div", { class: "drop", id: "drop" }, "Drop G-code here, or ", fileInput);
const upload = el("form", { class: "panel upload", id: "upload" },
  drop,
  el("label", {}, "Copies", el("input", { type: "number", name: "copies", min: 1, max: 1000, value: 1 })),
  el("label", {}, "Priority", el("input", { type: "number", name: "priority", min: -1000, max: 1000, value: 0 })),
  el("label", {}, "Material", el("input", { name: "material", placeholder: "the file's", size: 6 })),
  el("label", {}, "Nozzle (mm)", el("input", { name: "nozzle_diameter", placeholder: "the file's", size: 5, inputmode: "decimal" })),
  el("button", { type: "submit" }, "Queue"));
const table = el("table", { class: "jobs", id: "jobs" },
  el("thead", {}, el("tr", {}, ...["Job", "Owner", "State", "Why / progress", "Priority", "Submitted", ""].map((h) => el("th", {}, h)))),
  el("tbody"));
const editor = requirementsForm(async (job, body) => {
  const changed = await api("PUT", `/jobs/${encodeURIComponent(job.id)}/requirements`, body);
  jobs.set(changed.id, changed);
  render([changed.id]);
  toast(`Requirements of ${job.id} changed`);
});
main.replaceChildren(canSubmit(user) ? upload : "", editor.form, table);

let dropped = null;
drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  dropped = e.dataTransfer.files[0] || null;
  if (dropped) drop.firstChild.textContent = `${dropped.name} — `;
});
upload.addEventListener("submit", async (e) => {
  e.preventDefault();
  const file = dropped || fileInput.files[0];
  if (!file) { toast("Choose or drop a file first", true); return; }
  const form = new FormData();
  form.append("file", file, file.name);
  const data = new FormData(upload);
  form.append("copies", data.get("copies"));
  form.append("priority", data.get("priority"));
  // What the member says overrides what the file's analysis found (the job shows whose).
  const asked = {};
  if (data.get("material")) asked.material = data.get("material");
  if (data.get("nozzle_diameter")) asked.nozzle_diameter = Number(data.get("nozzle_diameter"));
  form.append("requirements", JSON.stringify(asked));
  try {
    const made = await api("POST", "/jobs", form);
    toast(`Queued ${made.map((j) => j.id).join(", ")}`);
    for (const j of made) jobs.set(j.id, j);
    render(made.map((j) => j.id));
    dropped = null; upload.reset(); drop.firstChild.textContent = "Drop G-code here, or ";
  } catch (err) { toast(`Upload refused: ${err.message}`, true); }
});

function mine(job) { return job.submitter === user.username; }

const WAITING = new Set(["queued", "needs_approval"]);
// Who may change a waiting job: an operator any, a member their own (priority up to 0).
function editable(job) { return WAITING.has(job.state) && (operator || mine(job)); }

function priorityCell(job) {
  if (!editable(job)) return String(job.priority);
  const input = el("input", { type: "number", class: "priority", name: "priority", min: -1000,
    max: operator ? 1000 : 0, value: job.priority, title: operator ? "Higher goes first" : "Members may lower their own jobs (up to 0)" });
  input.addEventListener("change", async () => {
    try {
      const changed = await api("POST", `/jobs/${encodeURIComponent(job.id)}/priority`, { priority: Number(input.value) });
      jobs.set(changed.id, changed);
      render([changed.id]);
      toast(`Priority of ${job.id}: ${changed.priority}`);
    } catch (e) { toast(`Priority of ${job.id}: ${e.message}`, true); input.value = job.priority; }
  });
  return input;
}

function buttons(job) {
  const out = [];
  const own = operator || mine(job);
  if (editable(job)) out.push(["edit", "Edit needs"]);
  if (own && !ENDED.has(job.state)) out.push(["cancel", "Cancel"]);
  if (operator && ["interrupted", "failed", "cancelled"].includes(job.state)) out.push(["requeue", "Requeue"]);
  if (operator && job.state === "needs_approval") out.push(["approve", "Approve"]);
  return out.map(([a, label]) => el("button", { class: `act act-${a}`, "data-action": a,
    onclick: () => (a === "edit" ? editor.open(job) : act(a, job)) }, label));
}

async function act(action, job) {
  if (action === "cancel" && !confirm(`Cancel job ${job.id}?`)) return;
  try { await api("POST", `/jobs/${encodeURIComponent(job.id)}/${action}`); toast(`${action}: ${job.id}`); }
  catch (e) { toast(`${action} ${job.id}: ${e.message}`, true); }
}

function why(job) {
  if (job.waiting) return job.waiting.message;
  if (job.state === "printing" || job.state === "paused") {
    return [pct(job.progress), job.printer_key, job.remaining_s ? duration(job.remaining_s) + " left" : ""].filter(Boolean).join(" · ");
  }
  return job.message || job.printer_key || "";
}

function row(job) {
  const tr = el("tr", { "data-id": job.id, "data-state": job.state, "data-priority": job.priority, class: mine(job) ? "mine" : "" },
    el("td", {}, job.thumbnail ? el("img", { class: "thumb-small", src: thumbnailUrl(job.id), alt: "" }) : null,
      el("a", { href: `/job/${encodeURIComponent(job.id)}` }, job.name),
      el("div", { class: "muted small" }, job.id, needsLine(job.requirements))),
    el("td", {}, job.submitter),
    el("td", {}, el("span", { class: `state s-${job.state}` }, job.state)),
    el("td", { class: "why" }, why(job)),
    el("td", {}, priorityCell(job)),
    el("td", {}, when(job.created_at)),
    el("td", { class: "actions" }, ...buttons(job)));
  tr._stamp = JSON.stringify(job);
  return tr;
}

function rank(job) { const i = ORDER.indexOf(job.state); return [i < 0 ? 99 : i, -job.priority, job.created_at]; }
function before(a, b) {
  const ra = rank(a), rb = rank(b);
  for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return ra[i] < rb[i];
  return a.id < b.id;
}

function render(ids) {
  const body = table.tBodies[0];
  let moved = false;
  for (const id of ids) {
    const job = jobs.get(id);
    const old = rows.get(id);
    if (old && old._stamp === JSON.stringify(job)) continue;
    const tr = row(job);
    // A new state or priority moves the row: the table follows the dispatch order.
    if (old && old.dataset.state === job.state && old.dataset.priority === tr.dataset.priority) old.replaceWith(tr);
    else { old && old.remove(); moved = true; }
    rows.set(id, tr);
  }
  if (moved) {
    const sorted = [...jobs.values()].sort((a, b) => (before(a, b) ? -1 : 1));
    body.replaceChildren(...sorted.map((j) => rows.get(j.id)));
  }
}

liveStream("/live", (items) => {
  const ids = [];
  for (const item of items) if (item.job) { jobs.set(item.job.id, item.job); ids.push(item.job.id); }
  if (ids.length) render(ids);
});
