// budgetkg policy graph: a canvas force layout with pan, zoom, hover, search and filters.
// Every text from the data reaches the page through textContent, option.text or canvas
// fillText, never as HTML: labels come from untrusted documents.
"use strict";
const status = document.getElementById("status");
const errors = [];
function report(message) {
  errors.push(String(message));
  status.dataset.errors = JSON.stringify(errors);
  status.className = "error";
  status.textContent = "error: " + errors.join("; ");
}
window.addEventListener("error", (event) => report(event.message));
window.addEventListener("unhandledrejection", (event) => report(event.reason));

const data = JSON.parse(document.getElementById("graph-data").textContent);
const nodes = data.nodes, edges = data.edges;
const canvas = document.getElementById("graph"), ctx = canvas.getContext("2d");
const tooltip = document.getElementById("tooltip");
const FONT = "12px 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const PROJECTS = new Set(["project", "projects"]);
const view = {k: 1, x: 0, y: 0, auto: true};
let hover = null, matches = new Set(), near = new Set(), alpha = 1, ticks = 0, drawn = 0, running = false;

nodes.forEach((n, i) => {  // deterministic start: a sunflower spiral
  const radius = 12 * Math.sqrt(i + 0.5), angle = i * 2.399963;
  n.x = radius * Math.cos(angle); n.y = radius * Math.sin(angle); n.vx = 0; n.vy = 0;
  n.i = i; n.on = true; n.links = [];
});
edges.forEach(([s, t]) => { nodes[s].links.push(t); nodes[t].links.push(s); });

function tick() {
  const shown = nodes.filter((n) => n.on);
  for (let i = 0; i < shown.length; i++) {  // repulsion, O(n²): the page stays under a few thousand nodes
    const a = shown[i];
    for (let j = i + 1; j < shown.length; j++) {
      const b = shown[j];
      let dx = b.x - a.x, dy = b.y - a.y, d2 = dx * dx + dy * dy;
      if (d2 === 0) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
      if (d2 > 250000) continue;
      const d = Math.sqrt(d2), room = a.r + b.r + 12;
      let f = alpha * (1200 + 30 * room * room) / d2 / d;
      if (d < room) f += 0.5 * (room - d) / d;  // overlapping circles push apart at any alpha
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
  }
  for (const [s, t] of edges) {  // springs
    const a = nodes[s], b = nodes[t];
    if (!a.on || !b.on) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const rest = 50 + a.r + b.r + (a.kind === "department" ? 30 : 60);
    const f = alpha * 0.08 * (d - rest) / d;
    a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
  }
  for (const n of shown) {  // gravity, friction, a speed limit (no node is flung away), move
    n.vx -= n.x * 0.004 * alpha; n.vy -= n.y * 0.004 * alpha;
    n.vx *= 0.6; n.vy *= 0.6;
    const speed = Math.hypot(n.vx, n.vy);
    if (speed > 30) { n.vx *= 30 / speed; n.vy *= 30 / speed; }
    n.x += n.vx; n.y += n.vy;
  }
  alpha *= 0.985; ticks++;
}

function run() {  // a few ticks at a time, so the page stays responsive while it settles
  running = true;
  const n = nodes.filter((m) => m.on).length;
  const batch = Math.max(1, Math.min(40, Math.floor(400000 / (n * n + 1))));
  for (let i = 0; i < batch && alpha > 0.01; i++) tick();
  if (view.auto) fit();
  draw();
  status.dataset.ticks = ticks;
  if (alpha > 0.01) setTimeout(run, 0);
  else { running = false; status.dataset.settled = "true"; }
}

function fit() {
  const shown = nodes.filter((n) => n.on);
  if (!shown.length) return;
  const xs = shown.map((n) => n.x), ys = shown.map((n) => n.y);
  const x0 = Math.min(...xs) - 60, x1 = Math.max(...xs) + 160;
  const y0 = Math.min(...ys) - 40, y1 = Math.max(...ys) + 40;
  view.k = Math.min(canvas.clientWidth / (x1 - x0), canvas.clientHeight / (y1 - y0), 3);
  view.x = (canvas.clientWidth - view.k * (x0 + x1)) / 2;
  view.y = (canvas.clientHeight - view.k * (y0 + y1)) / 2;
}

function lit(n) {
  if (hover) return n === hover || hover.links.includes(n.i);
  return !matches.size || matches.has(n) || near.has(n);
}

function draw() {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = canvas.clientWidth * ratio; canvas.height = canvas.clientHeight * ratio;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
  ctx.translate(view.x, view.y); ctx.scale(view.k, view.k);
  for (const [s, t, w] of edges) {
    const a = nodes[s], b = nodes[t];
    if (!a.on || !b.on) continue;
    ctx.globalAlpha = lit(a) && lit(b) ? 0.5 : 0.08;
    ctx.strokeStyle = data.edge; ctx.lineWidth = 0.6 + 0.6 * Math.log2(1 + w);
    ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
  }
  drawn = 0;
  const few = nodes.filter((n) => n.on).length <= 150, wanted = [];
  for (const n of nodes) {
    if (!n.on) continue;
    drawn++;
    ctx.globalAlpha = lit(n) ? 1 : 0.15;
    ctx.fillStyle = n.unbased ? "#ffffff" : n.c; ctx.strokeStyle = n.c; ctx.lineWidth = 2;
    ctx.beginPath();
    if (n.kind === "department") ctx.rect(n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r);
    else ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    ctx.fill(); ctx.stroke();
    if (matches.has(n)) { ctx.strokeStyle = "#d00"; ctx.beginPath(); ctx.arc(n.x, n.y, n.r + 4, 0, 7); ctx.stroke(); }
    const labelled = few || n.kind === "department" || n.r * view.k >= 10 || matches.has(n)
      || (hover && lit(n));
    if (labelled && lit(n)) wanted.push(n);
  }
  ctx.globalAlpha = 1;
  // Labels last, most wanted first, each only where it overlaps none already placed.
  const rank = (n) => (matches.has(n) || n === hover ? 0 : n.kind === "department" ? 1 : 2);
  wanted.sort((a, b) => rank(a) - rank(b) || b.r - a.r);
  const placed = [];
  for (const n of wanted) label(n, placed, rank(n) === 0);
  status.dataset.labels = placed.length;
  status.dataset.nodes = drawn; status.dataset.matches = matches.size;
  status.dataset.edges = edges.filter(([s, t]) => nodes[s].on && nodes[t].on).length;
  if (!errors.length) status.textContent = `${drawn} 节点 nodes` + (matches.size ? `, ${matches.size} 匹配 matches` : "");
}

function label(n, placed, always) {  // in screen pixels, so text keeps its size at any zoom
  const text = n.label.length > 24 ? n.label.slice(0, 23) + "…" : n.label;
  const ratio = window.devicePixelRatio || 1;
  ctx.save(); ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.font = FONT; ctx.textBaseline = "middle";
  const x = view.x + (n.x + n.r) * view.k + 3, y = view.y + n.y * view.k;
  const box = [x, y - 8, x + ctx.measureText(text).width, y + 8];
  const clash = placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
  if (always || !clash) {
    placed.push(box);
    ctx.lineWidth = 3; ctx.strokeStyle = "#fff"; ctx.strokeText(text, x, y);
    ctx.fillStyle = "#222"; ctx.fillText(text, x, y);
  }
  ctx.restore();
}

function at(event) {  // the node under the pointer, if any
  const rect = canvas.getBoundingClientRect();
  const x = (event.clientX - rect.left - view.x) / view.k, y = (event.clientY - rect.top - view.y) / view.k;
  let best = null, bestD = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(n.x - x, n.y - y);
    if (n.on && d <= n.r + 4 / view.k && d < bestD) { best = n; bestD = d; }
  }
  return best;
}

function showTooltip(n, event) {
  const list = document.createElement("dl");
  for (const [key, value] of n.info) {
    const dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = key; dd.textContent = value; list.append(dt, dd);
  }
  tooltip.replaceChildren(list);
  const rect = canvas.getBoundingClientRect();
  tooltip.style.left = Math.min(event.clientX - rect.left + 14, rect.width - 300) + "px";
  tooltip.style.top = (event.clientY - rect.top + 14) + "px";
  tooltip.hidden = false;
}

let drag = null;
canvas.addEventListener("mousedown", (e) => { drag = {x: e.clientX - view.x, y: e.clientY - view.y}; canvas.classList.add("panning"); });
window.addEventListener("mouseup", () => { drag = null; canvas.classList.remove("panning"); });
canvas.addEventListener("mousemove", (e) => {
  if (drag) { view.auto = false; view.x = e.clientX - drag.x; view.y = e.clientY - drag.y; draw(); return; }
  const n = at(e);
  if (n !== hover) { hover = n; draw(); }
  if (n) showTooltip(n, e); else tooltip.hidden = true;
});
canvas.addEventListener("mouseleave", () => { hover = null; tooltip.hidden = true; draw(); });
canvas.addEventListener("wheel", (e) => {
  e.preventDefault(); view.auto = false;
  const rect = canvas.getBoundingClientRect(), px = e.clientX - rect.left, py = e.clientY - rect.top;
  const k = Math.max(0.05, Math.min(20, view.k * Math.exp(-e.deltaY * 0.0015)));
  view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k;
  draw();
}, {passive: false});
document.getElementById("fit").addEventListener("click", () => { view.auto = true; fit(); draw(); });

const search = document.getElementById("search");
function match(found) {  // the matches, and their neighbours to show what they hang on
  matches = new Set(found);
  near = new Set(found.flatMap((n) => n.links.map((i) => nodes[i]).filter((m) => m.on)));
}
search.addEventListener("input", () => {
  const q = search.value.trim().toLowerCase();
  match(q ? nodes.filter((n) => n.on && n.find.includes(q)) : []);
  draw();
});
search.addEventListener("keydown", (e) => {
  const first = [...matches][0];
  if (e.key !== "Enter" || !first) return;
  view.auto = false; view.k = Math.max(view.k, 1.5);
  view.x = canvas.clientWidth / 2 - first.x * view.k; view.y = canvas.clientHeight / 2 - first.y * view.k;
  draw();
});

const department = document.getElementById("department"), year = document.getElementById("year");
function filter() {  // projects decide; departments and documents show when a project of theirs does
  const d = department.value, y = year.value;
  for (const n of nodes) {
    n.on = PROJECTS.has(n.kind) && (d === "" || n.dep === +d) && (y === "" || n.year === +y);
  }
  for (const [s, t] of edges) {
    if (PROJECTS.has(nodes[s].kind) && nodes[s].on) nodes[t].on = true;
    if (PROJECTS.has(nodes[t].kind) && nodes[t].on) nodes[s].on = true;
  }
  rows.forEach((row, i) => { row.hidden = !nodes[i].on; });
  match([...matches].filter((n) => n.on));
  view.auto = true; alpha = Math.max(alpha, 0.3); status.dataset.settled = "false";
  if (!running) run();
}
department.addEventListener("change", filter); year.addEventListener("change", filter);

data.departments.forEach((name, i) => department.add(new Option(name, String(i))));
data.years.forEach((y) => year.add(new Option(String(y), String(y))));
const names = document.getElementById("names");
for (const n of nodes) { const o = document.createElement("option"); o.value = n.label; names.append(o); }
const legend = document.getElementById("legend");
for (const [name, fill, hollow] of data.legend) {
  const item = document.createElement("li"), swatch = document.createElement("span");
  swatch.style.background = hollow ? "#fff" : fill; swatch.style.borderColor = fill;
  item.append(swatch, name); legend.append(item);
}
if (data.note) { const note = document.getElementById("note"); note.textContent = data.note; note.hidden = false; }
const body = document.querySelector("#list tbody");
const rows = nodes.map((n) => {
  const row = body.insertRow();
  for (const text of [n.kind, n.label, n.code, n.level]) row.insertCell().textContent = text;
  return row;
});
status.dataset.total = nodes.length;
window.addEventListener("resize", () => { if (view.auto) fit(); draw(); });

// A link can carry the view: page.html#department=某某县财政局&year=2021&q=昌发
const wanted = new URLSearchParams(location.hash.slice(1));
const chosen = [...department.options].find((o) => o.text === wanted.get("department"));
if (chosen) department.value = chosen.value;
if (data.years.map(String).includes(wanted.get("year"))) year.value = wanted.get("year");
if (chosen || year.value) filter(); else run();
if (wanted.get("q")) { search.value = wanted.get("q"); search.dispatchEvent(new Event("input")); }
