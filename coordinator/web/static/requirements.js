// The form that edits a waiting job's requirements (what it needs of a printer). The
// server checks them as at submit and answers why no printer could print them (422).
import { el, toast } from "/static/common.js";

const FIELDS = [
  ["material", "Material", "any", 8], ["nozzle_diameter", "Nozzle (mm)", "any", 5],
  ["tags", "Tags", "comma separated", 14], ["printer", "Printer", "agent/printer", 14],
  ["site", "Site", "any", 8], ["colour", "Colour", "#rrggbb", 8],
];

// `save(job, body)` sends the change; the form stays open with the refusal if it fails.
export function requirementsForm(save) {
  const inputs = Object.fromEntries(FIELDS.map(([name, , hint, size]) =>
    [name, el("input", { name, placeholder: hint, size })]));
  const title = el("b", {});
  const problem = el("div", { class: "error", id: "req-problem" });
  const cancel = el("button", { type: "button", class: "link" }, "Close");
  const form = el("form", { class: "panel upload", id: "req-form", hidden: true },
    title, ...FIELDS.map(([name, label]) => el("label", {}, label, inputs[name])),
    el("button", { type: "submit" }, "Save"), cancel, problem);
  let job = null;

  function open(target) {
    job = target;
    const r = target.requirements || {};
    title.textContent = `Needs of ${target.name}`;
    for (const [name] of FIELDS) {
      const value = name === "tags" ? (r.tags || []).join(", ") : r[name];
      inputs[name].value = value === null || value === undefined ? "" : String(value);
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

// The whole Requirements: edited fields, and the rest (firmware) kept. Extents are left
// out: the server keeps the ones from the file's analysis.
function body(current, inputs) {
  const text = (name) => inputs[name].value.trim() || null;
  const nozzle = text("nozzle_diameter");
  return {
    firmware: current.firmware || null,
    material: text("material"),
    nozzle_diameter: nozzle === null ? null : Number(nozzle),
    tags: inputs.tags.value.split(",").map((t) => t.trim()).filter(Boolean),
    printer: text("printer"),
    site: text("site"),
    colour: text("colour"),
  };
}
