// One order, as its buyer follows it: every copy of every part, where it is made, its
// state and expected completion, each site's share and shipping distance, and the
// history (who made what, failures and reprints). Refreshes itself every 5 s.
import { signedIn, header, el, api, toast, when, canOperate } from "/static/common.js";

const user = await signedIn();
header(user, "orders");
document.getElementById("live-dot").remove();
const main = document.getElementById("main");
const id = decodeURIComponent(location.pathname.split("/").pop());
const dueText = (o) => (o.on_time === null ? "not planned yet" : o.on_time ? "on time" : "late");
const badge = (state) => el("span", { class: `state s-${state === "planned" ? "queued" : state}` }, state);

function facts(o) {
  const rows = [
    ["State", badge(o.state)], ["Buyer", o.buyer], ["Made", `${o.done} of ${o.copies} copies`],
    ["Due", when(o.due_at)],
    ["Expected", o.expected_completion ? `${when(o.expected_completion)} (${dueText(o)})` : dueText(o)],
    ["Deliver to", `${o.latitude.toFixed(3)}, ${o.longitude.toFixed(3)}`],
    ["Material", [o.material, o.colour].filter(Boolean).join(" ") || "–"],
  ];
  return el("dl", { class: "panel facts", id: "facts" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function sites(o) {
  const rows = o.sites.map((s) => el("tr", { "data-site": s.site_id },
    el("td", {}, s.site_id), el("td", {}, `${s.done}/${s.copies}`), el("td", {}, `${s.km.toFixed(0)} km`),
    el("td", {}, s.expected_completion ? when(s.expected_completion) : (s.done === s.copies ? "made" : "–"))));
  return el("section", { class: "panel" }, el("h2", {}, "Sites"),
    el("table", { class: "jobs", id: "sites" },
      el("thead", {}, el("tr", {}, ...["site", "made", "shipping", "expected completion"].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows)));
}

function copies(o) {
  const names = Object.fromEntries(o.parts.map((p) => [p.part_id, p.name]));
  const rows = o.copies_detail.map((c) => el("tr", { "data-state": c.state },
    el("td", {}, names[c.part_id] || c.part_id), el("td", {}, `#${c.copy_index + 1}`), el("td", {}, badge(c.state)),
    el("td", {}, c.site_id || "–"), el("td", {}, c.printer || "–"),
    el("td", {}, c.expected_ready ? when(c.expected_ready) : "–"),
    el("td", {}, c.km === null ? "–" : `${c.km.toFixed(0)} km`), el("td", {}, String(c.attempts)),
    el("td", {}, c.job_id ? el("a", { href: `/job/${encodeURIComponent(c.job_id)}` }, "job") : "")));
  const head = ["part", "copy", "state", "site", "printer", "expected", "shipping", "attempts", ""];
  return el("section", { class: "panel" }, el("h2", {}, "Parts"),
    el("table", { class: "jobs", id: "copies" },
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))), el("tbody", {}, ...rows)));
}

function history(o) {
  const names = Object.fromEntries(o.parts.map((p) => [p.part_id, p.name]));
  const items = o.history.map((e) => el("li", { "data-kind": e.kind }, el("time", {}, when(e.ts)), el("b", {}, e.kind),
    e.part_id ? ` ${names[e.part_id] || e.part_id} #${e.copy_index + 1}` : "",
    e.site_id ? ` at ${e.site_id}` : "", e.printer ? ` on ${e.printer}` : "", e.detail ? ` · ${e.detail}` : ""));
  return el("section", { class: "panel" }, el("h2", {}, "History"), el("ol", { class: "timeline", id: "history" }, ...items));
}

function cancelButton(o) {
  if (o.state !== "open" || (o.buyer !== user.username && !canOperate(user))) return null;
  return el("button", { id: "cancel", onclick: async () => {
    if (!confirm(`Cancel order ${o.id}? What is made stays made.`)) return;
    try { await api("POST", `/orders/${encodeURIComponent(o.id)}/cancel`); toast("Order cancelled"); load(); }
    catch (e) { toast(e.message, true); }
  } }, "Cancel order");
}

async function load() {
  let o;
  try { o = await api("GET", `/orders/${encodeURIComponent(id)}/status`); }
  catch (e) { main.replaceChildren(el("p", { class: "error" }, `Order ${id}: ${e.message}`)); return; }
  main.replaceChildren(
    el("div", { class: "toolbar" }, el("h1", {}, o.name || "Order", el("span", { class: "muted small" }, ` ${o.id}`)), cancelButton(o)),
    el("div", { class: "columns" }, facts(o), sites(o)), copies(o), history(o));
  main.dataset.loaded = "1";
}

await load();
setInterval(load, 5000);
