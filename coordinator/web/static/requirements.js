// A job's requirements (what it needs of a printer) and where each came from: the
// file's analysis or a person. `needsOf` words them for the queue and the job page;
// `requirementsForm` edits a waiting job's: the server checks them as at submit and
// answers why no printer could print them (422).
import { el, toast } from "/static/common.js";

// [field, label, placeholder, input size, kind]; the order the pages show them in.
const FIELDS = [
  ["material", "Material", "any", 8, "text"], ["nozzle_diameter", "Nozzle (mm)", "any", 5, "number"],
  ["filament_diameter", "Filament (mm)", "any", 5, "number"], ["tool_count", "Tools", "any", 3, "number"],
  ["bed_temperature", "Bed (°C)", "any", 4, "number"], ["gcode_flavor", "G-code for", "any", 8, "text"],
  ["firmware", "Firmware", "any", 8, "text"], ["tags", "Tags", "comma separated", 14, "tags"],
  ["printer", "Printer", "agent/printer", 14, "text"], ["site", "Site", "any", 8, "text"],
  ["colour", "Colour", "#rrggbb", 8, "text"],
];
const UNITS = { nozzle_diameter: " mm nozzle", filament_diameter: " mm filament", bed_temperature: " °C bed" };

// Where a requirement came from, in words ("" when the job predates provenance).
export function originOf(r, name) {
  const o = (r.provenance || {})[name];
  if (!o) return "";
  return o.source === "file" ? "from the file" : `set by ${o.by || "a person"}`;
}

function worded(name, value) {
  if (name === "tags") return value.map((t) => `#${t}`).join(" ");
  if (name === "extents") return `${value.x.toFixed(0)}×${value.y.toFixed(0)}×${value.z.toFixed(0)} mm`;
  if (name === "tool_count") return `${value} tools`;
  if (name === "printer") return `printer ${value}`;
  if (name === "site") return `site ${value}`;
  if (name === "gcode_flavor") return `${value} G-code`;
  return `${value}${UNITS[name] || ""}`;
}

// A requirement's name for people ("Nozzle (mm)").
export function labelOf(name) {
  const field = FIELDS.find((f) => f[0] === name);
  return field ? field[1] : "Part size";
}

// Every requirement the job has, and every one a person lifted ("any"): [field, words, origin].
export function needsOf(r) {
  if (!r) return [];
  const out = [];
  for (const name of [...FIELDS.map((f) => f[0]), "extents"]) {
    const value = r[name];
    const set = Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
    if (set) out.push([name, worded(name, value), originOf(r, name)]);
    else if ((r.provenance || {})[name]) out.push([name, `any ${name.replaceAll("_", " ")}`, originOf(r, name)]);
  }
  return out;
}

// The compact line of the queue (each part after a " · "): a person's requirements
// marked, the origin in a tooltip.
export function needsLine(r) {
  const parts = needsOf(r).filter(([name]) => name !== "extents" && name !== "filament_diameter");
  return el("span", { class: "needs" }, ...parts.flatMap(([name, words, origin]) => [
    " · ",
    el("span", { "data-need": name, title: origin || "origin not recorded", class: origin.startsWith("set by") ? "by-person" : "" }, words),
  ]));
}

// `save(job, body)` sends the change; the form stays open with the refusal if it fails.
export function requirementsForm(save) {
  const inputs = Object.fromEntries(FIELDS.map(([name, , hint, size, kind]) =>
    [name, el("input", { name, placeholder: hint, size, inputmode: kind === "number" ? "decimal" : null })]));
  const notes = Object.fromEntries(FIELDS.map(([name]) => [name, el("span", { class: "origin muted small", "data-origin": name })]));
  const title = el("b", {});
  const problem = el("div", { class: "error", id: "req-problem" });
  const cancel = el("button", { type: "button", class: "link" }, "Close");
  const form = el("form", { class: "panel upload", id: "req-form", hidden: true },
    title, ...FIELDS.map(([name, label]) => el("label", {}, label, inputs[name], notes[name])),
    el("button", { type: "submit" }, "Save"), cancel, problem);
  let job = null;

  function open(target) {
    job = target;
    const r = target.requirements || {};
    title.textContent = `Needs of ${target.name}`;
    for (const [name] of FIELDS) {
      inputs[name].value = shown(r, name);
      notes[name].textContent = originOf(r, name);
    }
    problem.textContent = "";
    form.hidden = false;
    inputs.material.focus();
  }

  cancel.addEventListener("click", () => { form.hidden = true; job = null; });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!job) return;
    try {
      await save(job, body(job.requirements || {}, inputs));
      form.hidden = true; job = null;
    } catch (err) { problem.textContent = err.message; toast(`Not changed: ${err.message}`, true); }
  });
  return { form, open };
}

function shown(r, name) {
  const value = r[name];
  if (name === "tags") return (value || []).join(", ");
  return value === null || value === undefined ? "" : String(value);
}

function parsed(name, text) {
  if (name === "tags") return text.split(",").map((t) => t.trim()).filter(Boolean);
  if (!text) return null;
  const kind = FIELDS.find((f) => f[0] === name)[4];
  return kind === "number" ? Number(text) : text;
}

// The person's requirements: those they change here, and those already theirs (or of a
// job stored before provenance). The file's that they leave alone are not sent: the
// server keeps them as the file's. Extents always come from the file.
function body(current, inputs) {
  const out = {};
  for (const [name] of FIELDS) {
    const text = inputs[name].value.trim();
    const origin = (current.provenance || {})[name];
    const theirs = origin ? origin.source === "person" : shown(current, name) !== "";
    if (text !== shown(current, name) || theirs) out[name] = parsed(name, text);
  }
  return out;
}
