// gutskin web UI: plain JavaScript, no framework, no CDN. Talks to the same REST API as any client
// (see /openapi.json); signs in with a session cookie and sends the CSRF token on every change.
"use strict";
(function () {
  // the condition lists are filled from the knowledge base (GET /api/conditions) once signed in, so a condition a
  // curator adds to the manifest shows up here without a code change
  let conditionsLoaded = false;
  // what the banner above a report and above a question's answer says for each route (the explanation itself
  // comes from the knowledge base's server, GET /api/triage/questions)
  const ROUTE_HEADING = {
    "urgent-care": "Urgent care: please get medical care today",
    "clinician-first": "Clinician first: see a doctor before acting on anything here",
    "not-assessed": "Not assessed: the safety questions were not answered",
    "standard": "Standard: every safety question was answered no"
  };
  let csrf = null, me = null, offset = 0, questions = null, triageSample = null;
  const triageSeen = {};
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  function status(msg, isError) {
    const s = $("status");
    s.textContent = msg || "";
    s.className = isError ? "error" : "";
  }

  async function api(method, path, body) {
    const opts = { method, headers: {}, credentials: "same-origin" };
    if (csrf && method !== "GET") opts.headers["X-CSRF-Token"] = csrf;
    if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    const r = await fetch(path, opts);
    const ct = r.headers.get("Content-Type") || "";
    const data = ct.includes("json") ? await r.json() : await r.text();
    if (!r.ok) throw Object.assign(new Error((data && data.error) || ("HTTP " + r.status)), { status: r.status });
    return data;
  }

  function show(view) {
    for (const s of document.querySelectorAll("main > section")) s.hidden = s.id !== "view-" + view;
    $("nav").hidden = !me;
    const h = document.querySelector("#view-" + view + " h1");
    if (h) document.title = h.textContent + " · gutskin";
  }

  // every other name list (formats, report formats …) comes from the registries (GET /api/lists), never from here
  let lists = null;

  async function loadConditions() {
    if (conditionsLoaded) return;
    try {
      const doc = await api("GET", "/api/conditions");
      for (const sel of document.querySelectorAll("select.conditions")) {
        sel.replaceChildren(el("option", { value: "" }, "(any)"));
        for (const c of doc.conditions) sel.append(el("option", { value: c.id }, c.name));
      }
      lists = await api("GET", "/api/lists");
      const fmt = $("upload-format");
      fmt.replaceChildren(el("option", { value: "" }, "(detect)"));
      for (const f of lists["profile-formats"]) fmt.append(el("option", { value: f }, f));
      conditionsLoaded = true;
    } catch (e) { status(e.message, true); }
  }

  async function route() {
    status("");
    if (!me) { show("signin"); $("username").focus(); return; }
    loadConditions();
    const [, view, arg, triageId, age] = (location.hash || "#/samples").split("/");
    switch (view) {
      case "upload": show("upload"); break;
      // a report is shown only after the safety questions were answered or explicitly skipped
      case "report":
        if (triageId) { show("report"); openReport(arg, triageId, age); } else { show("triage"); openTriage(arg); }
        break;
      case "label": show("label"); labelContext(); break;
      case "evidence": show("evidence"); break;
      default: show("samples"); offset = 0; loadSamples(false);
    }
    $("main").focus();
  }

  async function loadSamples(append) {
    try {
      const q = $("q").value.trim();
      const data = await api("GET", "/api/samples?limit=50&offset=" + offset + (q ? "&q=" + encodeURIComponent(q) : ""));
      const tbody = document.querySelector("#samples-table tbody");
      if (!append) tbody.replaceChildren();
      for (const s of data.items) {
        tbody.append(el("tr", {}, el("td", {}, el("a", { href: "#/report/" + s.id }, s.name)), el("td", {}, s.filename),
          el("td", {}, s.format), el("td", {}, s.species), el("td", {}, s.createdAt.substring(0, 19).replace("T", " "))));
      }
      if (!append && data.items.length === 0) tbody.append(el("tr", {}, el("td", { colspan: "5" }, "No samples yet — upload a profile.")));
      $("more").hidden = data.items.length < data.limit;
    } catch (e) { status(e.message, true); }
  }

  async function loadQuestions() {
    if (!questions) questions = await api("GET", "/api/triage/questions");
    return questions;
  }

  // "If yes: get medical care today" / "If yes: see a clinician within two weeks"
  function ifYes(q) {
    return "If yes: " + (q.urgency === "urgent-care" ? "get medical care " : "see a clinician ") + q.timeFrame;
  }

  function routeHelp(doc) {
    const p = $("triage-help");
    p.replaceChildren(el("strong", {}, "What the answers lead to. "));
    for (const [id, text] of Object.entries(doc.routes)) {
      p.append(el("span", { class: "route-name route-" + id }, id), ": " + text + " ");
    }
  }

  async function openTriage(id) {
    triageSample = id;
    $("triage-error").textContent = "";
    try {
      const [s, doc] = await Promise.all([api("GET", "/api/samples/" + encodeURIComponent(id)), loadQuestions()]);
      $("triage-title").textContent = "Before the report for " + s.name + ": safety questions";
      document.title = "Safety questions · gutskin";
      routeHelp(doc);
      const box = $("triage-questions");
      box.replaceChildren();
      for (const g of doc.groups) {
        const fs = el("fieldset", { class: "qgroup" }, el("legend", {}, g.title));
        for (const q of g.questions) {
          const name = "q-" + q.id;
          const choices = el("div", { class: "choices" });
          for (const [v, t] of [["yes", "Yes"], ["no", "No"], ["", "Not answered"]]) {
            const cid = name + "-" + (v || "unanswered");
            const input = el("input", { type: "radio", name: name, id: cid, value: v });
            if (!v) input.checked = true;
            choices.append(el("span", { class: "choice" }, input, el("label", { for: cid }, t)));
          }
          fs.append(el("div", { class: "q", role: "radiogroup", "aria-labelledby": name + "-text" },
            el("div", { class: "q-text" }, el("span", { id: name + "-text" }, q.question),
              el("span", { class: "when" }, ifYes(q))), choices));
        }
        box.append(fs);
      }
    } catch (e) { status(e.message, true); }
  }

  // the optional "Age (years)" field: "" when empty, null when not a number from 0 to 150
  function readerAge() {
    const v = $("triage-age").value.trim();
    if (!v) return "";
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 && n <= 150 ? String(n) : null;
  }

  async function storeTriage(body) {
    const id = triageSample;
    const age = readerAge();
    if (age === null) { $("triage-error").textContent = "Age: give a number of years from 0 to 150, or leave it empty."; return; }
    try {
      const t = await api("POST", "/api/samples/" + encodeURIComponent(id) + "/triage", body);
      triageSeen[t.triageId] = t;
      location.hash = "#/report/" + id + "/" + t.triageId + (age ? "/" + encodeURIComponent(age) : "");
    } catch (e) { $("triage-error").textContent = e.message; }
  }

  function submitTriage(ev) {
    ev.preventDefault();
    const answers = {};
    for (const input of $("triage-questions").querySelectorAll("input[type=radio]:checked")) {
      if (input.value) answers[input.name.substring(2)] = input.value === "yes";
    }
    if (Object.keys(answers).length === 0) {
      $("triage-error").textContent = "No question is answered yet. Answer them, or choose “Skip the questions”"
        + " (the report is then marked not assessed).";
      return;
    }
    storeTriage({ answers: answers });
  }

  // the coloured line above a report or a question's answer: the route in plain words
  function banner(box, route, detail, withHelp) {
    box.className = "banner route-" + route;
    const help = withHelp !== false && questions && questions.routes[route];
    box.replaceChildren(el("h2", {}, ROUTE_HEADING[route] || route), ...(help ? [el("p", {}, help)] : []),
      ...(detail || []));
    box.hidden = false;
  }

  async function openReport(id, triageId, age) {
    try {
      const s = await api("GET", "/api/samples/" + encodeURIComponent(id));
      $("report-title").textContent = "Report: " + s.name;
      const base = "/api/samples/" + s.id + "/report?triage=" + encodeURIComponent(triageId)
        + (age ? "&age=" + encodeURIComponent(decodeURIComponent(age)) : "") + "&format=";
      if (!lists) lists = await api("GET", "/api/lists");
      // one link per report format of the registry, id dl-FORMAT; html opens in a new tab
      const links = [];
      for (const f of lists["report-formats"]) {
        if (links.length) links.push(" · ");
        const a = el("a", { id: "dl-" + f, href: base + f }, f);
        if (f === "html") { a.target = "_blank"; a.rel = "noopener"; }
        links.push(a);
      }
      $("downloads").replaceChildren(...links);
      $("report-reanswer").href = "#/report/" + s.id;
      $("route-banner").hidden = true;
      $("report-frame").src = base + "html";
      await loadQuestions();
      let t = triageSeen[triageId];
      if (!t) {
        // opened from a link or a reload: the route as the report has it
        const r = await api("GET", base + "json");
        t = { route: r.route, skipped: r.triageStatus.asked === 0, notAsked: r.triageStatus.notAsked, flags: r.triage };
      }
      const detail = [];
      if (t.route === "not-assessed") {
        detail.push(el("p", {}, (t.skipped ? "The questions were skipped" : (t.notAsked.length + " of the questions were not answered"))
          + ". ", el("a", { href: "#/report/" + s.id }, "Answer the safety questions")));
      }
      banner($("route-banner"), t.route, detail);
    } catch (e) { status(e.message, true); }
  }

  function upload(file) {
    const out = $("upload-result");
    out.replaceChildren();
    const xhr = new XMLHttpRequest();
    const fmt = $("upload-format").value;
    xhr.open("POST", "/api/uploads?filename=" + encodeURIComponent(file.name)
      + (fmt ? "&format=" + encodeURIComponent(fmt) : ""));
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (ev) => { if (ev.lengthComputable) $("progress").value = Math.round(100 * ev.loaded / ev.total); };
    xhr.onload = () => {
      let data = {};
      try { data = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status === 200 || xhr.status === 201) {
        $("progress").value = 100;
        out.append(el("p", {}, (data.duplicate ? "Already stored: " : "Stored: ") + file.name + " (" + data.format + ", "
          + data.samples.length + " sample" + (data.samples.length === 1 ? "" : "s") + ")."));
        const ul = el("ul", {});
        for (const s of data.samples) ul.append(el("li", {}, el("a", { href: "#/report/" + s.id }, "Report for " + s.name)));
        out.append(ul);
      } else {
        $("progress").value = 0;
        out.append(el("p", { class: "error" }, "Upload failed: " + (data.error || ("HTTP " + xhr.status))));
      }
    };
    xhr.onerror = () => out.append(el("p", { class: "error" }, "Upload failed: the connection was lost."));
    $("progress").value = 0;
    xhr.send(file);
  }

  function renderTree(v) {
    if (v === null || v === undefined) return document.createTextNode("—");
    if (Array.isArray(v)) {
      const ul = el("ul", {});
      for (const x of v) ul.append(el("li", {}, renderTree(x)));
      return ul;
    }
    if (typeof v === "object") {
      const dl = el("dl", { class: "tree" });
      for (const [k, x] of Object.entries(v)) dl.append(el("dt", {}, k), el("dd", {}, renderTree(x)));
      return dl;
    }
    const s = String(v);
    if (/^10\.\d{4,9}\/\S+$/.test(s)) return el("a", { href: "https://doi.org/" + s, rel: "noopener" }, s);
    return document.createTextNode(s);
  }

  // the safety-context questions of the knowledge base as checkboxes (pregnant, preterm baby, central line …)
  async function labelContext() {
    const fs = $("label-context");
    if (fs.querySelector("input")) return;
    try {
      const qs = await loadQuestions();
      for (const g of qs.groups) {
        if (g.id !== "safety-context") continue; // the questions that carry label-checker context words
        for (const q of g.questions) {
          if (!q.contexts || !q.contexts.length) continue;
          const id = "ctx-" + q.id;
          const box = el("input", { type: "checkbox", id: id, value: q.id });
          fs.append(el("div", { class: "ctx" }, box, el("label", { for: id }, q.question)));
        }
      }
    } catch (e) { fs.append(el("p", { class: "error" }, e.message)); }
  }

  async function checkLabel(ev) {
    ev.preventDefault();
    const out = $("label-result");
    out.replaceChildren(el("p", {}, "Checking…"));
    try {
      const cond = $("label-condition").value;
      const answers = {};
      for (const b of $("label-context").querySelectorAll("input:checked")) answers[b.value] = true;
      const v = await api("POST", "/api/label", { text: $("label-text").value, condition: cond || null, answers: answers });
      out.replaceChildren(...safetyBlock(v.safety), el("p", { class: "verdict" }, "Verdict: " + v.verdict), renderTree(v));
    } catch (e) { out.replaceChildren(el("p", { class: "error" }, e.message)); }
  }

  // a safety concern is shown above the verdict, in the same red box as a warning sign; notes below it
  function safetyBlock(safety) {
    if (!safety) return [];
    const out = [];
    if (safety.concerns && safety.concerns.length) {
      const box = el("div", { id: "label-safety" });
      banner(box, "clinician-first", [el("ul", {}, ...safety.concerns.map(c => el("li", {}, c.text)))], false);
      box.querySelector("h2").textContent = "Safety concern: ask a clinician before taking this product";
      out.push(box);
    }
    if (safety.notes && safety.notes.length)
      out.push(el("div", { class: "notes" }, el("strong", {}, "Safety notes"),
        el("ul", {}, ...safety.notes.map(n => el("li", {}, n.text)))));
    return out;
  }

  // a question's safety answer, before anything else: the route, each warning sign with its reason, the next step
  function renderSafety(v) {
    const box = el("div", {});
    if (v.flags.length) {
      const ul = el("ul", {});
      for (const f of v.flags) {
        ul.append(el("li", {}, el("strong", {}, f.question), " ", el("span", { class: "when" }, f.timeFrame),
          el("br", {}), (f.matched ? "Your question mentions “" + f.matched + "”. " : "") + f.reason));
      }
      banner(box, v.route, [ul], false);
    } else {
      box.className = "banner route-none";
      box.append(el("h2", {}, "No warning signs found in your question"),
        el("p", {}, "This is not a full safety check: the safety questions asked before a report are."));
    }
    box.setAttribute("id", "question-route");
    const steps = el("div", { class: "steps" });
    if (v.nextStep) steps.append(el("p", {}, el("strong", {}, "Next step: "), v.nextStep.advice));
    if (v.thenStep) steps.append(el("p", {}, el("strong", {}, "Then: "), v.thenStep.advice));
    return [box, steps];
  }

  async function showEvidence(ev) {
    if (ev) ev.preventDefault();
    const out = $("evidence-result"), safety = $("evidence-safety");
    try {
      const cond = $("evidence-condition").value, q = $("evidence-question").value.trim();
      const params = new URLSearchParams();
      if (cond) params.set("condition", cond);
      if (q) params.set("question", q);
      if (q) await loadQuestions();
      const v = await api("GET", "/api/evidence" + (params.toString() ? "?" + params : ""));
      safety.replaceChildren(...(q ? renderSafety(v) : []));
      const rest = Object.assign({}, v);
      for (const k of ["route", "redFlags", "flags", "notAsked", "conflicts", "nextStep", "thenStep"]) delete rest[k];
      out.replaceChildren(renderTree(rest));
    } catch (e) { safety.replaceChildren(); out.replaceChildren(el("p", { class: "error" }, e.message)); }
  }

  async function signIn(ev) {
    ev.preventDefault();
    try {
      me = await api("POST", "/api/session", { username: $("username").value, password: $("password").value });
      csrf = me.csrfToken;
      $("password").value = "";
      $("who").textContent = me.user + " · " + me.tenant;
      if (!location.hash || location.hash === "#/signin") location.hash = "#/samples"; else route();
    } catch (e) { status(e.message, true); }
  }

  async function signOut() {
    try { await api("DELETE", "/api/session"); } catch (e) { /* signed out anyway */ }
    me = null; csrf = null; conditionsLoaded = false;
    route();
  }

  async function init() {
    for (const sel of document.querySelectorAll("select.conditions")) sel.append(el("option", { value: "" }, "(any)"));
    $("signin-form").addEventListener("submit", signIn);
    $("signout").addEventListener("click", signOut);
    $("search-form").addEventListener("submit", (e) => { e.preventDefault(); offset = 0; loadSamples(false); });
    $("more").addEventListener("click", () => { offset += 50; loadSamples(true); });
    $("label-form").addEventListener("submit", checkLabel);
    $("evidence-form").addEventListener("submit", showEvidence);
    $("triage-form").addEventListener("submit", submitTriage);
    $("triage-skip").addEventListener("click", () => storeTriage({ skipped: true }));
    $("triage-questions").addEventListener("change", () => { $("triage-error").textContent = ""; });
    $("file").addEventListener("change", () => { if ($("file").files[0]) upload($("file").files[0]); });
    const dz = $("dropzone");
    dz.addEventListener("dragover", (e) => { e.preventDefault(); dz.classList.add("over"); });
    dz.addEventListener("dragleave", () => dz.classList.remove("over"));
    dz.addEventListener("drop", (e) => {
      e.preventDefault(); dz.classList.remove("over");
      if (e.dataTransfer.files[0]) upload(e.dataTransfer.files[0]);
    });
    window.addEventListener("hashchange", route);
    try {
      me = await api("GET", "/api/session");
      csrf = me.csrfToken;
      $("who").textContent = me.user + " · " + me.tenant;
    } catch (e) { me = null; }
    route();
  }

  document.addEventListener("DOMContentLoaded", init);
})();
