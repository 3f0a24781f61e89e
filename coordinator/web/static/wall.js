// The wall: read-only, large type, for a screen in the workshop; updates itself.
import { el, liveStream, pct, duration } from "/static/common.js";
import { needsClearing } from "/static/cards.js";

document.body.classList.add("wall");
const main = document.getElementById("main");
const top = document.getElementById("top");
const clockNode = el("span", { class: "wall-clock" });
const counts = el("span", { class: "wall-counts", id: "wall-counts" });
top.replaceChildren(el("span", { class: "brand" }, "printfarm"), counts, el("span", { id: "live-dot" }), clockNode);
const grid = el("div", { class: "wall-grid", id: "wall-grid" });
main.replaceChildren(grid);
const printers = new Map(), jobs = new Map(), tiles = new Map();
window.__wall = { updates: 0 };

function tile(key) {
  let t = tiles.get(key);
  if (!t) {
    t = el("div", { class: "tile", "data-key": key },
      el("div", { class: "tile-name" }, key.split("/")[1]), el("div", { class: "tile-state" }),
      el("div", { class: "tile-job" }), el("div", { class: "bar" }, el("span")), el("div", { class: "tile-eta" }));
    tiles.set(key, t);
    const next = [...grid.children].find((c) => c.dataset.key > key);
    grid.insertBefore(t, next || null);
  }
  return t;
}

function draw(p) {
  const t = tile(p.key);
  const job = p.job_id ? jobs.get(p.job_id) : null;
  const needsClear = needsClearing(p);
  t.className = `tile s-${p.state}${p.online ? "" : " offline"}${needsClear ? " needs-clear" : ""}`;
  t.children[1].textContent = needsClear && p.state === "idle" ? "clear the bed" : p.state;
  t.children[2].textContent = job && job.name ? job.name : "";
  const printing = p.online && p.job_id && p.progress !== null && p.progress !== undefined;
  t.children[3].hidden = !printing;
  if (printing) t.children[3].firstChild.style.transform = `scaleX(${p.progress})`;
  t.children[4].textContent = printing ? `${pct(p.progress)}${p.remaining_s ? " · " + duration(p.remaining_s) + " left" : ""}` : "";
}

liveStream("/wall/live", (items) => {
  const touched = new Set();
  for (const item of items) {
    if (item.printer) { printers.set(item.printer.key, item.printer); touched.add(item.printer.key); }
    else { jobs.set(item.job.id, item.job); if (item.job.printer_key) touched.add(item.job.printer_key); }
  }
  for (const key of touched) if (printers.has(key)) draw(printers.get(key));
  window.__wall.updates += items.length;
  let printing = 0, clear = 0, online = 0;
  for (const p of printers.values()) { if (p.state === "printing") printing++; if (needsClearing(p)) clear++; if (p.online) online++; }
  counts.textContent = `${printing} printing · ${online}/${printers.size} online · ${clear} to clear`;
});
const tick = () => { clockNode.textContent = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }); };
tick();
setInterval(tick, 10000);
