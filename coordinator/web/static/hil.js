// The printer's last HIL report (GET /printers/{agent}/{printer}/hil): when it ran, the
// verdict, the firmware, and each check with its status and finding.
import { el, api, when, duration } from "/static/common.js";

export function hilPanel(agent, printer) {
  const body = el("div", { id: "hil" }, el("p", { class: "muted" }, "loading…"));
  const panel = el("section", { class: "panel", id: "hil-panel" }, el("h2", {}, "Last HIL report"), body);
  const path = `/printers/${encodeURIComponent(agent)}/${encodeURIComponent(printer)}/hil`;
  const load = () => api("GET", path).then((r) => body.replaceChildren(...render(r, printer)))
    .catch((e) => body.replaceChildren(el("p", { class: "error" }, `HIL report unavailable: ${e.message}`)));
  load();
  return { panel, load };
}

function render(r, printer) {
  if (!r.verdict) {
    return [el("p", { class: "muted", id: "hil-none" }, "No HIL report yet — run ",
      el("code", {}, `printfarm-hil --printer ${printer} --agent-config agent.toml`),
      " on the agent's machine (with the agent stopped), or ", el("code", {}, "printfarm-agent setup"), ".")];
  }
  const allowed = r.allowed.length ? `with ${r.allowed.join(", ")}` : "safe checks only";
  const facts = [["Ran", `${when(r.started_at)} (${duration(r.duration_s)}, ${allowed})`],
    ["By", [r.source, r.port].filter(Boolean).join(" on ")], ["Firmware", r.firmware_name],
    ["Profile", r.profile_used]];
  const rows = r.checks.map((c) => el("tr", { class: `hil-${c.status}` },
    el("td", {}, el("span", { class: `badge hil-${c.status}` }, c.status)),
    el("td", {}, c.title || c.id), el("td", { class: "hil-summary" }, c.summary),
    el("td", { class: "num muted" }, duration(c.duration_s))));
  return [
    el("p", { class: `hil-verdict hil-${r.verdict}`, id: "hil-verdict" }, `${r.verdict.toUpperCase()}`,
      el("span", { class: "muted" }, ` · ${r.verdict_line}`)),
    el("dl", { class: "facts" }, ...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v || "–")])),
    el("table", { class: "hil-checks", id: "hil-checks" },
      el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, "Check"), el("th", {}, "Finding"), el("th", {}, "Time"))),
      el("tbody", {}, ...rows)),
  ];
}
