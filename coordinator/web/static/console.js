// The operator's G-code console: a line goes through the agent's G-code policy; the
// answer is the firmware's lines until the line's `ok`, or why it was refused.
import { el, api } from "/static/common.js";

export function consolePanel(agent, printer) {
  const log = el("pre", { class: "console-log", id: "console-log", "aria-live": "polite" });
  const input = el("input", { name: "line", placeholder: "M115", autocomplete: "off", maxlength: 256 });
  const button = el("button", { type: "submit" }, "Send");
  const form = el("form", { class: "console", id: "console" }, input, button);
  const path = `/printers/${encodeURIComponent(agent)}/${encodeURIComponent(printer)}/gcode`;
  const say = (text, cls) => { log.append(el("span", { class: cls }, text + "\n")); log.scrollTop = log.scrollHeight; };
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const line = input.value.trim();
    if (!line) return;
    say(`> ${line}`, "sent");
    button.disabled = true;
    try {
      show(await api("POST", path, { line }), say);
      input.value = "";
    } catch (err) { say(`  error: ${err.message}`, "refused"); }
    finally { button.disabled = false; input.focus(); }
  });
  return el("section", { class: "panel" }, el("h2", {}, "G-code console"), form, log,
    el("p", { class: "muted small" }, "Each line goes through the agent's G-code policy; replies are the firmware's lines until its ok."));
}

function show(r, say) {
  if (r.status === "refused" || r.status === "failed") { say(`  ${r.status}: ${r.reason}`, "refused"); return; }
  for (const line of r.output) say(`  ${line}`, "reply");
  if (r.truncated) say("  … (more lines than the agent passes on)", "note");
  if (r.status === "sent") say(`  sent (command ${r.command_id}), no reply yet`, "note");
  else if (r.note) say(`  (${r.note})`, "note");
}
