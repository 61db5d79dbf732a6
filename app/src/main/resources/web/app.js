// gutskin web UI: plain JavaScript, no framework, no CDN. Talks to the same REST API as any client
// (see /openapi.json); signs in with a session cookie and sends the CSRF token on every change.
"use strict";
(function () {
  // the condition lists are filled from the knowledge base (GET /api/conditions) once signed in, so a condition a
  // curator adds to the manifest shows up here without a code change
  let conditionsLoaded = false, conditionNames = {};
  // what the banner above a report and above a question's answer says for each route (the explanation itself
  // comes from the knowledge base's server, GET /api/triage/questions)
  const ROUTE_HEADING = {
    "urgent-care": "Urgent care: please get medical care today",
    "clinician-first": "Clinician first: see a doctor before acting on anything here",
    "not-assessed": "Not assessed: the safety questions were not answered",
    "standard": "Standard: every safety question was answered no"
  };
  let csrf = null, me = null, cursor = null, total = 0, questions = null, triageSample = null;
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
    $("nav-admin").hidden = !isAdmin();
    const h = document.querySelector("#view-" + view + " h1");
    if (h) document.title = h.textContent + " · gutskin";
  }

  // every other name list (formats, report formats …) comes from the registries (GET /api/lists), never from here
  let lists = null;

  async function loadConditions() {
    if (conditionsLoaded) return;
    try {
      const doc = await api("GET", "/api/conditions");
      conditionNames = {};
      for (const c of doc.conditions) conditionNames[c.id] = c.name;
      for (const sel of document.querySelectorAll("select.conditions")) {
        sel.replaceChildren(el("option", { value: "" }, sel.dataset.none || "(any)"));
        for (const c of doc.conditions) sel.append(el("option", { value: c.id }, c.name));
      }
      lists = await api("GET", "/api/lists");
      const fmt = $("upload-format");
      fmt.replaceChildren(el("option", { value: "" }, "(detect)"));
      for (const f of lists["profile-formats"]) fmt.append(el("option", { value: f }, f));
      // the report's audiences (clinician, patient …) when the registry lists them; the report API takes audience=
      const audiences = lists["report-audiences"] || [];
      const aud = $("triage-audience");
      aud.replaceChildren(el("option", { value: "" }, aud.dataset.none));
      for (const a of audiences) aud.append(el("option", { value: a }, a.charAt(0).toUpperCase() + a.slice(1)));
      $("triage-audience-box").hidden = audiences.length === 0;
      conditionsLoaded = true;
    } catch (e) { status(e.message, true); }
  }

  async function route() {
    status("");
    if (!me) { show("signin"); $("username").focus(); return; }
    loadConditions();
    // #/report/SAMPLE/TRIAGE?age=&condition=&audience=: the reader's choices travel in the hash's query
    const [path, query] = (location.hash || "#/samples").split("?");
    const [, view, arg, triageId] = path.split("/");
    switch (view) {
      case "upload": show("upload"); break;
      case "jobs": show("jobs"); loadJobs(); break;
      // a report is shown only after the safety questions were answered or explicitly skipped
      case "report":
        if (triageId) { show("report"); openReport(arg, triageId, new URLSearchParams(query || "")); }
        else { show("triage"); openTriage(arg); }
        break;
      // #/subject/ID[/TRIAGE]: the follow-up report; TRIAGE names answers stored for the latest sample
      case "subject": show("subject"); openSubject(decodeURIComponent(arg || ""), triageId); break;
      case "label": show("label"); labelContext(); break;
      case "evidence": show("evidence"); break;
      case "admin":
        // the pages are a lab-admin's; the server refuses anyone else's requests whatever this shows
        if (!isAdmin()) { show("samples"); status("The administration pages need the lab-admin role.", true); break; }
        if (arg === "tokens") { show("admin-tokens"); loadTokens(); }
        else if (arg === "branding") { show("admin-branding"); loadBranding(); }
        else { show("admin-users"); loadUsers(); }
        break;
      default: show("samples"); cursor = null; loadSamples(false);
    }
    $("main").focus();
  }

  async function loadSamples(append) {
    if (!append) cursor = null;
    try {
      const q = $("q").value.trim();
      const data = await api("GET", "/api/samples?limit=50" + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "") + (q ? "&q=" + encodeURIComponent(q) : ""));
      const tbody = document.querySelector("#samples-table tbody");
      if (!append) tbody.replaceChildren();
      for (const s of data.items) {
        tbody.append(el("tr", {}, el("td", {}, el("a", { href: "#/report/" + s.id }, s.name)),
          el("td", {}, s.subject ? el("a", { href: "#/subject/" + encodeURIComponent(s.subject) }, s.subject) : ""),
          el("td", {}, s.filename),
          el("td", {}, s.format), el("td", {}, s.species), el("td", {}, s.createdAt.substring(0, 19).replace("T", " "))));
      }
      if (!append && data.items.length === 0) {
        tbody.append(el("tr", {}, el("td", { colspan: "6" }, q ? "No sample name contains “" + q + "”."
          : "No samples yet — upload a profile.")));
      }
      const shown = tbody.querySelectorAll("td:first-child a").length; // one sample link per row
      if (!append) total = data.total; // counted on the first page only
      $("samples-count").textContent = total ? "Showing " + shown + " of " + total + " sample"
        + (total === 1 ? "" : "s") + (q ? " matching “" + q + "”" : "") + "." : "";
      // "Show more" only while the server has more of the (filtered) list than is shown
      cursor = data.nextCursor;
      $("more").hidden = !cursor;
      sortable($("samples-table"));
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
    const choices = new URLSearchParams();
    if (age) choices.set("age", age);
    if ($("triage-condition").value) choices.set("condition", $("triage-condition").value);
    if ($("triage-audience").value) choices.set("audience", $("triage-audience").value);
    try {
      const t = await api("POST", "/api/samples/" + encodeURIComponent(id) + "/triage", body);
      triageSeen[t.triageId] = t;
      location.hash = "#/report/" + id + "/" + t.triageId + (choices.toString() ? "?" + choices : "");
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

  async function openReport(id, triageId, choices) {
    try {
      const s = await api("GET", "/api/samples/" + encodeURIComponent(id));
      $("report-title").textContent = "Report: " + s.name;
      const params = new URLSearchParams({ triage: triageId });
      for (const k of ["age", "condition", "audience"]) if (choices.get(k)) params.set(k, choices.get(k));
      const base = "/api/samples/" + s.id + "/report?" + params + "&format=";
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
      // the one-page clinic checklist beside every report: the registry's checklist format, with the same choices
      const checklist = lists["report-formats"].find((f) => f.startsWith("checklist"));
      $("checklist-link").hidden = !checklist;
      if (checklist) $("checklist-link").href = base + checklist;
      const cond = choices.get("condition");
      $("report-focus").textContent = (cond ? "About " + (conditionNames[cond] || cond) + "; the other conditions get one line each."
        : "About every condition (none was chosen).") + (choices.get("audience") ? " Written for the " + choices.get("audience") + "." : "");
      $("report-reanswer").href = "#/report/" + s.id;
      $("route-banner").hidden = true;
      $("report-frame").src = base + "html";
      await loadQuestions();
      // the report's numbers for the interactive charts (and, after a reload, its route)
      const r = await api("GET", base + "json");
      glance(r);
      let t = triageSeen[triageId];
      if (!t) {
        // opened from a link or a reload: the route as the report has it
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

  // a subject's series and its follow-up report (GET /api/subjects/{subject}/samples and …/report)
  async function openSubject(subject, triageId) {
    try {
      const series = await api("GET", "/api/subjects/" + encodeURIComponent(subject) + "/samples");
      $("subject-title").textContent = "Follow-up: " + series.subject;
      const tbody = document.querySelector("#subject-table tbody");
      tbody.replaceChildren();
      for (const s of series.items) {
        tbody.append(el("tr", {}, el("td", {}, el("a", { href: "#/report/" + s.id }, s.name)),
          el("td", {}, s.collected || "(no date)"), el("td", {}, s.species), el("td", {}, s.filename)));
      }
      const latest = series.items[series.items.length - 1];
      $("subject-triage").href = "#/report/" + latest.id;
      const params = new URLSearchParams();
      if (triageId) params.set("triage", triageId);
      const base = "/api/subjects/" + encodeURIComponent(series.subject) + "/report?" + params + "&format=";
      if (!lists) lists = await api("GET", "/api/lists");
      const links = [];
      for (const f of lists["report-formats"]) {
        if (f.startsWith("checklist")) continue; // the checklist is the latest sample's own report
        if (links.length) links.push(" · ");
        const a = el("a", { id: "subject-dl-" + f, href: base + f }, f);
        if (f === "html") { a.target = "_blank"; a.rel = "noopener"; }
        links.push(a);
      }
      $("subject-downloads").replaceChildren(...links);
      $("subject-frame").src = base + "html";
    } catch (e) { status(e.message, true); }
  }

  // the UI's interactive charts (the signed report stays static): composition and the measures against the healthy
  // reference, each mark focusable, its value shown on hover or focus
  const SVGNS = "http://www.w3.org/2000/svg";
  const GLANCE_COLOURS = ["#0072B2", "#B35C00", "#007A5A", "#A8467F", "#3A7CA5", "#A63D00", "#6A3D9A", "#8C564B"];

  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  function hoverable(mark, text) {
    mark.setAttribute("tabindex", "0");
    mark.setAttribute("role", "img");
    mark.setAttribute("aria-label", text);
    mark.append(svgEl("title", {}));
    mark.lastChild.textContent = text;
    const say = () => { $("glance-value").textContent = text; };
    mark.addEventListener("mouseenter", say);
    mark.addEventListener("focus", say);
  }

  function glance(r) {
    const box = $("glance-charts");
    box.replaceChildren();
    const comp = (r.composition || []).filter((c) => c.percent > 0);
    if (comp.length) {
      const svg = svgEl("svg", { viewBox: "0 0 600 40", id: "glance-composition", role: "group",
        "aria-label": "Composition of the top taxa" });
      const total = comp.reduce((a, c) => a + c.percent, 0);
      let x = 0;
      comp.forEach((c, i) => {
        const w = 600 * c.percent / total;
        const grey = /^(Other|Unclassified)/.test(c.taxon);
        const rect = svgEl("rect", { x: x.toFixed(2), y: 0, width: Math.max(w, 0.5).toFixed(2), height: 40,
          fill: grey ? "#767676" : GLANCE_COLOURS[i % GLANCE_COLOURS.length], stroke: "#fff" });
        hoverable(rect, c.taxon + ": " + c.percent.toFixed(2) + " %");
        svg.append(rect);
        x += w;
      });
      box.append(el("h3", {}, "Composition"), svg);
    }
    const d = r.diversity || {}, pct = d.percentiles || {};
    const metrics = Object.keys(pct);
    if (metrics.length) {
      const h = 34 * metrics.length + 24;
      const svg = svgEl("svg", { viewBox: "0 0 600 " + h, id: "glance-reference", role: "group",
        "aria-label": "Measures against the healthy reference" });
      const X = (p) => 160 + 4 * p;
      metrics.forEach((m, i) => {
        const y = 10 + 34 * i;
        const label = svgEl("text", { x: 0, y: y + 16, "font-size": 14, fill: "#1d1d1f" });
        label.textContent = m;
        svg.append(label, svgEl("rect", { x: X(0), y: y + 6, width: 400, height: 12, fill: "#e4e6ee" }),
          svgEl("rect", { x: X(25), y: y + 6, width: 200, height: 12, fill: "#9cc3e0" }));
        const mark = svgEl("circle", { cx: X(Math.max(0, Math.min(100, pct[m]))), cy: y + 12, r: 8, fill: "#A63D00" });
        const value = d[m] === null || d[m] === undefined ? "" : " " + Number(d[m]).toFixed(2);
        hoverable(mark, m + value + ": " + Math.round(pct[m]) + "th percentile of the healthy reference"
          + (d.reference ? " (" + d.reference.cohort + ", n = " + d.reference.size + ")" : ""));
        svg.append(mark);
      });
      const axis = svgEl("text", { x: X(0), y: h - 2, "font-size": 12, fill: "#555" });
      axis.textContent = "0th percentile · shaded: middle half of the reference (25th–75th) · 100th";
      svg.append(axis);
      box.append(el("h3", {}, "Measures against the healthy reference"), svg);
    }
    $("glance-value").textContent = "";
    $("glance").hidden = !box.childElementCount;
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

  // batch jobs: the list with progress, refreshed every two seconds while one runs and the view is shown
  let jobsTimer = null;
  async function loadJobs() {
    clearTimeout(jobsTimer);
    if (!lists) await loadConditions();
    const box = $("job-formats");
    if (lists && !box.querySelector("input")) {
      for (const f of lists["report-formats"].filter((f) => f !== "checklist-pdf")) {
        const id = "job-format-" + f;
        // json ticked by default (an attribute, so the form's reset after a submit ticks it again)
        const box1 = el("input", Object.assign({ type: "checkbox", id: id, value: f }, f === "json" ? { checked: "" } : {}));
        box.append(el("span", { class: "choice" }, box1, el("label", { for: id }, f)));
      }
    }
    try {
      const data = await api("GET", "/api/jobs");
      const tbody = document.querySelector("#jobs-table tbody");
      tbody.replaceChildren();
      for (const j of data.items) {
        const finished = j.total - j.waiting;
        tbody.append(el("tr", {}, el("td", {}, "#" + j.id + " (" + j.formats.join(", ") + ")"),
          el("td", {}, j.createdAt.substring(0, 19).replace("T", " ") + " by " + (j.createdBy || "?")),
          el("td", {}, el("progress", { max: String(j.total || 1), value: String(finished),
            "aria-label": "job " + j.id + " progress" }), " " + finished + " of " + j.total),
          el("td", {}, j.answersMissing), el("td", {}, j.failed),
          el("td", {}, j.state === "finished" ? el("a", { href: j.archive, download: "" }, "Download (zip)") : "running")));
      }
      if (data.items.length === 0) tbody.append(el("tr", {}, el("td", { colspan: "6" }, "No batch jobs yet.")));
      if (data.items.some((j) => j.state !== "finished") && !$("view-jobs").hidden)
        jobsTimer = setTimeout(loadJobs, 2000);
    } catch (e) { status(e.message, true); }
  }

  async function submitJob(e) {
    e.preventDefault();
    $("job-error").textContent = "";
    const form = new FormData();
    for (const f of $("job-files").files) form.append("file", f, f.name);
    form.append("answers", $("job-answers").files[0], $("job-answers").files[0].name);
    const formats = [...document.querySelectorAll("#job-formats input:checked")].map((i) => i.value);
    form.append("formats", formats.join(",") || "json");
    try {
      const r = await fetch("/api/jobs", { method: "POST", body: form, credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf } });
      const data = await r.json();
      if (!r.ok) throw new Error(data.error || ("HTTP " + r.status));
      status("Job #" + data.id + " submitted: " + data.total + " samples.");
      $("job-form").reset();
      loadJobs();
    } catch (err) { $("job-error").textContent = "The job was not submitted: " + err.message; }
  }

  // a citation as a link: a DOI to doi.org, PMID:n to PubMed, a web address as itself
  function citeLink(id, n) {
    const href = /^10\.\d{4,9}\//.test(id) ? "https://doi.org/" + id
      : /^PMID:\d+$/i.test(id) ? "https://pubmed.ncbi.nlm.nih.gov/" + id.substring(5) + "/" : /^https?:/.test(id) ? id : null;
    const text = "[" + n + "]";
    return href ? el("a", { href: href, rel: "noopener", title: id, "aria-label": "source " + n + ": " + id }, text)
      : el("span", { title: id }, text);
  }

  function cites(ids) {
    const span = el("span", { class: "cites" });
    (ids || []).forEach((id, i) => span.append(citeLink(id, i + 1)));
    return span;
  }

  // a table whose column headers sort it (click or Enter/Space on the header button); numbers sort as numbers
  function sortable(table) {
    for (const th of table.querySelectorAll("thead th")) {
      if (th.querySelector("button.sort")) continue;
      const b = el("button", { type: "button", class: "sort" }, th.textContent);
      th.replaceChildren(b);
      b.addEventListener("click", () => {
        const col = [...th.parentNode.children].indexOf(th);
        const asc = th.getAttribute("aria-sort") !== "ascending";
        for (const o of table.querySelectorAll("thead th")) o.removeAttribute("aria-sort");
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        const tbody = table.tBodies[0];
        const rows = [...tbody.rows].filter((r) => r.cells.length > col);
        const key = (r) => r.cells[col].dataset.sort !== undefined ? r.cells[col].dataset.sort : r.cells[col].textContent.trim();
        rows.sort((a, b) => {
          const x = key(a), y = key(b), nx = Number(x), ny = Number(y);
          const c = x !== "" && y !== "" && Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
          return asc ? c : -c;
        });
        tbody.append(...rows);
      });
    }
  }

  // one organism's trials for the chosen condition, in words, with their sources
  function trialEvidence(o, conditionName) {
    const t = o.trials || { strain: [], speciesOnly: 0 };
    const td = el("td", { "data-sort": String(t.strain.length) });
    if (!o.strainLevel) td.append("No strain printed, so it cannot be matched to a tested product.");
    else if (!t.strain.length) td.append("No trial of this strain" + (conditionName ? " for " + conditionName : "") + ".");
    else {
      const favoured = t.strain.filter((x) => x.favourable).length;
      td.append(t.strain.length + " trial" + (t.strain.length === 1 ? "" : "s") + " of this strain"
        + (conditionName ? " for " + conditionName : "") + "; " + favoured + " controlled trial" + (favoured === 1 ? "" : "s")
        + " favoured it.");
      const ul = el("ul", {});
      for (const x of t.strain) {
        ul.append(el("li", {}, (conditionName ? "" : (conditionNames[x.condition] || x.condition) + ": ") + x.design, cites(x.citations)));
      }
      td.append(ul);
    }
    if (t.speciesOnly) td.append(el("span", { class: "quiet" }, " " + t.speciesOnly + " trial" + (t.speciesOnly === 1 ? "" : "s")
      + " tested only the species (other strains or a mixture): context, not evidence for this product."));
    return td;
  }

  // the label verdict as people read it: headline, safety, the strains, the reasons with sources, the disclaimer
  function renderLabel(v) {
    const condName = v.condition ? (conditionNames[v.condition] || v.condition) : null;
    const head = el("div", { id: "label-verdict", class: "verdict-box " + v.verdict + (v.supportive ? " supportive" : "") },
      el("h2", { class: "verdict" }, v.headline),
      el("p", { class: "quiet" }, (condName ? "For " + condName + ". " : "No condition chosen or claimed. ")
        + "Verdict code: " + v.verdict + "."));
    const dose = v.dose ? v.dose.perDayWords + (v.dose.frequency ? "" : " (one serving a day assumed)")
      + (v.organisms.length > 1 ? ", whole product" : "") : "No amount printed";
    const table = el("table", { id: "label-strains", class: "sortable" },
      el("caption", {}, "Organisms on the label"),
      el("thead", {}, el("tr", {}, ...["As printed", "Recognised as", "Strain", "Dose per day",
        "Trial evidence" + (condName ? " for " + condName : "")].map((h) => el("th", { scope: "col" }, h)))));
    const tbody = el("tbody", {});
    for (const o of v.organisms) {
      tbody.append(el("tr", {}, el("td", {}, o.printed || ""),
        el("td", {}, el("em", {}, o.name), o.formerName ? " (formerly " + o.formerName + ")" : ""),
        el("td", {}, o.strain || "none printed"), el("td", {}, dose), trialEvidence(o, condName)));
    }
    if (!v.organisms.length) tbody.append(el("tr", {}, el("td", { colspan: "5" }, "No organism could be read.")));
    table.append(tbody);
    sortable(table);
    const reasons = el("ol", { id: "label-reasons" });
    for (const r of v.reasons) reasons.append(el("li", {}, r.text, cites(r.citations)));
    return [head, ...safetyBlock(v.safety), table, el("h3", {}, "Why"), reasons,
      el("p", { class: "quiet" }, v.disclaimer)];
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
      out.replaceChildren(...renderLabel(v));
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

  // one condition's ladder as the report draws it: the report's SVG (GET /api/evidence/ladder.svg) beside its
  // rungs, then the trial lanes; statements carry their sources
  function renderLadder(c) {
    const box = el("section", { class: "cond", "aria-labelledby": "ladder-" + c.id });
    const counts = c.ladder.map((r) => r.title + ": " + r.statements.length).join("; ");
    box.append(el("h2", { id: "ladder-" + c.id }, c.name + " — evidence ladder"),
      el("p", {}, el("span", { class: "tier" }, "certainty: " + c.certaintyTier), " " + c.certaintyNote, cites(c.certaintyCitations)),
      el("figure", { class: "ladder-figure" }, el("img", { src: "/api/evidence/ladder.svg?condition=" + encodeURIComponent(c.id),
        alt: "Evidence ladder of " + c.name + ", strongest rung first. " + counts })));
    for (const r of c.ladder) {
      box.append(el("div", { class: "rung" }, r.level + ". " + r.title));
      if (!r.statements.length) box.append(el("p", { class: "quiet" }, "No verified statement at this level."));
      else box.append(el("ul", {}, ...r.statements.map((st) => el("li", {}, st.text, cites(st.citations)))));
    }
    box.append(el("div", { class: "clear" }));
    if (c.lanes && c.lanes.length) {
      const t = el("table", { class: "sortable lanes" }, el("caption", {}, "Trial evidence by age group and purpose"),
        el("thead", {}, el("tr", {}, ...["Age group · purpose", "Certainty", "What the trials allow"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, ...c.lanes.map((l) => el("tr", {}, el("td", {}, l.label), el("td", {}, l.certainty),
          el("td", {}, l.phrase.replace(/:$/, ""), l.reasons.length ? el("span", { class: "quiet" }, " (" + l.reasons.join("; ") + ")") : "")))));
      sortable(t);
      box.append(t);
    }
    return box;
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
      out.replaceChildren(...v.conditions.map(renderLadder));
    } catch (e) { safety.replaceChildren(); out.replaceChildren(el("p", { class: "error" }, e.message)); }
  }


  // ---- lab-admin pages: users, API tokens, branding (REST under /api/admin/, lab-admin role only) ----
  function isAdmin() { return !!me && me.role === "lab-admin"; }

  function say(id, msg, isError) {
    const p = $(id);
    p.textContent = msg || "";
    p.className = isError ? "error" : "";
  }

  function fillRoles(roles) {
    for (const sel of document.querySelectorAll("select.roles")) {
      const keep = sel.value;
      sel.replaceChildren(...(sel.dataset.none ? [el("option", { value: "" }, sel.dataset.none)] : []),
        ...roles.map((r) => el("option", { value: r }, r)));
      sel.value = keep && roles.includes(keep) ? keep : sel.dataset.none ? "" : roles[0];
    }
  }

  async function loadUsers() {
    try {
      const data = await api("GET", "/api/admin/users");
      fillRoles(data.roles);
      const tbody = document.querySelector("#users-table tbody");
      tbody.replaceChildren();
      for (const u of data.items) {
        const role = el("select", { "aria-label": "Role of " + u.username });
        for (const r of data.roles) role.append(el("option", { value: r }, r));
        role.value = u.role;
        role.addEventListener("change", async () => {
          try {
            await api("POST", "/api/admin/users/" + u.id + "/role", { role: role.value });
            say("users-result", u.username + " is now " + role.value + ".");
          } catch (e) { role.value = u.role; say("users-result", e.message, true); }
        });
        const toggle = el("button", { type: "button", class: "secondary" },
          u.disabledAt ? "Enable " + u.username : "Disable " + u.username);
        toggle.addEventListener("click", async () => {
          try {
            if (u.disabledAt) await api("POST", "/api/admin/users/" + u.id + "/enable", {});
            else await api("DELETE", "/api/admin/users/" + u.id);
            await loadUsers();
            say("users-result", u.username + (u.disabledAt ? " can sign in again." : " is disabled: sign-in, sessions and tokens stopped."));
          } catch (e) { say("users-result", e.message, true); }
        });
        tbody.append(el("tr", {}, el("td", {}, u.username), el("td", {}, role),
          el("td", {}, u.disabledAt ? "disabled" : "active"), el("td", {}, u.createdAt.substring(0, 10)),
          el("td", {}, toggle)));
      }
      for (const sel of document.querySelectorAll("select.user-list")) {
        const keep = sel.value;
        sel.replaceChildren(...data.items.filter((u) => !u.disabledAt)
          .map((u) => el("option", { value: sel.id === "reset-user" ? u.id : u.username }, u.username + " (" + u.role + ")")));
        if (keep && [...sel.options].some((o) => o.value === keep)) sel.value = keep;
      }
    } catch (e) { say("users-result", e.message, true); }
  }

  async function createUser(ev) {
    ev.preventDefault();
    try {
      const u = await api("POST", "/api/admin/users", { username: $("new-username").value.trim(),
        password: $("new-password").value, role: $("new-role").value });
      $("new-username").value = ""; $("new-password").value = "";
      await loadUsers();
      say("users-result", "Created " + u.role + " " + u.username + ".");
    } catch (e) { say("users-result", e.message, true); }
  }

  async function resetPassword(ev) {
    ev.preventDefault();
    try {
      await api("POST", "/api/admin/users/" + $("reset-user").value + "/password", { password: $("reset-password").value });
      $("reset-password").value = "";
      say("users-result", "Password set; that user's browser sessions ended.");
    } catch (e) { say("users-result", e.message, true); }
  }

  async function loadTokens() {
    try {
      await loadUsers(); // the user and role lists of the form
      const data = await api("GET", "/api/admin/tokens");
      const tbody = document.querySelector("#tokens-table tbody");
      tbody.replaceChildren();
      for (const t of data.items) {
        const expired = new Date(t.expiresAt) < new Date();
        const state = t.revokedAt ? "revoked" : expired ? "expired" : "active";
        const cell = el("td", {});
        if (state === "active") {
          const b = el("button", { type: "button", class: "secondary" }, "Revoke token " + t.id);
          b.addEventListener("click", async () => {
            try { await api("DELETE", "/api/admin/tokens/" + t.id); await loadTokens(); say("tokens-result", "Token " + t.id + " revoked: refused from the next request on."); }
            catch (e) { say("tokens-result", e.message, true); }
          });
          cell.append(b);
        }
        tbody.append(el("tr", {}, el("td", {}, t.id), el("td", {}, t.user), el("td", {}, t.name), el("td", {}, t.role),
          el("td", {}, String(t.expiresAt).substring(0, 10)), el("td", {}, state), cell));
      }
    } catch (e) { say("tokens-result", e.message, true); }
  }

  async function createToken(ev) {
    ev.preventDefault();
    try {
      const body = { username: $("token-user").value, name: $("token-name").value.trim(),
        days: parseInt($("token-days").value, 10) };
      if ($("token-role").value) body.role = $("token-role").value;
      const t = await api("POST", "/api/admin/tokens", body);
      const box = $("token-new");
      box.replaceChildren(el("h2", {}, "New token for " + t.user + " — copy it now, it is shown only once"),
        el("p", {}, el("code", { id: "token-value", class: "token-once" }, t.token)),
        el("p", {}, "Role " + t.role + ", expires " + String(t.expiresAt).substring(0, 10) + ". Send it in the header ",
          el("code", {}, "Authorization: Bearer TOKEN"), "."));
      box.hidden = false;
      await loadTokens();
    } catch (e) { say("tokens-result", e.message, true); }
  }

  let brandingVersion = 0, exampleId = null, savedFormat = null;

  function preview() {
    $("brand-preview-name").textContent = $("brand-name").value || "(lab name)";
    $("brand-preview-address").replaceChildren(...$("brand-address").value.split("\n").filter((l) => l.trim())
      .map((l) => el("div", {}, l)));
    const sig = $("brand-signatory").value.trim();
    $("brand-preview-footer").textContent = ($("brand-name").value || "(lab name)") + (sig ? " · authorised by " + sig : "")
      + (exampleId && $("brand-format").value.trim() === savedFormat ? " · report " + exampleId + " (example)" : "");
  }

  function showBranding(b) {
    $("brand-name").value = b.labName || "";
    $("brand-address").value = b.address || "";
    $("brand-signatory").value = b.signatory || "";
    $("brand-format").value = b.reportIdFormat || "";
    brandingVersion = b.version;
    exampleId = b.exampleReportId;
    savedFormat = b.reportIdFormat || "";
    const img = $("brand-preview-logo");
    img.hidden = !b.logoType;
    if (b.logoType) { img.src = "/api/admin/branding/logo?v=" + b.version; img.alt = (b.labName || "lab") + " logo"; }
    else img.removeAttribute("src");
    $("brand-logo-remove").hidden = !b.logoType;
    preview();
  }

  async function loadBranding() {
    try { showBranding(await api("GET", "/api/admin/branding")); } catch (e) { say("branding-result", e.message, true); }
  }

  async function saveBranding(ev) {
    ev.preventDefault();
    try {
      showBranding(await api("POST", "/api/admin/branding", { labName: $("brand-name").value,
        address: $("brand-address").value, signatory: $("brand-signatory").value,
        reportIdFormat: $("brand-format").value }));
      say("branding-result", "Saved. Reports made from now on carry this letterhead.");
    } catch (e) { say("branding-result", e.message, true); }
  }

  async function uploadLogo() {
    const f = $("brand-logo").files[0];
    if (!f) return;
    try {
      const r = await fetch("/api/admin/branding/logo", { method: "POST", credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf, "Content-Type": f.type || "application/octet-stream" }, body: f });
      const data = await r.json();
      if (!r.ok) throw new Error(data.error || ("HTTP " + r.status));
      showBranding(data);
      say("branding-result", "Logo stored (" + data.logoType + ").");
    } catch (e) { say("branding-result", e.message, true); }
    $("brand-logo").value = "";
  }

  async function removeLogo() {
    try { await api("DELETE", "/api/admin/branding/logo"); await loadBranding(); say("branding-result", "Logo removed."); }
    catch (e) { say("branding-result", e.message, true); }
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
    $("search-form").addEventListener("submit", (e) => { e.preventDefault(); cursor = null; loadSamples(false); });
    $("more").addEventListener("click", () => loadSamples(true));
    $("label-form").addEventListener("submit", checkLabel);
    $("job-form").addEventListener("submit", submitJob);
    $("evidence-form").addEventListener("submit", showEvidence);
    $("user-form").addEventListener("submit", createUser);
    $("reset-form").addEventListener("submit", resetPassword);
    $("token-form").addEventListener("submit", createToken);
    $("branding-form").addEventListener("submit", saveBranding);
    $("branding-form").addEventListener("input", preview);
    $("brand-logo").addEventListener("change", uploadLogo);
    $("brand-logo-remove").addEventListener("click", removeLogo);
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
