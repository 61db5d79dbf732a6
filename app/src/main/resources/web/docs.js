// Renders /openapi.json as a plain, readable page (bundled; no CDN, no Swagger UI download).
"use strict";
(async function () {
  const doc = await (await fetch("/openapi.json")).json();
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; };
  $("title").textContent = doc.info.title + " " + doc.info.version;
  $("description").textContent = doc.info.description;
  const resolve = (p) => p.$ref ? p.$ref.split("/").slice(1).reduce((o, k) => o[k], doc) : p;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const sec = el("section");
      sec.append(el("h2", method.toUpperCase() + " " + path));
      sec.append(el("p", op.summary));
      const params = (op.parameters || []).map(resolve);
      if (params.length) {
        const t = el("table"); const head = el("tr");
        for (const h of ["parameter", "in", "type", "description"]) { const th = el("th", h); th.scope = "col"; head.append(th); }
        t.append(head);
        for (const p of params) {
          const tr = el("tr");
          tr.append(el("td", p.name + (p.required ? " (required)" : "")), el("td", p.in),
            el("td", (p.schema && (p.schema.enum ? p.schema.enum.join(" | ") : p.schema.type)) || ""), el("td", p.description || ""));
          t.append(tr);
        }
        sec.append(t);
      }
      if (op.requestBody) sec.append(el("p", "Body: " + Object.keys(op.requestBody.content).join(" or ")));
      sec.append(el("p", "Answers: " + Object.entries(op.responses).map(([c, r]) => c + " " + r.description).join(" · ")));
      $("endpoints").append(sec);
    }
  }
})();
