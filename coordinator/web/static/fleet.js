// The fleet: printer cards grouped by site, filters, live updates (only changed cards).
import { signedIn, header, el, liveStream, canOperate } from "/static/common.js";
import { makeCard, updateCard, needsClearing } from "/static/cards.js";

const t0 = performance.now();
const user = await signedIn();
header(user, "fleet");
const operator = canOperate(user);
const main = document.getElementById("main");
const printers = new Map(); // key -> item
const jobs = new Map(); // id -> job
const cards = new Map(); // key -> card element
const sites = new Map(); // site -> {section, grid}
const filters = { site: "", state: "", material: "" };
// Figures for tests and benchmarks/dashboard.py (read in the browser, never sent anywhere).
const stats = { shown: [], cards: 0, applied: 0, batches: 0, printers };
window.__dash = stats;

const filterBar = el("div", { class: "filters" });
const summary = el("span", { class: "summary", id: "summary" });
const groups = el("div", { id: "groups" });
main.replaceChildren(el("div", { class: "toolbar" }, filterBar, summary), groups);
const selects = {};
for (const name of ["site", "state", "material"]) {
  selects[name] = el("select", { name, onchange: (e) => { filters[name] = e.target.value; applyFilters(); } });
  filterBar.append(el("label", {}, name[0].toUpperCase() + name.slice(1), selects[name]));
}

function siteGroup(site) {
  const name = site || "No site";
  let g = sites.get(name);
  if (!g) {
    const grid = el("div", { class: "grid" });
    const count = el("span", { class: "count" });
    const section = el("section", { class: "site", "data-site": name }, el("h2", {}, name, count), grid);
    const after = [...sites.keys()].sort().find((s) => s > name);
    groups.insertBefore(section, after ? sites.get(after).section : null);
    g = { section, grid, count };
    sites.set(name, g);
  }
  return g;
}

function place(key, item) {
  let card = cards.get(key);
  const site = item.site || "No site";
  if (!card) {
    card = makeCard(key, operator);
    cards.set(key, card);
  }
  if (card._site !== site) {
    card._site = site;
    const grid = siteGroup(item.site).grid;
    const lastCard = grid.lastElementChild;
    if (!lastCard || lastCard.dataset.key < key) grid.append(card); // the stream comes sorted: O(1)
    else grid.insertBefore(card, [...grid.children].find((c) => c.dataset.key > key));
  }
  return card;
}

let optionsDirty = true;
function apply(items) {
  const touched = new Set();
  for (const item of items) {
    if (item.printer) {
      const old = printers.get(item.printer.key);
      if (!old || old.site !== item.printer.site || old.state !== item.printer.state || old.material !== item.printer.material) optionsDirty = true;
      printers.set(item.printer.key, item.printer);
      touched.add(item.printer.key);
    } else {
      jobs.set(item.job.id, item.job);
      if (item.job.printer_key) touched.add(item.job.printer_key);
    }
  }
  for (const key of touched) {
    const p = printers.get(key);
    if (!p) continue;
    const card = place(key, p);
    updateCard(card, p, p.job_id ? jobs.get(p.job_id) : null);
    card.hidden = !visible(card);
  }
  stats.applied += items.length;
  stats.batches += 1;
  if (optionsDirty) refreshOptions();
  if (cards.size !== stats.cards) { // when each new count of cards reached the screen
    stats.cards = cards.size;
    requestAnimationFrame(() => stats.shown.push([cards.size, performance.now(), performance.now() - t0]));
  }
  summary.textContent = summaryText();
}

function summaryText() {
  let online = 0, printing = 0, clear = 0;
  for (const p of printers.values()) {
    if (p.online) online++;
    if (p.state === "printing") printing++;
    if (needsClearing(p)) clear++;
  }
  return `${printers.size} printer${printers.size === 1 ? "" : "s"} · ${online} online · ${printing} printing · ${clear} to clear`;
}

function visible(card) {
  const d = card.dataset;
  return (!filters.site || (d.site || "No site") === filters.site) &&
    (!filters.state || d.state === filters.state) &&
    (!filters.material || d.material === filters.material);
}

function applyFilters() {
  for (const card of cards.values()) card.hidden = !visible(card);
  for (const g of sites.values()) g.section.hidden = ![...g.grid.children].some((c) => !c.hidden);
}

function refreshOptions() {
  optionsDirty = false;
  const values = { site: new Set(), state: new Set(), material: new Set() };
  for (const p of printers.values()) {
    values.site.add(p.site || "No site");
    values.state.add(p.state);
    if (p.material) values.material.add(p.material);
  }
  for (const [name, set] of Object.entries(values)) {
    const select = selects[name];
    const current = select.value;
    const wanted = ["", ...[...set].sort()];
    if ([...select.options].map((o) => o.value).join("|") === wanted.join("|")) continue;
    select.replaceChildren(...wanted.map((v) => el("option", { value: v }, v || "All")));
    select.value = wanted.includes(current) ? current : "";
  }
}

const feed = liveStream("/live", apply);
stats.receive = feed.receive; // the benchmark feeds synthetic batches through the same path

// "last seen 3 min ago" ages while nothing arrives: redraw the offline cards now and then.
setInterval(() => {
  for (const [key, card] of cards) {
    const p = printers.get(key);
    if (p && !p.online) { card._last = ""; updateCard(card, p, null); }
  }
}, 15000);
