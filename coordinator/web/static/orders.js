// Orders: a buyer's own, or every order for an operator; each links to its page.
import { signedIn, header, el, api, when } from "/static/common.js";

const user = await signedIn();
header(user, "orders");
document.getElementById("live-dot").remove();
const main = document.getElementById("main");

async function load() {
  let orders;
  try { orders = await api("GET", "/order-list"); }
  catch (e) { main.replaceChildren(el("p", { class: "error" }, `Orders: ${e.message}`)); return; }
  const rows = orders.map((o) => el("tr", { "data-order": o.id },
    el("td", {}, el("a", { href: `/orders/${encodeURIComponent(o.id)}` }, o.name || o.id)), el("td", {}, o.id),
    el("td", {}, o.buyer), el("td", {}, el("span", { class: `state s-${o.state === "open" ? "printing" : o.state}` }, o.state)),
    el("td", {}, `${o.done}/${o.copies}`), el("td", {}, when(o.due_at))));
  const table = el("table", { class: "jobs", id: "orders" },
    el("thead", {}, el("tr", {}, ...["order", "id", "buyer", "state", "made", "due"].map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows));
  main.replaceChildren(el("h1", {}, "Orders"),
    orders.length ? table : el("p", { class: "muted" }, "No orders yet (printfarm order create …)."));
  main.dataset.loaded = "1";
}

await load();
setInterval(load, 10000);
