// Shared by every page: the signed-in user, API calls with the session's CSRF token,
// the live stream with requestAnimationFrame batching, and small formatting helpers.

let me = null;

export async function signedIn() {
  const r = await fetch("/auth/me", { credentials: "same-origin" });
  if (r.status === 401) { location.href = "/login"; throw new Error("signed out"); }
  me = await r.json();
  return me;
}

export const canOperate = (u) => u && (u.scope === "operate" || u.scope === "admin");
export const canSubmit = (u) => u && u.scope !== "read";
export const isAdmin = (u) => u && u.scope === "admin";

export async function api(method, path, body) {
  const headers = {};
  if (me && me.csrf_token) headers["X-CSRF-Token"] = me.csrf_token;
  let payload;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) { headers["Content-Type"] = "application/json"; payload = JSON.stringify(body); }
  const r = await fetch(path, { method, headers, body: payload, credentials: "same-origin" });
  const text = await r.text();
  const data = text ? JSON.parse(text) : null;
  if (!r.ok) throw new Error((data && data.detail && String(data.detail)) || `${r.status}`);
  return data;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

export function header(user, active) {
  const nav = el("nav", {},
    el("a", { href: "/", class: active === "fleet" ? "on" : "" }, "Fleet"),
    el("a", { href: "/queue", class: active === "queue" ? "on" : "" }, "Queue"),
    el("a", { href: "/history", class: active === "history" ? "on" : "" }, "History"),
    el("a", { href: "/sites", class: active === "sites" ? "on" : "" }, "Sites"),
    el("a", { href: "/orders", class: active === "orders" ? "on" : "" }, "Orders"),
    el("a", { href: "/wall", class: active === "wall" ? "on" : "" }, "Wall"));
  const who = el("span", { class: "who" }, `${user.username} · ${user.role}`,
    el("button", { class: "link", id: "logout", onclick: logout }, "Sign out"));
  const top = document.getElementById("top");
  top.replaceChildren(el("span", { class: "brand" }, "printfarm"), nav, el("span", { id: "live-dot", title: "live" }), who);
  if (isAdmin(user)) nav.append(wallSwitch());
}

// An admin opens the wall view to anyone on the network (or closes it).
function wallSwitch() {
  // Disabled until the current setting arrives: a click before it would be overwritten.
  const box = el("input", { type: "checkbox", id: "wall-public", disabled: true });
  api("GET", "/settings/wall").then((s) => { box.checked = s.public; box.disabled = false; });
  box.addEventListener("change", async () => {
    try { box.checked = (await api("PUT", "/settings/wall", { public: box.checked })).public; }
    catch (e) { toast(`Wall setting: ${e.message}`, true); box.checked = !box.checked; }
  });
  return el("label", { class: "wall-switch", title: "Let anyone on the network see /wall without signing in" }, box, "open to all");
}

async function logout() {
  try { await api("POST", "/auth/logout"); } finally { location.href = "/login"; }
}

export function toast(message, bad = false) {
  const t = el("div", { class: bad ? "toast bad" : "toast", role: "status" }, message);
  document.body.append(t);
  setTimeout(() => t.remove(), 5000);
}

// Server-sent events; `apply(items)` runs at most once per animation frame with every
// item received since the last frame, the newest per printer or job.
export function liveStream(url, apply) {
  let pending = new Map();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const items = [...pending.values()];
    pending = new Map();
    apply(items);
  };
  const receive = (text) => {
    for (const item of JSON.parse(text)) {
      const key = item.printer ? "p:" + item.printer.key : "j:" + item.job.id;
      pending.set(key, item);
    }
    if (!scheduled) { scheduled = true; requestAnimationFrame(flush); }
  };
  const source = new EventSource(url);
  const dot = () => document.getElementById("live-dot");
  source.onopen = () => dot() && (dot().className = "up");
  source.onerror = () => dot() && (dot().className = "down");
  source.onmessage = (e) => receive(e.data);
  return { source, receive };
}

export function duration(s) {
  if (s === null || s === undefined || !isFinite(s)) return "";
  s = Math.max(0, Math.round(s));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  if (h) return `${h} h ${String(m).padStart(2, "0")} min`;
  if (m) return `${m} min`;
  return `${s} s`;
}

export function ago(ts) {
  if (!ts) return "never";
  return duration(Date.now() / 1000 - ts) + " ago";
}

export const clock = (ts) => new Date(ts * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
export const when = (ts) => new Date(ts * 1000).toLocaleString();
export const pct = (p) => (p === null || p === undefined ? "" : `${Math.floor(p * 100)}%`);

export function temp(t) {
  if (!t) return "–";
  const target = t.target ? ` / ${Math.round(t.target)}` : "";
  return `${Math.round(t.actual)}${target} °C`;
}

export function hotend(temps) { return temps && (temps.T0 || temps.T); }
export function bed(temps) { return temps && temps.B; }
