// One printer card: built once, then updated field by field (only what changed).
import { el, api, toast, duration, clock, ago, pct, temp, hotend, bed } from "/static/common.js";

const ACTIVE = new Set(["printing", "paused"]);

export function makeCard(key, operator) {
  const [agent, printer] = key.split("/");
  const refs = {};
  const r = (name, node) => (refs[name] = node);
  const card = el("article", { class: "card", "data-key": key },
    el("div", { class: "card-head" },
      el("a", { class: "name", href: `/printer/${encodeURIComponent(agent)}/${encodeURIComponent(printer)}` }, printer),
      el("span", { class: "agent" }, agent),
      r("state", el("span", { class: "state" }))),
    r("job", el("div", { class: "job" })),
    r("thumb", el("img", { class: "thumb", alt: "", hidden: true })),
    r("bar", el("div", { class: "bar" }, r("fill", el("span")))),
    r("times", el("div", { class: "times" })),
    el("div", { class: "temps" },
      el("span", {}, "Hotend ", r("hotend", el("b"))),
      el("span", {}, "Bed ", r("bed", el("b")))),
    r("meta", el("div", { class: "meta" })),
    r("seen", el("div", { class: "seen" })),
    r("clear", el("div", { class: "needs-clear" }, "Bed needs clearing")),
    r("error", el("div", { class: "error" })),
    r("actions", el("div", { class: "actions" })));
  card._refs = refs;
  card._last = "";
  card._operator = operator;
  return card;
}

const BUSY = new Set(["printing", "paused", "finishing"]);
// A bed "not clear" under a running print is the print itself: ask only once it ended.
export function needsClearing(p) {
  return p.held || (!p.bed_clear && !p.job_id && !BUSY.has(p.state));
}

export function thumbnailUrl(jobId) { return `/jobs/${encodeURIComponent(jobId)}/thumbnail`; }

function set(node, text) { if (node.textContent !== text) node.textContent = text; }
function show(node, visible) { if (node.hidden === visible) node.hidden = !visible; }

// `p`: a PrinterOut (+ last_seen); `job`: its current job, if known.
export function updateCard(card, p, job) {
  const stamp = JSON.stringify([p, job && job.name, job && job.updated_at, job && job.state]);
  if (stamp === card._last) return false;
  card._last = stamp;
  const f = card._refs;
  card.dataset.state = p.state;
  card.dataset.site = p.site || "";
  card.dataset.material = p.material || "";
  card.classList.toggle("offline", !p.online);
  f.state.className = "state s-" + p.state;
  set(f.state, p.state);
  const jobText = p.job_id ? (job ? job.name : p.job_id) : "";
  set(f.job, jobText || (p.online ? "No job" : ""));
  f.job.classList.toggle("muted", !jobText);
  // The slicer's picture of the current job (the API says whether its file has one).
  const pic = p.job_id && job && job.thumbnail ? thumbnailUrl(job.id) : "";
  if (f.thumb.dataset.src !== pic) {
    f.thumb.dataset.src = pic;
    if (pic) f.thumb.src = pic; else f.thumb.removeAttribute("src");
    f.thumb.alt = pic ? `${job.name}: slicer preview` : "";
  }
  show(f.thumb, !!pic);
  const printing = p.online && p.job_id && p.progress !== null && p.progress !== undefined;
  show(f.bar, !!printing);
  if (printing && f.fill.dataset.value !== String(p.progress)) {
    f.fill.dataset.value = String(p.progress);
    f.fill.style.transform = `scaleX(${p.progress})`; // no layout: the compositor scales it
  }
  let times = "";
  if (printing) {
    times = pct(p.progress);
    if (job && job.state === "printing" && job.updated_at) times += ` · started ${clock(job.updated_at)}`;
    if (p.remaining_s) times += ` · ${duration(p.remaining_s)} left, ETA ${clock(Date.now() / 1000 + p.remaining_s)}`;
  }
  set(f.times, times);
  show(f.times, !!times);
  set(f.hotend, p.online ? temp(hotend(p.temperatures)) : "–");
  set(f.bed, p.online ? temp(bed(p.temperatures)) : "–");
  const meta = [p.material, p.nozzle_diameter ? `${p.nozzle_diameter} mm` : null, p.profile].filter(Boolean).join(" · ");
  set(f.meta, meta);
  show(f.seen, !p.online);
  if (!p.online) set(f.seen, `last seen ${ago(p.last_seen)}`);
  const needsClear = needsClearing(p);
  show(f.clear, needsClear);
  set(f.clear, p.held ? "Held: check the bed, then clear" : "Bed needs clearing");
  show(f.error, !!p.error);
  set(f.error, p.error || "");
  if (card._operator) actions(card, p, needsClear);
  return true;
}

function actions(card, p, needsClear) {
  const wanted = [];
  if (p.online && p.job_id && ACTIVE.has(p.state)) {
    if (p.state === "paused") wanted.push("resume"); else wanted.push("pause");
    wanted.push("cancel");
  }
  if (needsClear) wanted.push("clear");
  if (p.online) wanted.push("estop");
  const sig = wanted.join(",");
  if (card._actions === sig) return;
  card._actions = sig;
  card._refs.actions.replaceChildren(...wanted.map((a) => button(a, card, p)));
}

const LABEL = { pause: "Pause", resume: "Resume", cancel: "Cancel job", clear: "Clear bed", estop: "E-stop" };

function button(action, card) {
  return el("button", { class: `act act-${action}`, "data-action": action, onclick: () => act(action, card) }, LABEL[action]);
}

async function act(action, card) {
  const p = JSON.parse(card._last)[0];
  const [agent, printer] = p.key.split("/").map(encodeURIComponent);
  try {
    if (action === "estop") {
      if (!confirm(`Emergency stop ${p.key}? Heaters off, motion halted; the print is lost.`)) return;
      await api("POST", `/printers/${agent}/${printer}/estop`, { reason: "dashboard" });
    } else if (action === "clear") {
      await api("POST", `/printers/${agent}/${printer}/clear`);
    } else {
      if (action === "cancel" && !confirm(`Cancel job ${p.job_id} on ${p.key}?`)) return;
      await api("POST", `/jobs/${encodeURIComponent(p.job_id)}/${action}`);
    }
    toast(`${LABEL[action]}: sent to ${p.key}`);
  } catch (e) {
    toast(`${LABEL[action]} ${p.key}: ${e.message}`, true);
  }
}
