import { el } from "/static/common.js";

const main = document.getElementById("main");
const error = el("p", { class: "error", id: "login-error", role: "alert" });
const form = el("form", { id: "login", class: "panel login" },
  el("h1", {}, "printfarm"),
  el("label", {}, "User", el("input", { name: "username", autocomplete: "username", required: true, autofocus: true })),
  el("label", {}, "Password", el("input", { name: "password", type: "password", autocomplete: "current-password", required: true })),
  el("button", { type: "submit" }, "Sign in"), error);
main.replaceChildren(form);

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  error.textContent = "";
  const data = Object.fromEntries(new FormData(form));
  const r = await fetch("/auth/login", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(data), credentials: "same-origin",
  });
  if (r.ok) { location.href = "/"; return; }
  const body = await r.json().catch(() => ({}));
  error.textContent = typeof body.detail === "string" ? body.detail : "Sign-in refused";
});
