/* The draft editor, enhanced: a live check as the mentee types, evidence highlighted in place, a phone
 * preview, text kept in this browser until it is saved, saving without leaving the page, and the model's
 * critique on request. Without this file the page is a plain form that still saves.
 * On the home page (a form with data-trial) the same editor lets a visitor try the live check: nothing is
 * saved, the text is kept in this browser, and the first draft opened after signing up takes it over. */
(() => {
  "use strict";

  const DEBOUNCE_MS = 300;
  // The rubrics in the product's order, written into the page from coach/vocabulary.py.
  const RUBRICS = (document.getElementById("live-check")?.dataset.rubrics || "").split(" ").filter(Boolean);
  const STORE_PREFIX = "coach:draft:";
  const TRIAL_KEY = "coach:trial"; // what a visitor typed on the home page, until a draft takes it over
  const SEVERITIES = ["major", "minor", "praise"]; // worst first: an overlap is marked as its worst finding

  // Small DOM helpers: every piece of user or model text goes in through textContent, never as HTML.
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);
  const score = (value) => (typeof value === "number" ? value.toFixed(1) : "–");

  // The engine counts offsets in code points (Python); JavaScript strings count UTF-16 units.
  function unitOffset(text, codePoints) {
    let units = 0;
    let seen = 0;
    for (const ch of text) {
      if (seen === codePoints) break;
      units += ch.length;
      seen += 1;
    }
    return units;
  }

  /** The span a finding's evidence covers in the field's current text, or null if the text moved on. */
  function evidenceSpan(finding, fields) {
    const ev = finding && finding.evidence;
    if (!ev || !fields[ev.field] || typeof ev.start !== "number") return null;
    const text = fields[ev.field].value;
    const start = unitOffset(text, ev.start);
    const end = unitOffset(text, ev.end);
    if (end <= start || text.slice(start, end) !== ev.text) return null;
    return { field: ev.field, start, end };
  }

  // One-click edits: {field, start, end, replacement} in code points of the text the critique saw. ------

  /** The edit's range in UTF-16 units if `basis` (the text critiqued) is still the field's text, else null. */
  function editRange(edit, fields, basis) {
    const field = edit && fields[edit.field];
    if (!field || typeof edit.start !== "number" || typeof edit.replacement !== "string") return null;
    const text = field.value;
    if (basis && basis[edit.field] !== text) return null;
    const start = unitOffset(text, edit.start);
    const end = unitOffset(text, edit.end);
    return end >= start && end <= text.length ? { field, text, start, end } : null;
  }

  const shorten = (text, limit = 40) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
  const visible = (text) => text.replace(/\n/g, " ⏎ ").trim();

  /** What an edit does, in words: the button's label. */
  function describeEdit(edit, range, limit) {
    const old = visible(range.text.slice(range.start, range.end));
    const replacement = visible(edit.replacement);
    const where = edit.field === "subject" ? " in the subject" : "";
    if (!edit.replacement.trim() && old) return `Delete “${shorten(old, limit)}”${where}`;
    if (range.start === range.end) return `Insert “${shorten(replacement, limit)}”${where}`;
    return `Replace “${shorten(old, limit)}” with “${shorten(replacement, limit)}”${where}`;
  }

  /**
   * Apply an edit through the field's own editing, so the browser's undo (Ctrl+Z) takes it back: select the
   * range and insert the replacement with execCommand; where that is missing, set the text and say so by an
   * input event. Either way the input listeners (live check, stored text, highlights) run.
   */
  function applyEdit(edit, range) {
    const { field, text, start, end } = range;
    const expected = text.slice(0, start) + edit.replacement + text.slice(end);
    field.focus();
    field.setSelectionRange(start, end);
    let done = false;
    try {
      done = document.execCommand(edit.replacement ? "insertText" : "delete", false, edit.replacement);
    } catch (err) {
      done = false;
    }
    if (!done || field.value !== expected) {
      field.value = text;
      field.setRangeText(edit.replacement, start, end, "end");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  /** An "Apply" button for a finding's edit, labelled with what it does; null if the edit no longer fits. */
  function applyButton(finding, fields, basis, onApply) {
    const range = editRange(finding.edit, fields, basis);
    if (!range) return null;
    // The visible text is the accessible name: what the button does, with long quotes shortened.
    const button = el("button", { type: "button", className: "apply-edit secondary",
      title: `Apply: ${describeEdit(finding.edit, range, 400)}`, "data-code": finding.code || "model" },
    `Apply: ${describeEdit(finding.edit, range, 60)}`);
    button.addEventListener("click", () => {
      const now = editRange(finding.edit, fields, basis);
      if (now) onApply(finding, now);
    });
    return button;
  }

  // Highlights: a mirror behind the transparent field draws <mark>s where the evidence is. ----------

  const MIRRORED = ["fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight", "letterSpacing",
    "wordSpacing", "textIndent", "textTransform", "tabSize", "paddingTop", "paddingRight", "paddingBottom",
    "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth",
    "borderStyle", "boxSizing"];

  function makeMirror(field) {
    const wrap = el("div", { className: "hl-wrap" });
    const mirror = el("div", { className: "hl-mirror", "aria-hidden": "true" });
    field.parentNode.insertBefore(wrap, field);
    wrap.append(mirror, field);
    field.classList.add("hl-field");
    const multiline = field.tagName === "TEXTAREA";
    mirror.classList.toggle("hl-single", !multiline);

    function copyStyle() {
      const style = getComputedStyle(field);
      for (const name of MIRRORED) mirror.style[name] = style[name];
      mirror.style.borderColor = "transparent";
    }

    function syncScroll() {
      mirror.scrollTop = field.scrollTop;
      mirror.scrollLeft = field.scrollLeft;
    }

    /** Draw the field's text with marks over `spans` ([{start, end, id, severity}] in UTF-16 units). */
    function render(spans) {
      const text = field.value;
      const cuts = new Set([0, text.length]);
      for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
      const points = [...cuts].sort((a, b) => a - b);
      const parts = [];
      for (let i = 0; i < points.length - 1; i += 1) {
        const [from, to] = [points[i], points[i + 1]];
        const covering = spans.filter((s) => s.start <= from && s.end >= to);
        const piece = text.slice(from, to);
        if (!covering.length) {
          parts.push(piece);
          continue;
        }
        const worst = SEVERITIES.find((sev) => covering.some((s) => s.severity === sev)) || "minor";
        parts.push(el("mark", { "data-findings": covering.map((s) => s.id).join(" "), className: `sev-${worst}` }, piece));
      }
      if (multiline && text.endsWith("\n")) parts.push(" "); // a trailing newline needs a line to show
      mirror.replaceChildren(...parts);
      syncScroll();
    }

    copyStyle();
    field.addEventListener("scroll", syncScroll);
    if (window.ResizeObserver) new ResizeObserver(() => { copyStyle(); syncScroll(); }).observe(field);
    return { mirror, render, syncScroll };
  }

  // Critique panels --------------------------------------------------------------------------------

  function scoresList(scores) {
    return el("dl", { className: "scores" }, ...RUBRICS.map((rubric) => el("div", { className: "score" },
      el("dt", {}, capitalise(rubric)),
      el("dd", {},
        el("meter", { min: 1, max: 5, low: 2.5, high: 3.9, optimum: 5, value: scores[rubric] ?? 0 }),
        el("span", { "data-rubric": rubric }, score(scores[rubric]))))));
  }

  function findingItem(finding, index, onChoose, fields, apply) {
    const span = evidenceSpan(finding, fields);
    const ev = finding.evidence;
    let quote = null;
    if (ev && ev.text) {
      quote = span
        ? el("button", { type: "button", className: "evidence evidence-link", "data-finding": index,
          title: "Show this in your text" }, ev.text)
        : el("q", { className: "evidence" }, ev.text);
      if (span) quote.addEventListener("click", () => onChoose(index));
    }
    return el("li", { className: `finding ${finding.severity || ""}`, "data-code": finding.code || null },
      el("span", { className: "badge" }, finding.severity || "note"), " ",
      el("strong", {}, capitalise(finding.rubric || "")), ": ", finding.message || "",
      quote, finding.fix ? el("p", { className: "fix" }, `Fix: ${finding.fix}`) : null,
      apply && finding.edit ? applyButton(finding, fields, apply.basis, apply.onApply) : null);
  }

  /** Problems first, in a list; praise folded away under "What works", so the fixes stand out. */
  function findingLists(findings, onChoose, fields, apply) {
    const items = findings.map((f, i) => [f, findingItem(f, i, onChoose, fields, apply)]);
    const problems = items.filter(([f]) => f.severity !== "praise").map(([, li]) => li);
    const praise = items.filter(([f]) => f.severity === "praise").map(([, li]) => li);
    const parts = [problems.length ? el("ul", { className: "findings" }, ...problems)
      : el("p", { className: "hint" }, "Nothing to fix.")];
    if (praise.length) {
      parts.push(el("details", { className: "praise" }, el("summary", {}, `What works (${praise.length})`),
        el("ul", { className: "findings" }, ...praise)));
    }
    return el("div", {}, ...parts);
  }

  /** A critique as the server's critique panel draws it, with findings that can be chosen and edits applied
   * (`apply`: {basis: the text critiqued, onApply}). */
  function critiquePanel(critique, title, onChoose, fields, apply = null) {
    const findings = critique.findings || [];
    return el("section", { className: "critique", "aria-label": title },
      el("h3", {}, title, el("span", { className: "overall", id: null }, `${score(critique.overall)}/5`)),
      scoresList(critique.scores || {}),
      critique.summary ? el("p", {}, critique.summary) : null,
      findingLists(findings, onChoose, fields, apply),
      critique.cached ? el("p", { className: "hint" }, "From the log: this exact text was critiqued before.") : null);
  }

  // Stats: the engine reports ask_found (true/false) and time_bound (minutes, or null when none). ---

  function flag(kind, critique) {
    const stats = critique.stats || {};
    if (kind === "ask") return typeof stats.ask_found === "boolean" ? stats.ask_found : null;
    return "time_bound" in stats ? stats.time_bound !== null : null;
  }

  function statsItems(critique) {
    const stats = critique.stats || {};
    const items = [];
    if (typeof stats.words === "number") {
      // The range is the engine's for this kind of message (a follow-up is shorter than a first message).
      const range = Array.isArray(stats.word_range) ? stats.word_range : null;
      const inRange = range && stats.words >= range[0] && stats.words <= range[1];
      items.push(["Words", el("span", { className: range ? (inRange ? "ok" : "off") : "" }, String(stats.words)),
        el("span", { className: "hint" }, range ? ` (aim for ${range[0]}–${range[1]})` : "")]);
    }
    if (stats.reading_grade !== undefined && stats.reading_grade !== null) {
      items.push(["Reading grade", String(typeof stats.reading_grade === "number"
        ? Math.round(stats.reading_grade * 10) / 10 : stats.reading_grade)]);
    }
    if (stats.questions !== undefined) items.push(["Questions", String(stats.questions)]);
    for (const [kind, label] of [["ask", "The ask"], ["time", "Time bound"]]) {
      const found = flag(kind, critique);
      const text = found === null ? "not measured" : found ? "found" : "missing";
      items.push([label, el("span", { className: found === null ? "" : found ? "ok" : "off" }, text)]);
    }
    return items.map(([term, ...desc]) => el("div", {}, el("dt", {}, term), el("dd", {}, ...desc)));
  }

  // The editor -------------------------------------------------------------------------------------

  function storedText(key) {
    try {
      return JSON.parse(localStorage.getItem(key) || "null");
    } catch (err) {
      return null;
    }
  }

  function writeStore(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(value));
    } catch (err) {
      // Storage full or disabled: the page still holds the text; nothing more we can do here.
    }
  }

  function forgetOlderRevisions(draftId, revision) {
    try {
      const prefix = `${STORE_PREFIX}${draftId}:revision:`;
      for (let i = localStorage.length - 1; i >= 0; i -= 1) {
        const key = localStorage.key(i);
        if (key && key.startsWith(prefix) && Number(key.slice(prefix.length)) < revision) localStorage.removeItem(key);
      }
    } catch (err) {
      // Storage disabled: there is nothing stored to clean.
    }
  }

  function Editor(form) {
    const main = form.closest("main");
    const fields = { subject: form.elements.subject, body: form.elements.body };
    const trial = "trial" in form.dataset;
    const draftId = form.dataset.draftId;
    const revision = Number(form.dataset.revision);
    const storeKey = trial ? TRIAL_KEY : `${STORE_PREFIX}${draftId}:revision:${revision}`;
    const saved = { subject: fields.subject.value, body: fields.body.value };
    const contextNode = document.getElementById("draft-context");
    const context = contextNode ? JSON.parse(contextNode.textContent) : null;
    const liveSection = document.getElementById("live-check");
    const livePanel = document.getElementById("live-panel");
    const liveStatus = document.getElementById("live-status");
    const statsList = document.getElementById("live-stats");
    const saveStatus = document.getElementById("save-status");
    const saveButton = document.getElementById("save-button");
    const appliedField = form.elements.applied_edits;
    const mirrors = { subject: makeMirror(fields.subject), body: makeMirror(fields.body) };

    let timer = null;
    let controller = null;
    let last = null; // {sent: {subject, body}, critique}
    let saving = false;
    let stopped = false;

    const current = () => ({ subject: fields.subject.value, body: fields.body.value });

    function drawHighlights() {
      const spans = { subject: [], body: [] };
      const findings = last ? last.critique.findings || [] : [];
      findings.forEach((finding, id) => {
        const span = evidenceSpan(finding, fields);
        if (span) spans[span.field].push({ ...span, id, severity: finding.severity });
      });
      for (const name of Object.keys(mirrors)) mirrors[name].render(spans[name]);
    }

    /** Show where a live finding is: select its words in the field and make the highlight flash. */
    function chooseFinding(index, critique = last && last.critique) {
      const span = critique && evidenceSpan((critique.findings || [])[index], fields);
      if (!span) return;
      const field = fields[span.field];
      field.focus({ preventScroll: true });
      field.setSelectionRange(span.start, span.end);
      const marks = mirrors[span.field].mirror.querySelectorAll(`mark[data-findings~="${index}"]`);
      if (marks.length && last && critique === last.critique) {
        const top = marks[0].offsetTop;
        field.scrollTop = Math.max(0, top - field.clientHeight / 3);
        mirrors[span.field].syncScroll();
        for (const mark of marks) {
          mark.classList.remove("flash-mark");
          void mark.offsetWidth; // restart the animation when the same finding is chosen twice
          mark.classList.add("flash-mark");
        }
      }
      field.closest(".field").scrollIntoView({ block: "nearest", behavior: "smooth" });
    }

    // The edits applied since the last save, newest last, each with the field's text right after it: an undo
    // that brings the text back from exactly that state takes the edit off the list the revision records.
    const applied = [];
    const lastText = current();

    function recordApplied() {
      if (appliedField) appliedField.value = applied.map((a) => a.code).join(",");
    }

    /** Apply a finding's edit and note its code in the form, so the saved revision records it. */
    function onApply(finding, range) {
      applyEdit(finding.edit, range);
      applied.push({ code: finding.code || "model", field: finding.edit.field, after: range.field.value });
      recordApplied();
      liveStatus.textContent = "Applied. Ctrl+Z undoes it; checking again…";
    }

    function onUndo(event) {
      const top = applied[applied.length - 1];
      const name = event.target === fields.subject ? "subject" : "body";
      if (event.inputType === "historyUndo" && top && top.field === name && top.after === lastText[name]) {
        applied.pop();
        recordApplied();
      }
      lastText[name] = fields[name].value;
    }

    function showLive(critique, sent) {
      livePanel.replaceChildren(critiquePanel(critique, "Built-in coach", (i) => chooseFinding(i), fields,
        { basis: sent, onApply }));
      statsList.replaceChildren(...statsItems(critique));
      drawHighlights();
    }

    async function check() {
      const sent = current();
      controller = new AbortController();
      liveStatus.textContent = "Checking…";
      try {
        const response = await fetch(form.dataset.critiqueUrl, {
          method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify({ ...sent, context }), signal: controller.signal, credentials: "same-origin",
        });
        const data = await response.json();
        if (!response.ok) throw new Error((data.error && data.error.message) || `error ${response.status}`);
        if (stopped) return;
        last = { sent, critique: data };
        showLive(data, sent);
        liveStatus.textContent = `Checked at ${new Date().toLocaleTimeString()}.`;
      } catch (err) {
        if (err.name === "AbortError" || stopped) return;
        liveStatus.textContent = `The live check is not available right now (${err.message}). `
          + "Your text is safe, and Save still works.";
      }
    }

    function schedule() {
      clearTimeout(timer);
      if (controller) controller.abort(); // a newer text makes the answer in flight stale
      liveStatus.textContent = "Waiting for you to pause…";
      timer = setTimeout(check, DEBOUNCE_MS);
    }

    function updatePhone() {
      const { subject, body } = current();
      document.getElementById("phone-subject").textContent = subject.trim() || "(no subject)";
      document.getElementById("phone-preview").textContent = body.replace(/\s+/g, " ").trim();
    }

    function keepUnsaved() {
      const text = current();
      const unchanged = text.subject === saved.subject && text.body === saved.body;
      writeStore(storeKey, unchanged ? null : { ...text, at: new Date().toISOString() });
    }

    function say(message, kind = "warning", extra = null) {
      saveStatus.replaceChildren(el("p", { className: `flash ${kind}` }, message, extra));
    }

    /** Put stored text in the fields, with a Discard button that goes back to what the page held. */
    function restore(stored, message, back) {
      fields.subject.value = stored.subject || "";
      fields.body.value = stored.body || "";
      const discard = el("button", { type: "button", className: "secondary" }, "Discard");
      discard.addEventListener("click", () => {
        fields.subject.value = saved.subject;
        fields.body.value = saved.body;
        writeStore(storeKey, null);
        saveStatus.replaceChildren(el("p", { className: "flash" }, back));
        onInput();
      });
      say(message, "warning", discard);
    }

    function restoreUnsaved() {
      const stored = storedText(storeKey);
      if (!stored || (stored.subject === saved.subject && stored.body === saved.body)) return false;
      const when = stored.at ? new Date(stored.at).toLocaleString() : "earlier";
      restore(stored, `Restored unsaved text from ${when}. `,
        trial ? "Cleared." : `Back to saved revision ${revision}.`);
      return true;
    }

    /** The first draft opened after trying the home page takes over what the visitor typed there. */
    function adoptTrial() {
      const stored = storedText(TRIAL_KEY);
      writeStore(TRIAL_KEY, null);
      if (!stored || !(stored.subject || stored.body)) return;
      restore(stored, "Here is the message you wrote on the home page, in place of the coach's draft: "
        + "save it to keep it. ", `Back to saved revision ${revision}.`);
      keepUnsaved(); // kept for this draft now, so a reload does not lose it
    }

    /** The home page's button that loads the course's example message. */
    function bindExample() {
      const button = document.getElementById("load-example");
      const example = document.getElementById("lesson-example");
      if (!button || !example) return;
      const message = JSON.parse(example.textContent);
      button.hidden = false;
      button.addEventListener("click", () => {
        fields.subject.value = message.subject;
        fields.body.value = message.body;
        onInput();
        fields.body.focus();
      });
    }

    function onInput() {
      // Edits are offsets into the text a critique saw: once the text moves on they wait for the next check.
      for (const button of main.querySelectorAll(".apply-edit")) button.disabled = true;
      keepUnsaved();
      updatePhone();
      drawHighlights(); // marks whose words changed drop out until the next check
      schedule();
    }

    function failedSave(reason) {
      say(`Not saved: ${reason} Your text is kept on this page and in this browser, `
        + "so it comes back if you reload; press Save again when you can.");
    }

    async function save(event) {
      event.preventDefault();
      if (saving) return;
      saving = true;
      saveButton.disabled = true;
      keepUnsaved();
      say("Saving…", "");
      try {
        const response = await fetch(form.action, {
          method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "text/html" },
        });
        await afterSave(response);
      } catch (err) {
        failedSave("the server could not be reached (are you offline?).");
      } finally {
        saving = false;
        saveButton.disabled = false;
      }
    }

    /** The session ended: say so, show the answer's signed-out header, and link to sign in and come back here. */
    function sessionEnded(page) {
      const header = page.querySelector("header.site");
      const current = document.querySelector("header.site");
      if (header && current) current.replaceWith(document.importNode(header, true));
      const link = el("a", { href: `${form.dataset.signinUrl}?next=${encodeURIComponent(window.location.pathname)}` },
        "Sign in again");
      say("Not saved: your session has ended. Your text is kept in this browser and comes back on this draft "
        + "once you are signed in. ", "warning", link);
    }

    async function afterSave(response) {
      const url = new URL(response.url, window.location.href);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      if (url.pathname === form.dataset.signinUrl || page.querySelector("[data-session-ended]")) {
        sessionEnded(page);
        return;
      }
      const errors = page.querySelector(".error-summary");
      if (response.ok && page.getElementById("revision-form") && !errors) {
        writeStore(storeKey, null);
        replacePage(page);
        return;
      }
      if (errors) {
        const items = [...errors.querySelectorAll("li")].map((li) => li.textContent.trim()).join(" ");
        failedSave(`${items}`);
        return;
      }
      const title = page.querySelector("h1");
      failedSave(`${title ? title.textContent.trim() : "the server answered with an error"} (error ${response.status}).`);
    }

    /** Show the saved page (new revision, critique and history) without a reload. */
    function replacePage(page) {
      stop();
      const fresh = page.querySelector("main");
      document.title = page.title;
      main.replaceWith(fresh);
      const flash = fresh.querySelector(".flash");
      const form2 = fresh.querySelector("#revision-form");
      forgetOlderRevisions(form2.dataset.draftId, Number(form2.dataset.revision));
      start(form2);
      if (flash) {
        flash.tabIndex = -1;
        flash.focus();
      }
    }

    function stop() {
      stopped = true;
      clearTimeout(timer);
      if (controller) controller.abort();
    }

    for (const field of Object.values(fields)) {
      field.addEventListener("input", onUndo);
      field.addEventListener("input", onInput);
    }
    form.addEventListener("submit", trial ? (event) => event.preventDefault() : save);
    window.addEventListener("pagehide", () => { if (!stopped) keepUnsaved(); });
    liveSection.hidden = false;
    const savedCritiques = document.getElementById("saved-critiques");
    if (savedCritiques) savedCritiques.open = false; // the live check shows the same until the text changes
    bindSavedEdits();
    if (!restoreUnsaved() && !trial) adoptTrial();
    if (trial) bindExample();
    updatePhone();
    drawHighlights();
    check();
    return { stop, fields, chooseFinding, onApply, saved };

    /** The saved critiques' Apply buttons (drawn by the server, hidden without this script). */
    function bindSavedEdits() {
      for (const button of main.querySelectorAll("button.apply-edit[data-edit]")) {
        const finding = { code: button.dataset.code, edit: JSON.parse(button.dataset.edit) };
        const range = editRange(finding.edit, fields, saved);
        if (!range) continue;
        button.textContent = `Apply: ${describeEdit(finding.edit, range, 60)}`;
        button.title = `Apply: ${describeEdit(finding.edit, range, 400)}`;
        button.hidden = false;
        button.addEventListener("click", () => {
          const now = editRange(finding.edit, fields, saved);
          if (now) onApply(finding, now);
        });
      }
    }
  }

  // The model's critique of the saved revision, on request. ---------------------------------------

  function bindModelCritique(editor) {
    const panel = document.getElementById("model-panel");
    for (const trigger of document.querySelectorAll("form[data-model-critique-url]")) {
      trigger.addEventListener("submit", (event) => {
        event.preventDefault();
        askModel(trigger, panel, editor, event.submitter);
      });
    }
  }

  async function askModel(trigger, panel, editor, submitter) {
    const button = submitter || trigger.querySelector("button");
    const started = Date.now();
    const progress = el("p", { className: "flash", role: "status" }, "Asking the model… 0 s");
    panel.replaceChildren(progress);
    button.disabled = true;
    const tick = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000);
      progress.textContent = `Asking the model… ${seconds} s (you can keep editing)`;
    }, 1000);
    const body = new FormData(trigger);
    if (submitter && submitter.name) body.append(submitter.name, submitter.value);
    try {
      const response = await fetch(trigger.dataset.modelCritiqueUrl, {
        method: "POST", credentials: "same-origin",
        headers: { "X-CSRFToken": body.get("csrf_token") || "", "Content-Type": "application/json",
          Accept: "application/json" },
        body: JSON.stringify({ force: body.get("force") === "1" || body.get("force") === "true" }),
      });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) {
        throw new Error((data.error && data.error.message) || `the server answered with error ${response.status}`);
      }
      if (data.model_error) {
        panel.replaceChildren(el("p", { className: "flash warning", role: "alert" },
          `The model could not critique this revision: ${data.model_error} Your draft is unchanged and the `
          + "built-in critique stands."));
        return;
      }
      panel.replaceChildren(critiquePanel(data, `Model: ${data.model || "the model"}`,
        (i) => editor.chooseFinding(i, data), editor.fields, { basis: editor.saved, onApply: editor.onApply }));
    } catch (err) {
      const reason = err instanceof TypeError ? "the server could not be reached" : err.message;
      panel.replaceChildren(el("p", { className: "flash warning", role: "alert" },
        `The model's critique did not come: ${reason}. Your draft is unchanged and the built-in critique stands.`));
    } finally {
      clearInterval(tick);
      button.disabled = false;
    }
  }

  function start(form) {
    if (!form) return;
    const editor = Editor(form);
    bindModelCritique(editor);
  }

  start(document.getElementById("revision-form"));
})();
