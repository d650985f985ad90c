// The page: input, worker round trips, rendering, cards, side panel,
// exports, theme and the service worker. The analysis runs in worker.js;
// the highlighting is renderer.js (shared with the component and plugin).
//
// State for tests and the benchmark is exposed as DOM attributes and
// performance entries, not globals:
//   <html data-state="loading|ready|busy|done|error">
//   #output[data-analysis]           id of the analysis shown
//   performance marks/measures 'resalta:ready', 'resalta:analyze' (worker
//   round trip), 'resalta:core' (the wasm call alone), 'resalta:render'.
import { TYPES, fromDocument, renderHTML, toDisplacy, typeName } from './renderer.js';

const MAX_TEXT_BYTES = 10 * 1024 * 1024;   // the core's limit (analyzer.h)
const DEBOUNCE_MS = 150;                   // typing pause before analysis
const PROGRESS_DELAY_MS = 120;             // show the bar only for slow jobs

const $ = (id) => document.getElementById(id);
const el = {
  input: $('input'), lang: $('lang'), date: $('date'), example: $('example'), clear: $('clear'),
  status: $('status'), progress: $('progress'), error: $('error'), legend: $('legend'),
  output: $('output'), entities: $('entities'), quotes: $('quotes'), sources: $('sources'),
  timeline: $('timeline'), card: $('card'), theme: $('theme'), version: $('version'), models: $('models'),
  exportJson: $('export-json'), copyHtml: $('copy-html'), exportDisplacy: $('export-displacy'),
};

const state = {
  ready: false, fatal: false, busy: false, swRegistered: false, pending: null, nextId: 1, shownId: 0,
  text: '', doc: null, data: null, hidden: new Set(), modelLangs: [],
  stepper: new Map(), // entity id -> index of the mention shown last
};

// ---------------------------------------------------------------- theme
const themeMedia = matchMedia('(prefers-color-scheme: dark)');
function applyTheme() {
  const pref = localStorage.getItem('resalta-theme') ?? 'auto';
  const dark = pref === 'dark' || (pref === 'auto' && themeMedia.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  const label = { auto: `Auto (${dark ? 'dark' : 'light'})`, light: 'Light', dark: 'Dark' }[pref];
  el.theme.textContent = `Theme: ${label}`;
  el.theme.setAttribute('aria-label', `Theme: ${label}. Activate to change.`);
}
el.theme.addEventListener('click', () => {
  const order = ['auto', 'light', 'dark'];
  const pref = localStorage.getItem('resalta-theme') ?? 'auto';
  localStorage.setItem('resalta-theme', order[(order.indexOf(pref) + 1) % order.length]);
  applyTheme();
});
themeMedia.addEventListener('change', applyTheme);
applyTheme();

// ---------------------------------------------------------------- helpers
function setState(s) { document.documentElement.dataset.state = s; }
function setStatus(msg) { el.status.textContent = msg; }
function showError(msg) {
  el.error.textContent = msg;
  el.error.hidden = !msg;
}
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
function utf8Length(text) {
  if (text.length * 3 <= MAX_TEXT_BYTES) return text.length;  // cannot exceed the limit
  if (text.length > MAX_TEXT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
function mb(bytes) { return `${(bytes / 1048576).toFixed(1)} MiB`; }
function node(tag, props = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') n.className = v;
    else if (k === 'text') n.textContent = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v);
  }
  for (const c of children) if (c != null) n.append(c);
  return n;
}
const svgNode = (tag, attrs = {}) => {
  const n = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
};

// ---------------------------------------------------------------- worker
el.date.value = today();
setState('loading');
performance.mark('resalta:start');
let worker;
try {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (ev) => onWorkerMessage(ev.data));
  worker.addEventListener('error', (ev) => {
    ev.preventDefault?.();
    fatal(`The analysis module failed to load${ev.message ? ` (${ev.message})` : ''}. Reload the page to try again.`);
  });
} catch (e) {
  fatal(`The analysis module failed to load (${e.message}).`);
}

function fatal(msg) {
  registerServiceWorker();
  state.fatal = true;
  state.busy = false;
  setState('error');
  showError(msg);
  setStatus('The analyzer is not available.');
  el.progress.hidden = true;
}

let progressTimer = 0;
function onWorkerMessage(msg) {
  switch (msg.type) {
    case 'ready': {
      state.ready = true;
      performance.mark('resalta:ready');
      performance.measure('resalta:ready', 'resalta:start', 'resalta:ready');
      el.version.textContent = `v${msg.version}`;
      state.modelLangs = msg.models.map((m) => m.replace(/\.bin$/, ''));
      showModels();
      if (msg.modelErrors.length) showError(`An entity model failed to load (${msg.modelErrors.join('; ')}). Names will not be highlighted; dates, quantities and quotes still are.`);
      setStatus(state.modelLangs.length ? 'Ready. Paste an article.' : 'Ready (no entity model: names are not highlighted). Paste an article.');
      setState('ready');
      registerServiceWorker();
      if (el.input.value) schedule(0);
      break;
    }
    case 'model':  // another language's model, loaded on first use
      if (!state.modelLangs.includes(msg.lang)) state.modelLangs.push(msg.lang);
      showModels();
      break;
    case 'model-error':
      showError(`The ${msg.lang} entity model failed to load (${msg.message}). Names will not be highlighted in that language.`);
      break;
    case 'fatal':
      fatal(msg.message);
      break;
    case 'progress':
      if (msg.id && msg.id !== state.pending?.id && msg.id !== state.runningId) break;
      if (msg.id) showProgress(msg.phase, msg.done, msg.total);
      break;
    case 'result':
      if (state.jobText.length > 100_000 && !state.pending) {
        // Let "Rendering…" paint before the long synchronous render.
        showProgress('rendering', 0, 1);
        requestAnimationFrame(() => setTimeout(() => finish(msg.id, () => show(msg.id, msg.doc, msg.ms))));
      } else {
        finish(msg.id, () => show(msg.id, msg.doc, msg.ms));
      }
      break;
    case 'error':
      finish(msg.id, () => {
        if (msg.code === 'too-large') showTooLarge(utf8Length(state.sentText ?? ''));
        else showError(`The analysis failed: ${msg.message}`);
        setState('error');
      });
      break;
    default:
  }
}

function showModels() {
  el.models.textContent = state.modelLangs.length
    ? `entity models: ${state.modelLangs.join(', ')}` : 'no entity model';
}

function showProgress(phase, done, total) {
  const label = { loading: 'Loading the analyzer…', analyzing: 'Analyzing…', rendering: 'Rendering…' }[phase] ?? phase;
  setStatus(total > 1 ? `${label} ${done}/${total}` : label);
  if (total > 1) el.progress.value = done / total; else el.progress.removeAttribute('value');
}

function showTooLarge(bytes) {
  showError(`The text is too large: ${mb(bytes)}. Resalta analyzes up to ${mb(MAX_TEXT_BYTES)} (about 1,500 pages); paste a shorter text.`);
}

let debounceTimer = 0;
function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(request, delay);
}

function request() {
  if (!state.ready || state.fatal) return;
  const text = wellFormed(el.input.value);
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    showTooLarge(bytes);
    setStatus('Not analyzed: the text is too large.');
    return;
  }
  const job = { id: state.nextId++, text, lang: el.lang.value, date: el.date.value || '' };
  state.pending = job;  // the newest text wins; older pending jobs are dropped
  if (!state.busy) dispatch();
}

function dispatch() {
  const job = state.pending;
  if (!job) return;
  state.pending = null;
  state.busy = true;
  state.runningId = job.id;
  state.sentText = job.text;
  state.jobText = job.text;
  setState('busy');
  performance.mark(`resalta:send:${job.id}`);
  clearTimeout(progressTimer);
  progressTimer = setTimeout(() => { el.progress.hidden = false; }, job.text.length > 100_000 ? 0 : PROGRESS_DELAY_MS);
  worker.postMessage({ type: 'analyze', ...job });
}

function finish(id, fn) {
  if (id !== state.runningId) return;
  state.busy = false;
  if (!state.pending) {
    try { fn(); } finally {
      clearTimeout(progressTimer);
      el.progress.hidden = true;
    }
  } else {
    dispatch();  // a newer text arrived meanwhile: skip rendering this one
  }
}

// ---------------------------------------------------------------- render
function show(id, doc, coreMs) {
  performance.measure('resalta:analyze', `resalta:send:${id}`);
  performance.measure('resalta:core', { start: Math.max(0, performance.now() - coreMs), duration: coreMs });
  performance.clearMarks(`resalta:send:${id}`);
  const t0 = performance.now();
  const text = state.jobText;
  state.text = text;
  state.doc = doc;
  state.data = fromDocument(text, doc);
  state.stepper.clear();
  showError('');
  hideCard();

  el.output.innerHTML = renderHTML(state.data);
  el.output.dataset.empty = String(text.length === 0);
  el.output.lang = doc.lang || 'und';
  const first = firstVisibleHighlight();
  if (first) first.tabIndex = 0;
  renderLegend();
  renderEntities();
  renderQuotes();
  renderSources();
  renderTimeline();
  for (const b of [el.exportJson, el.copyHtml, el.exportDisplacy]) b.disabled = text.length === 0;

  el.output.dataset.analysis = String(id);
  const renderMs = performance.now() - t0;
  performance.measure('resalta:render', { start: t0, duration: renderMs });
  const n = doc.spans.length;
  const langName = { es: 'Spanish', en: 'English' }[doc.lang] ?? doc.lang;
  const noModel = doc.lang && !state.modelLangs.includes(doc.lang) ? ' (no entity model: names are not highlighted)' : '';
  setStatus(text.length === 0 ? 'Ready. Paste an article.'
    : `${n} highlight${n === 1 ? '' : 's'}, ${doc.quotes.length} quote${doc.quotes.length === 1 ? '' : 's'} · ${langName}${noModel} · analyzed in ${Math.round(coreMs)} ms`);
  for (const w of doc.warnings) setStatus(`${el.status.textContent} · ${w}`);
  setState('done');
}

function counts() {
  const c = new Map();
  for (const s of state.doc?.spans ?? []) c.set(s.type, (c.get(s.type) ?? 0) + 1);
  return c;
}

function renderLegend() {
  const c = counts();
  const items = TYPES.filter((t) => c.has(t.label) || ['PER', 'ORG', 'LOC', 'DATE', 'QUANTITY'].includes(t.label))
    .map((t) => ({ key: t.label, name: t.name, n: c.get(t.label) ?? 0 }));
  for (const [label, n] of c) if (!TYPES.some((t) => t.label === label)) items.push({ key: label, name: label, n });
  items.push({ key: 'quotes', name: 'Quotes', n: state.doc?.quotes.length ?? 0 });
  items.push({ key: 'boilerplate', name: 'Boilerplate', n: state.doc?.boilerplate.length ?? 0 });
  el.legend.replaceChildren(...items.map((it) => node('button', {
    type: 'button', 'aria-pressed': String(!state.hidden.has(it.key)), 'data-key': it.key,
    title: `Show or hide ${it.name.toLowerCase()} highlights`,
    onclick: () => toggleType(it.key),
  }, node('span', { class: 'swatch', 'data-type': it.key, 'aria-hidden': 'true' }),
  node('span', { text: it.name }), node('span', { class: 'count', text: String(it.n) }))));
}

function toggleType(key) {
  if (state.hidden.has(key)) state.hidden.delete(key); else state.hidden.add(key);
  el.output.classList.toggle(`rs-hide-${key}`, state.hidden.has(key));
  renderLegend();
  el.legend.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
  // keep one tabbable highlight among the visible ones
  const current = el.output.querySelector('.rs-ent[tabindex="0"]');
  if (current && !isVisible(current)) {
    current.tabIndex = -1;
    const f = firstVisibleHighlight();
    if (f) f.tabIndex = 0;
  } else if (!current) {
    const f = firstVisibleHighlight();
    if (f) f.tabIndex = 0;
  }
}

function isVisible(mark) { return !state.hidden.has(mark.dataset.type); }
function highlights() {
  return [...el.output.querySelectorAll('.rs-ent[data-start]')].filter(isVisible);
}
function firstVisibleHighlight() { return highlights()[0] ?? null; }

function entityById(id) { return state.doc?.entities.find((e) => e.id === id) ?? null; }
function entityName(id) { return entityById(id)?.name ?? ''; }

function renderEntities() {
  const ents = state.doc?.entities ?? [];
  if (!ents.length) {
    const msg = state.modelLangs.length ? 'No entities found.' : 'No entity model loaded: names are not detected.';
    el.entities.replaceChildren(node('p', { class: 'empty', text: msg }));
    return;
  }
  const groups = new Map();
  for (const e of ents) (groups.get(e.type) ?? groups.set(e.type, []).get(e.type)).push(e);
  const order = TYPES.map((t) => t.label);
  const keys = [...groups.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  el.entities.replaceChildren(...keys.map((type) => {
    const list = groups.get(type).slice().sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
    return node('div', {},
      node('h3', { text: `${typeName(type)} (${list.length})` }),
      node('ul', { class: 'plain' }, ...list.map((e) => node('li', {}, node('button', {
        type: 'button', class: 'item', 'data-entity': e.id,
        'aria-label': `${e.name}${e.role ? `, ${e.role}` : ''}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}. Activate to go to the next mention.`,
        onclick: () => stepMentions(e),
      }, node('span', { class: 'swatch', 'data-type': type, 'aria-hidden': 'true' }),
      node('span', { class: 'grow', text: e.name + (e.role ? ` · ${e.role}` : '') }),
      node('span', { class: 'meta', text: `${e.mentions.length}×` }))))));
  }));
}

function renderQuotes() {
  const qs = state.doc?.quotes ?? [];
  if (!qs.length) { el.quotes.replaceChildren(node('li', { class: 'empty', text: 'No quotes found.' })); return; }
  el.quotes.replaceChildren(...qs.map((q, i) => {
    const speaker = q.speaker ? entityName(q.speaker) || q.speaker : 'Unattributed';
    const excerpt = q.text.length > 140 ? `${q.text.slice(0, 137)}…` : q.text;
    return node('li', {}, node('button', {
      type: 'button', class: 'item', onclick: () => goToRange(q.start, q.end, el.output.querySelector(`.rs-quote[data-q="${i}"]`)),
    }, node('span', { class: 'grow' }, node('span', { class: 'speaker', text: speaker }), ' → ',
      node('span', { class: 'qtext', text: `“${excerpt}”` })),
    q.cue ? node('span', { class: 'meta', text: q.cue }) : null));
  }));
}

function renderSources() {
  const ss = state.doc?.sources ?? [];
  if (!ss.length) { el.sources.replaceChildren(node('li', { class: 'empty', text: 'No sources found.' })); return; }
  el.sources.replaceChildren(...ss.map((s) => node('li', {}, node('button', {
    type: 'button', class: 'item', onclick: () => goToRange(s.evidence.start, s.evidence.end),
  }, node('span', { class: 'grow' }, node('span', { class: 'speaker', text: s.name }),
    node('span', { class: 'meta', text: ` “${s.evidence.text}”` }))))));
}

// "2023-10-18", "2023-10", "2023" -> [start ms, precision]; null otherwise.
function parseIso(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

function renderTimeline() {
  const dates = (state.doc?.spans ?? []).map((s, i) => ({ s, i, t: s.type === 'DATE' ? parseIso(s.value?.iso) : null }))
    .filter((d) => d.t != null).sort((a, b) => a.t - b.t || a.s.start - b.s.start);
  if (!dates.length) { el.timeline.replaceChildren(node('p', { class: 'empty', text: 'No dates found.' })); return; }
  const pub = parseIso(el.date.value);
  const ts = dates.map((d) => d.t).concat(pub != null ? [pub] : []);
  const min = Math.min(...ts);
  const max = Math.max(...ts);
  const x = (t) => (max === min ? 50 : 4 + ((t - min) / (max - min)) * 92);
  const svg = svgNode('svg', { viewBox: '0 0 100 20', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(svgNode('line', { x1: 2, x2: 98, y1: 10, y2: 10, class: 'axis', 'vector-effect': 'non-scaling-stroke' }));
  if (pub != null) svg.append(svgNode('rect', { x: x(pub) - 0.6, y: 3, width: 1.2, height: 14, class: 'pub' }));
  for (const d of dates) svg.append(svgNode('rect', { x: x(d.t) - 0.8, y: 5, width: 1.6, height: 10, rx: 0.8, class: 'dot' }));
  const fmt = (t) => new Date(t).toISOString().slice(0, 10);
  el.timeline.replaceChildren(svg,
    node('div', { class: 'ends', 'aria-hidden': 'true' }, node('span', { text: fmt(min) }), node('span', { text: fmt(max) })),
    node('ol', { class: 'plain' }, ...dates.map((d) => node('li', {}, node('button', {
      type: 'button', class: 'item', onclick: () => goToRange(d.s.start, d.s.end, el.output.querySelector(`.rs-ent[data-i="${d.i}"]`)),
    }, node('span', { class: 'meta', text: d.s.value.iso }), node('span', { class: 'grow', text: d.s.text })))))
  );
}

// ---------------------------------------------------------------- navigation
function focusHighlight(mark) {
  for (const m of el.output.querySelectorAll('.rs-ent[tabindex="0"]')) m.tabIndex = -1;
  mark.tabIndex = 0;
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  showCard(mark);
}

// Selects text that has no highlight element (a hidden type, a mention
// that is not a span, a quote) so it is visible and announced.
function selectRange(start, end) {
  const walker = document.createTreeWalker(el.output, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0;
  let startSet = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.data.length;
    if (!startSet && start <= pos + len) { range.setStart(n, start - pos); startSet = true; }
    if (startSet && end <= pos + len) { range.setEnd(n, end - pos); break; }
    pos += len;
  }
  if (!startSet) return;
  const sel = getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

function goToRange(start, end, elem) {
  const mark = elem?.classList.contains('rs-ent') ? elem
    : el.output.querySelector(`.rs-ent[data-start="${start}"]`);
  if (mark && isVisible(mark) && mark.dataset.start === String(start)) { focusHighlight(mark); return; }
  selectRange(start, end);
}

function stepMentions(e) {
  if (!e.mentions.length) return;
  const i = ((state.stepper.get(e.id) ?? -1) + 1) % e.mentions.length;
  state.stepper.set(e.id, i);
  const m = e.mentions[i];
  goToRange(m.start, m.end);
  setStatus(`${e.name}: mention ${i + 1} of ${e.mentions.length}`);
}

el.output.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') { hideCard(); return; }
  const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  if (!(ev.key in keys) || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  const list = highlights();
  if (!list.length) return;
  ev.preventDefault();
  const step = keys[ev.key];
  let idx = list.indexOf(document.activeElement);
  if (step === -Infinity) idx = 0;
  else if (step === Infinity) idx = list.length - 1;
  else if (idx < 0) idx = step > 0 ? 0 : list.length - 1;
  else idx = Math.max(0, Math.min(list.length - 1, idx + step));
  focusHighlight(list[idx]);
});

// ---------------------------------------------------------------- card
function formatValue(v) {
  if (!v) return '';
  const parts = [];
  if (v.qualifier) parts.push(v.qualifier);
  if (v.iso) parts.push(v.iso);
  if (v.number != null) {
    const n = Number(v.number).toLocaleString(undefined, { maximumFractionDigits: 6 });
    if (v.currency) parts.push(`${n} ${v.currency}`);
    else if (v.unit === 'percent') parts.push(`${n} %`);
    else parts.push(v.unit ? `${n} ${v.unit}` : n);
  }
  return parts.join(' ');
}

function showCard(mark) {
  const span = state.doc?.spans[Number(mark.dataset.i)];
  if (!span || !isVisible(mark)) return;
  const ent = span.entity ? entityById(span.entity) : null;
  const rows = [['Type', typeName(span.type)]];
  if (ent?.role) rows.push(['Role', ent.role]);
  if (ent) rows.push(['Mentions', String(ent.mentions.length)]);
  const value = formatValue(span.value);
  if (value) rows.push(['Value', value]);
  el.card.replaceChildren(node('div', { class: 'name', text: ent?.name ?? span.text }),
    node('dl', {}, ...rows.flatMap(([k, v]) => [node('dt', { text: k }), node('dd', { text: v })])));
  el.card.hidden = false;
  mark.setAttribute('aria-describedby', 'card');
  const r = mark.getBoundingClientRect();
  const cw = el.card.offsetWidth;
  const left = Math.max(8, Math.min(r.left + scrollX, scrollX + document.documentElement.clientWidth - cw - 8));
  let top = r.bottom + scrollY + 6;
  if (r.bottom + el.card.offsetHeight + 12 > innerHeight && r.top > el.card.offsetHeight + 12) top = r.top + scrollY - el.card.offsetHeight - 6;
  el.card.style.left = `${left}px`;
  el.card.style.top = `${top}px`;
}
function hideCard() {
  el.card.hidden = true;
  el.output.querySelector('[aria-describedby="card"]')?.removeAttribute('aria-describedby');
}
const markOf = (t) => (t instanceof Element ? t.closest('.rs-ent') : null);
el.output.addEventListener('mouseover', (ev) => {
  const m = markOf(ev.target);
  if (m) showCard(el.output.querySelector(`.rs-ent[data-i="${m.dataset.i}"][data-start]`) ?? m);
});
el.output.addEventListener('mouseleave', () => { if (!markOf(document.activeElement)) hideCard(); });
el.output.addEventListener('focusin', (ev) => { const m = markOf(ev.target); if (m) showCard(m); });
el.output.addEventListener('focusout', (ev) => { if (!markOf(ev.relatedTarget)) hideCard(); });
el.output.addEventListener('click', (ev) => {
  const m = markOf(ev.target);
  if (m) focusHighlight(el.output.querySelector(`.rs-ent[data-i="${m.dataset.i}"][data-start]`) ?? m);
});

// ---------------------------------------------------------------- exports
function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = node('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
const stamp = () => el.date.value || today();

el.exportJson.addEventListener('click', () => {
  download(`resalta-${stamp()}.json`, `${JSON.stringify(state.doc, null, 2)}\n`, 'application/json');
  setStatus('Exported the Document as JSON.');
});
el.exportDisplacy.addEventListener('click', () => {
  const visible = { ...state.data, ents: state.data.ents.filter((e) => !state.hidden.has(e.label)) };
  download(`resalta-${stamp()}.displacy.json`, `${JSON.stringify([toDisplacy(visible)], null, 2)}\n`, 'application/json');
  setStatus('Exported displaCy JSON (offsets in code points, as displaCy counts them).');
});

/** The highlighted article as standalone HTML with inline styles. */
export function highlightedHTML() {
  const body = renderHTML(state.data, {
    inlineStyles: true, focusable: false, hidden: [...state.hidden],
    quotes: !state.hidden.has('quotes'), boilerplate: !state.hidden.has('boilerplate'),
  });
  return `<div class="resalta" style="white-space:pre-wrap;line-height:1.9;color:#1a1a1a;background:#ffffff">${body}</div>`;
}
// Copies through a copy event first: its clipboardData takes the HTML as a
// string, while ClipboardItem('text/html') makes Chromium parse the markup
// in this document, where the CSP (rightly) reports every style attribute.
function copyViaEvent(html, text) {
  let done = false;
  const onCopy = (ev) => {
    ev.clipboardData.setData('text/html', html);
    ev.clipboardData.setData('text/plain', text);
    ev.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy);
  try { document.execCommand('copy'); } catch { /* unsupported */ }
  document.removeEventListener('copy', onCopy);
  return done;
}
el.copyHtml.addEventListener('click', async () => {
  const html = highlightedHTML();
  try {
    if (!copyViaEvent(html, state.text)) await navigator.clipboard.writeText(html);
    setStatus('Copied the highlighted HTML to the clipboard.');
  } catch (e) {
    showError(`Could not copy to the clipboard (${e.message}).`);
  }
});

// ---------------------------------------------------------------- input
el.input.addEventListener('input', () => schedule());
el.lang.addEventListener('change', () => schedule(0));
el.date.addEventListener('change', () => schedule(0));
el.clear.addEventListener('click', () => { el.input.value = ''; schedule(0); el.input.focus(); });
el.example.addEventListener('click', async () => {
  try {
    const r = await fetch('./examples/seed-article.es.txt');
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    el.input.value = await r.text();
    el.date.value = '2023-10-18';
    el.lang.value = 'auto';
    schedule(0);
  } catch (e) {
    showError(`Could not load the example (${e.message}).`);
  }
});

// ---------------------------------------------------------------- offline
// Registered once the analyzer is ready (or has failed), so the precache
// revalidates files this page already fetched instead of racing it for the
// wasm module and the models.
function registerServiceWorker() {
  if (state.swRegistered || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  state.swRegistered = true;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e) => {
    console.warn('Resalta: service worker not registered:', e.message);
  });
}
