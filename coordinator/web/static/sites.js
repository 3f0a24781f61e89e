// Sites: a map-free table of every site with its load — printers (online, printing),
// queued jobs that require it, open now or its next opening (in the site's own time),
// and each circuit's planned power draw against its budget. Refreshed every 5 s.
import { signedIn, header, el, api, toast } from "/static/common.js";

const user = await signedIn();
header(user, "sites");
const main = document.getElementById("main");
const body = el("tbody", {});
main.replaceChildren(
  el("div", { class: "toolbar" }, el("h1", {}, "Sites")),
  el("table", { class: "jobs sites", id: "sites" },
    el("thead", {}, el("tr", {}, ...["Site", "Location", "Printers", "Queue", "Hours", "Power per circuit"].map((h) => el("th", {}, h)))),
    body),
  el("p", { class: "muted small" }, "Planned draw: heat-up watts while a printer heats, printing watts once its temperatures are reached, idle watts otherwise. A start that would exceed a circuit's budget waits."));

const DAY = new Intl.DateTimeFormat(undefined, { weekday: "short" });

function opening(site, status) {
  if (status.open_now) return el("span", { class: "site-open" }, "open now");
  if (!status.next_open) return el("span", { class: "muted" }, "closed");
  const at = new Date(status.next_open);
  const local = new Intl.DateTimeFormat(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: site.timezone }).format(at);
  return el("span", { class: "site-closed", title: at.toISOString() }, `closed · opens ${local}`);
}

function circuit(c) {
  const share = Math.min(1, c.planned_w / c.budget_w);
  const level = share > 0.9 ? "high" : share > 0.6 ? "mid" : "low";
  return el("div", { class: "circuit", "data-circuit": c.id },
    el("div", { class: "circuit-head" }, el("b", {}, c.id), ` ${c.planned_w} / ${c.budget_w} W`,
      c.heating ? el("span", { class: "muted" }, ` · ${c.heating} heating`) : null),
    el("div", { class: `bar power ${level}` }, el("span", { style: `transform: scaleX(${share})` })));
}

function row(out) {
  const { site, status } = out;
  const local = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone: site.timezone }).format(new Date());
  return el("tr", { "data-site": site.id },
    el("td", {}, el("b", {}, site.name), el("div", { class: "muted small" }, site.id, site.organisation ? ` · ${site.organisation}` : "")),
    el("td", {}, `${site.latitude.toFixed(3)}, ${site.longitude.toFixed(3)}`, el("div", { class: "muted small" }, `${site.timezone} · ${local}`)),
    el("td", { class: "site-printers" }, `${status.printers.length}`, el("div", { class: "muted small" }, `${status.online} online · ${status.printing} printing`)),
    el("td", { class: "site-queue" }, String(status.queued)),
    el("td", {}, opening(site, status)),
    el("td", {}, ...(status.circuits.length ? status.circuits.map(circuit) : [el("span", { class: "muted" }, "no budget")])));
}

async function refresh() {
  try {
    const sites = await api("GET", "/farm/sites");
    body.replaceChildren(...(sites.length ? sites.map(row) : [el("tr", {}, el("td", { colspan: 6, class: "muted" }, "No sites yet: printfarm site add …"))]));
  } catch (e) { toast(`Sites: ${e.message}`, true); }
}
await refresh();
setInterval(refresh, 5000);
