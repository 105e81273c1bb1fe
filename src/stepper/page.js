"use strict";
// The memory stepper's page: draws the steps of a minipy trace (src/stepper/schema.rs).
// Steps store changes; the objects at step N are rebuilt by applying steps 0..N, from
// the nearest state kept every KEEP steps.
window.addEventListener("error", (e) => document.body.setAttribute("data-js-error", String(e.message)));

const T = JSON.parse(document.getElementById("trace").textContent);
const N = T.steps.length;
const KEEP = 32;
const kept = new Map(); // step index -> Map(id -> object), the objects after that step
const $ = (id) => document.getElementById(id);
let cur = 0;
let selected = null;

function applyStep(objs, s) {
  for (const id of s.gone) objs.delete(id);
  for (const o of s.objects) objs.set(o.id, o);
}

function objectsAt(n) {
  if (n < 0) return new Map();
  if (kept.has(n)) return kept.get(n);
  let k = n - (n % KEEP);
  let start;
  let objs;
  if (k === n) {
    objs = new Map(objectsAt(n - 1));
    applyStep(objs, T.steps[n]);
    kept.set(n, objs);
    return objs;
  }
  objs = new Map(objectsAt(k));
  for (start = k + 1; start <= n; start++) applyStep(objs, T.steps[start]);
  return objs;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// A reference as drawn in a cell: the value inline, or a dot an arrow leaves from.
function refCell(ref, from) {
  if (ref.inline !== undefined) return el("span", "inline", ref.inline);
  const p = el("span", "ptr");
  p.dataset.to = String(ref.id);
  p.dataset.from = from;
  p.title = "→ object #" + ref.id;
  return p;
}

function place(p) {
  if (!p) return "";
  const src = T.sources[p.source];
  const text = src ? (src.lines[p.line - src.first_line] || "").trim() : "";
  return "line " + p.line + (text ? ": " + text : "");
}

function describe(s) {
  const top = s.frames[s.frames.length - 1];
  const fn = top && top.name !== "<module>" ? top.name + "()" : "";
  switch (s.event) {
    case "call": return "call: " + fn + " starts; " + place(s.at) + " runs next";
    case "line": return place(s.at) + " runs next";
    case "return": {
      const v = s.return_value ? (s.return_value.inline !== undefined ? s.return_value.inline : "object #" + s.return_value.id) : "None";
      return "return: " + fn + " returns " + v;
    }
    case "exception": return (s.at ? "exception leaves " + (fn || "the module") + ": " : "the program stopped: ") + (s.exception || "");
    case "gc": return "gc: a collection ran and found " + s.collected + " unreachable object" + (s.collected === 1 ? "" : "s");
    case "end": return T.mode === "interactive" ? "the input finished" : "the program finished";
    default: return s.event;
  }
}

// The source: the script, or at the prompt every input so far as a transcript.
function renderCode(s) {
  const code = $("code");
  code.textContent = "";
  const at = s.at || s.prev || lastPlace(cur);
  if (!at && T.mode !== "interactive") return;
  const shown = T.mode === "interactive" ? T.sources.map((_, i) => i).filter((i) => i <= maxSource(cur)) : [at.source];
  if (T.mode !== "interactive") code.appendChild(el("span", "src-name", T.sources[at.source].name));
  for (const si of shown) {
    const src = T.sources[si];
    src.lines.forEach((line, i) => {
      const no = i + src.first_line;
      const row = el("span", "ln");
      row.dataset.source = String(si);
      row.dataset.line = String(no);
      if (s.at && s.at.source === si && s.at.line === no) row.classList.add("cur");
      else if (s.prev && s.prev.source === si && s.prev.line === no) row.classList.add("prev");
      row.appendChild(el("span", "no", T.mode === "interactive" ? (i === 0 ? ">>>" : "...") : String(no)));
      row.appendChild(el("span", "mark"));
      row.appendChild(document.createTextNode(line + "\n"));
      code.appendChild(row);
    });
  }
  const mark = code.querySelector(".cur") || code.querySelector(".prev");
  if (mark) code.scrollTop = Math.max(0, mark.offsetTop - code.clientHeight / 2);
  else code.scrollTop = code.scrollHeight;
}

// The last input typed by step n (at the prompt).
function maxSource(n) {
  let m = -1;
  for (let i = 0; i <= n; i++) {
    const s = T.steps[i];
    if (s.at) m = Math.max(m, s.at.source);
  }
  return m;
}

function lastPlace(n) {
  for (let i = n; i >= 0; i--) if (T.steps[i].at) return T.steps[i].at;
  return null;
}

function renderFrames(s) {
  const box = $("frames");
  box.textContent = "";
  const frames = s.frames.slice().reverse();
  frames.forEach((f, i) => {
    const fr = el("div", "frame" + (i === 0 ? " active" : ""));
    fr.dataset.frame = String(f.id);
    const head = el("div", "fname", f.name === "<module>" ? "Global frame" : f.name + "()");
    if (f.line) head.appendChild(el("span", "fline", "  line " + f.line));
    fr.appendChild(head);
    const table = el("table");
    for (const v of f.vars) {
      const tr = el("tr", "var");
      tr.appendChild(el("td", "var-name", v.name));
      const td = el("td", "var-value");
      td.appendChild(refCell(v.value, v.name));
      if (v.cell) td.appendChild(el("span", "cellnote", " (cell)"));
      tr.appendChild(td);
      table.appendChild(tr);
    }
    if (i === 0 && s.event === "return" && s.return_value) {
      const tr = el("tr", "retval");
      tr.appendChild(el("td", "var-name", "Return value"));
      const td = el("td", "var-value");
      td.appendChild(refCell(s.return_value, "return"));
      tr.appendChild(td);
      table.appendChild(tr);
    }
    fr.appendChild(table);
    box.appendChild(fr);
    if (s.hidden_frames && i === frames.length - 2) {
      box.appendChild(el("div", "hidden-frames", "… " + s.hidden_frames + " more calls running (not drawn)"));
    }
  });
}

function boxFor(o, before, opts) {
  const b = el("div", "box kind-" + o.kind);
  b.id = (opts.freed ? "freed-" : "obj-") + o.id;
  b.dataset.id = String(o.id);
  const head = el("div", "head");
  const left = el("span");
  left.appendChild(el("span", "tname", o.type));
  left.appendChild(el("span", "oid", " #" + o.id));
  head.appendChild(left);
  if (opts.freed) {
    const rc = el("span", "rc", "refcount " + (opts.rcBefore === null || opts.rcBefore === undefined ? "" : opts.rcBefore + " ") + "→ 0");
    head.appendChild(rc);
    head.appendChild(el("span", "tag freed-tag", "freed"));
    b.classList.add("freed");
  } else {
    const old = before.get(o.id);
    const rc = el("span", "rc", old && old.refcount !== o.refcount ? "refcount " + old.refcount + " → " + o.refcount : "refcount = " + o.refcount);
    if (old && old.refcount !== o.refcount) rc.classList.add("moved");
    head.appendChild(rc);
    if (!old && cur > 0) {
      b.classList.add("created");
      head.appendChild(el("span", "tag new", "new"));
    }
    if (o.unreachable) {
      b.classList.add("unreachable");
      head.appendChild(el("span", "tag unreach", "unreachable"));
    }
  }
  b.appendChild(head);
  const body = el("div", "body");
  const from = (label) => "#" + o.id + label;
  if (o.kind === "list" || o.kind === "tuple" || o.kind === "set") {
    const t = el("table");
    const labels = el("tr");
    const cells = el("tr");
    o.items.forEach((it) => {
      labels.appendChild(el("td", "lbl", it.label));
      const td = el("td", "cell");
      td.appendChild(opts.freed ? el("span", "inline", "·") : refCell(it.value, from("[" + it.label + "]")));
      cells.appendChild(td);
    });
    if (o.kind !== "set") t.appendChild(labels);
    t.appendChild(cells);
    if (o.items.length === 0) body.appendChild(el("span", "val", o.kind === "tuple" ? "()" : o.kind === "set" ? "set()" : "[]"));
    else body.appendChild(t);
  } else if (o.kind === "dict" || o.kind === "instance") {
    const t = el("table");
    o.items.forEach((it) => {
      const tr = el("tr");
      const k = el("td", "key");
      if (o.kind === "dict" && it.key && it.key.id !== undefined && !opts.freed) k.appendChild(refCell(it.key, from("{key " + it.label + "}")));
      else k.appendChild(el("span", o.kind === "dict" ? "inline" : "attr", it.label));
      tr.appendChild(k);
      const v = el("td", "cell");
      v.appendChild(opts.freed ? el("span", "inline", "·") : refCell(it.value, from(o.kind === "dict" ? "[" + it.label + "]" : "." + it.label)));
      tr.appendChild(v);
      t.appendChild(tr);
    });
    if (o.items.length === 0) body.appendChild(el("span", "val", o.kind === "dict" ? "{}" : "(no attributes)"));
    else body.appendChild(t);
  } else {
    body.appendChild(el("span", "val", o.value || ""));
  }
  if (o.more) body.appendChild(el("div", "more", "… " + o.more + " more"));
  b.appendChild(body);
  if (!opts.freed) b.addEventListener("click", (ev) => { ev.stopPropagation(); select(o.id); });
  return b;
}

function renderHeap(s, objs, before) {
  const heap = $("heap");
  heap.textContent = "";
  const placed = new Set();
  const rows = [];
  function collect(ref, row) {
    if (ref.id === undefined || placed.has(ref.id) || !objs.has(ref.id)) return;
    const o = objs.get(ref.id);
    placed.add(o.id);
    row.push(o);
    for (const it of o.items) {
      if (it.key) collect(it.key, row);
      collect(it.value, row);
    }
  }
  // Roots in the order the frames are drawn (the newest on top), so arrows run level.
  const roots = [];
  if (s.return_value) roots.push(s.return_value);
  for (const f of s.frames.slice().reverse()) for (const v of f.vars) roots.push(v.value);
  for (const r of roots) {
    const row = [];
    collect(r, row);
    if (row.length) rows.push({ objs: row });
  }
  const rest = [...objs.values()].filter((o) => !placed.has(o.id)).sort((a, b) => a.id - b.id);
  if (rest.length) {
    const row = [];
    for (const o of rest) collect({ id: o.id }, row);
    rows.push({ objs: row, cls: "unreach-row", note: "No frame reaches these objects, yet their counts keep them alive:" });
  }
  for (const r of rows) {
    const div = el("div", "heap-row" + (r.cls ? " " + r.cls : ""));
    if (r.note) div.appendChild(el("div", "row-note", r.note));
    for (const o of r.objs) div.appendChild(boxFor(o, before, {}));
    heap.appendChild(div);
  }
  const freed = s.freed.filter((f) => f.id !== null && before.has(f.id));
  if (freed.length) {
    const div = el("div", "heap-row freed-row");
    div.appendChild(el("div", "row-note", "Freed since the last step:"));
    for (const f of freed) div.appendChild(boxFor(before.get(f.id), before, { freed: true, rcBefore: f.refcount_before }));
    heap.appendChild(div);
  }
}

function drawArrows() {
  const svg = $("arrows");
  for (const p of [...svg.querySelectorAll("path.arrow")]) p.remove();
  const base = $("viz").getBoundingClientRect();
  const ns = "http://www.w3.org/2000/svg";
  for (const ptr of document.querySelectorAll("#viz .ptr")) {
    const target = document.getElementById("obj-" + ptr.dataset.to);
    if (!target) continue;
    const a = ptr.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    const x1 = a.left + a.width / 2 - base.left;
    const y1 = a.top + a.height / 2 - base.top;
    let x2 = t.left - base.left;
    let y2 = t.top + Math.min(14, t.height / 2) - base.top;
    let c1x, c1y, c2x, c2y;
    if (x2 >= x1 - 4) { // to the right: a level S-curve into the box's left side
      const dx = Math.max(30, (x2 - x1) / 2);
      c1x = x1 + dx; c1y = y1; c2x = x2 - dx; c2y = y2;
    } else if (t.top - base.top > y1) { // below, not to the right: down into its top
      x2 = Math.min(Math.max(x1, t.left - base.left + 12), t.right - base.left - 12);
      y2 = t.top - base.top;
      const dy = Math.max(20, (y2 - y1) / 2);
      c1x = x1; c1y = y1 + dy; c2x = x2; c2y = y2 - dy;
    } else if (t.bottom - base.top < y1) { // above, not to the right: up into its bottom
      x2 = Math.min(Math.max(x1, t.left - base.left + 12), t.right - base.left - 12);
      y2 = t.bottom - base.top;
      const dy = Math.max(20, (y1 - y2) / 2);
      c1x = x1 + 14; c1y = y1 - dy; c2x = x2; c2y = y2 + dy;
    } else { // level with it, to the left: loop over and come down into its top
      x2 = t.left + Math.min(24, t.width / 2) - base.left;
      y2 = t.top - base.top;
      const lift = Math.max(40, (y1 - y2) + 40);
      c1x = x1 + 30; c1y = y1 - lift; c2x = x2; c2y = y2 - 40;
    }
    const f = (n) => n.toFixed(1);
    const path = document.createElementNS(ns, "path");
    path.setAttribute("class", "arrow");
    path.setAttribute("data-from", ptr.dataset.from);
    path.setAttribute("data-to", ptr.dataset.to);
    path.setAttribute("d", `M${f(x1)},${f(y1)} C${f(c1x)},${f(c1y)} ${f(c2x)},${f(c2y)} ${f(x2)},${f(y2)}`);
    svg.appendChild(path);
  }
}

function renderChanges(s, objs, before) {
  const box = $("changes");
  box.textContent = "";
  const ul = el("ul");
  const add = (text, cls) => ul.appendChild(el("li", cls || "", text));
  const pic = (o) => (o.value !== null && o.value !== undefined && o.kind !== "function" && o.kind !== "class" ? o.value : o.type) + " #" + o.id;
  for (const o of objs.values()) {
    const old = before.get(o.id);
    if (!old && cur > 0) add("created: " + pic(o) + ", refcount = " + o.refcount, "created");
    else if (old && old.refcount !== o.refcount) add(pic(o) + ": refcount " + old.refcount + " → " + o.refcount, "moved");
  }
  for (const f of s.freed) add("freed: " + f.picture + (f.refcount_before !== null && f.refcount_before !== undefined ? " (refcount " + f.refcount_before + " → 0)" : ""), "freed");
  if (s.event === "gc") add("gc: " + s.collected + " unreachable object" + (s.collected === 1 ? "" : "s") + " found (the value gc.collect() returns)", "gc");
  if (s.exception) add("exception: " + s.exception, "exc");
  const printed = s.output.map((o) => o.text).join("");
  if (printed) add("printed: " + JSON.stringify(printed), "printed");
  if (!ul.children.length) box.appendChild(el("span", "none", cur === 0 ? "(the first step)" : "(no object created, freed or recounted)"));
  else box.appendChild(ul);
}

function renderOutput(n) {
  const out = $("output");
  out.textContent = "";
  for (let i = 0; i <= n; i++) {
    for (const o of T.steps[i].output) {
      const span = el("span", (o.stream === "stderr" ? "stderr" : "stdout") + (i === n ? " fresh" : ""), o.text);
      out.appendChild(span);
    }
  }
  out.scrollTop = out.scrollHeight;
}

function select(id) {
  selected = id;
  const objs = objectsAt(cur);
  const box = $("holders");
  for (const b of document.querySelectorAll(".box.selected")) b.classList.remove("selected");
  const o = objs.get(id);
  if (!o) { box.hidden = true; return; }
  const b = document.getElementById("obj-" + id);
  if (b) b.classList.add("selected");
  box.hidden = false;
  box.textContent = "";
  box.appendChild(el("b", "", o.type + " #" + o.id + ": refcount = " + o.refcount + ", held by"));
  const ul = el("ul");
  o.holders.forEach((h, i) => ul.appendChild(el("li", i === o.holders.length - 1 ? "sum" : "holder", h)));
  box.appendChild(ul);
}

function show(n) {
  const t0 = performance.now();
  if (N === 0) { $("event").textContent = "(no steps were recorded)"; return; }
  cur = Math.max(0, Math.min(N - 1, n));
  const s = T.steps[cur];
  const objs = objectsAt(cur);
  const before = objectsAt(cur - 1);
  $("counter").textContent = "Step " + (cur + 1) + " of " + N;
  $("slider").value = String(cur + 1);
  $("first").disabled = $("back").disabled = cur === 0;
  $("next").disabled = $("last").disabled = cur === N - 1;
  const ev = $("event");
  ev.textContent = describe(s);
  ev.className = "ev-" + s.event;
  renderCode(s);
  renderFrames(s);
  renderHeap(s, objs, before);
  renderChanges(s, objs, before);
  renderOutput(cur);
  drawArrows();
  if (selected !== null && objs.has(selected)) select(selected); else { selected = null; $("holders").hidden = true; }
  const want = "#step=" + (cur + 1);
  if (location.hash !== want) history.replaceState(null, "", want);
  document.body.dataset.step = String(cur + 1);
  document.body.dataset.renderMs = (performance.now() - t0).toFixed(2);
}

function fromHash() {
  const m = /step=(\d+)/.exec(location.hash);
  return m ? parseInt(m[1], 10) - 1 : 0;
}

$("slider").max = String(Math.max(1, N));
$("first").onclick = () => show(0);
$("back").onclick = () => show(cur - 1);
$("next").onclick = () => show(cur + 1);
$("last").onclick = () => show(N - 1);
$("slider").oninput = (e) => show(parseInt(e.target.value, 10) - 1);
document.addEventListener("keydown", (e) => {
  if (e.target && e.target.tagName === "INPUT" && e.target.type !== "range") return;
  if (e.key === "ArrowRight") { show(cur + 1); e.preventDefault(); }
  else if (e.key === "ArrowLeft") { show(cur - 1); e.preventDefault(); }
  else if (e.key === "Home") { show(0); e.preventDefault(); }
  else if (e.key === "End") { show(N - 1); e.preventDefault(); }
});
window.addEventListener("hashchange", () => show(fromHash()));
window.addEventListener("resize", drawArrows);
document.addEventListener("click", () => { selected = null; $("holders").hidden = true; for (const b of document.querySelectorAll(".box.selected")) b.classList.remove("selected"); });
if (T.truncated) {
  const cut = $("cut");
  cut.hidden = false;
  cut.textContent = "The run was cut after " + N + " steps (the cap is " + T.max_steps + "; minipy run --max-steps N changes it). The program went on unrecorded.";
}
try {
  const m = /select=(\d+)/.exec(location.hash);
  const bench = /bench/.test(location.hash);
  const start = fromHash();
  if (bench) {
    // Show every step once, first to last (what holding → does), and say how long each
    // took on average and at worst (bench/stepper.sh reads these).
    const t0 = performance.now();
    let worst = 0;
    for (let i = 0; i < N; i++) {
      show(i);
      worst = Math.max(worst, parseFloat(document.body.dataset.renderMs));
    }
    document.body.dataset.benchMeanMs = ((performance.now() - t0) / Math.max(1, N)).toFixed(2);
    document.body.dataset.benchWorstMs = worst.toFixed(2);
  }
  show(start);
  if (m) select(parseInt(m[1], 10));
  document.body.dataset.ready = "1";
} catch (e) {
  document.body.setAttribute("data-js-error", String(e && e.stack || e));
  throw e;
}
