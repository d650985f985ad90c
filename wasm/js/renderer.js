// Resalta's renderer: plain span data in, escaped HTML out.
//
// Standalone ES module with no globals and no DOM: the page, the web
// component and the editor plugin all import it. The data it takes is
// displaCy's shape, extended with two kinds of ranges that contain spans:
//
//   { text: string,
//     ents:        [{ start, end, label, entity?, title? }],   // highlights
//     quotes?:     [{ start, end, speaker? }],                 // quoted words
//     reported?:   [{ start, end, speaker? }],                 // reported speech
//     boilerplate?:[{ start, end, reason? }] }                 // dimmed ranges
//
// Offsets are UTF-16 code units (JS string indices): text.slice(start, end)
// is the covered text. Ranges may nest or cross; the output is always well
// nested (a crossing range is split into pieces), never splits a surrogate
// pair, and every piece of text and every attribute value is escaped, so
// hostile input (`<img src=x onerror=alert(1)>`) stays text.

/** Span types, in legend order, with a human label and a short description. */
export const TYPES = [
  { label: 'PER', name: 'Person' },
  { label: 'ORG', name: 'Organization' },
  { label: 'LOC', name: 'Place' },
  { label: 'MISC', name: 'Other name' },
  { label: 'DEMONYM', name: 'Demonym' },
  { label: 'ROLE', name: 'Role' },
  { label: 'DATE', name: 'Date' },
  { label: 'TIME', name: 'Time' },
  { label: 'DURATION', name: 'Duration' },
  { label: 'QUANTITY', name: 'Quantity' },
  { label: 'MONEY', name: 'Money' },
  { label: 'PERCENT', name: 'Percent' },
];

const TYPE_NAMES = Object.fromEntries(TYPES.map((t) => [t.label, t.name]));

/** The human name of a span type ("PER" -> "Person"); unknown types pass through. */
export function typeName(label) {
  return Object.hasOwn(TYPE_NAMES, label) ? TYPE_NAMES[label] : String(label);
}

/**
 * Light-theme colors, used only for exported HTML with inline styles (the
 * page and the component use renderer.css). Text #1a1a1a on each of these
 * backgrounds has a contrast ratio above 11:1 (WCAG AA needs 4.5:1).
 */
export const EXPORT_COLORS = {
  PER: '#fde2b8', ORG: '#cde6ff', LOC: '#cdf0d4', MISC: '#e6dcff', DEMONYM: '#e4e4e4',
  ROLE: '#d4eef0', DATE: '#ffd5de', TIME: '#ffe0ef', DURATION: '#f5dcea',
  QUANTITY: '#fff1a8', MONEY: '#dbf3c4', PERCENT: '#eef3c0',
};

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHTML(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

// Clamps a range to the text and widens it so it never splits a surrogate
// pair. Returns null for an empty or invalid range.
function normalizeRange(text, start, end) {
  const n = text.length;
  let s = Math.max(0, Math.min(n, Math.trunc(Number(start))));
  let e = Math.max(0, Math.min(n, Math.trunc(Number(end))));
  if (!Number.isFinite(s) || !Number.isFinite(e) || e <= s) return null;
  if (s > 0 && s < n && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s -= 1;
  if (e < n && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e += 1;
  return [s, e];
}

// Outer ranges first when two share a start and end.
const KIND_RANK = { boilerplate: 0, quote: 1, reported: 1, ent: 2 };

/**
 * The boundary sweep: returns the text cut into segments, each with the
 * ranges that cover it, outermost first. `items` are {start, end, kind, index}.
 * Exported for tests and for renderers with other output (DOM, Markdown).
 * @returns {{start:number, end:number, active:object[]}[]}
 */
export function segment(text, items) {
  const ranges = [];
  for (const it of items) {
    const r = normalizeRange(text, it.start, it.end);
    if (r) ranges.push({ ...it, start: r[0], end: r[1] });
  }
  // Sort so that a range containing another comes first: start ascending,
  // end descending, then boilerplate > quote > ent, then input order.
  ranges.forEach((r, i) => { r.order = i; });
  ranges.sort((a, b) => a.start - b.start || b.end - a.end ||
    (KIND_RANK[a.kind] ?? 3) - (KIND_RANK[b.kind] ?? 3) || a.order - b.order);
  const bounds = new Set([0, text.length]);
  for (const r of ranges) { bounds.add(r.start); bounds.add(r.end); }
  const cuts = [...bounds].sort((a, b) => a - b);
  const out = [];
  let active = [];
  let next = 0;  // next range (in sorted order) not yet started
  for (let i = 0; i + 1 < cuts.length; i++) {
    const at = cuts[i];
    if (active.some((r) => r.end <= at)) active = active.filter((r) => r.end > at);
    // Ranges starting here sort after every active one (they start later),
    // so appending keeps `active` in sorted order: outermost first.
    while (next < ranges.length && ranges[next].start <= at) active.push(ranges[next++]);
    out.push({ start: at, end: cuts[i + 1], active: active.slice() });
  }
  return out;
}

function styleAttr(css, inline) {
  return inline && css ? ` style="${escapeHTML(css)}"` : '';
}

function openTag(r, data, opts, first, last) {
  const inline = opts.inlineStyles;
  if (r.kind === 'ent') {
    const ent = data.ents[r.index];
    const label = String(ent.label ?? '');
    const attrs = [`class="rs-ent"`, `data-type="${escapeHTML(label)}"`, `data-i="${r.index}"`];
    if (ent.entity) attrs.push(`data-entity="${escapeHTML(ent.entity)}"`);
    if (first) {
      attrs.push(`data-start="${r.start}"`);
      if (opts.focusable) {
        const covered = data.text.slice(r.start, r.end);
        const title = ent.title && ent.title !== covered ? `, ${ent.title}` : '';
        attrs.push('tabindex="-1"', `aria-label="${escapeHTML(`${covered} (${typeName(label)}${title})`)}"`);
      }
    } else {
      attrs.push('data-part="cont"');
    }
    if (last && opts.labels && !inline) attrs.push(`data-label="${escapeHTML(label)}"`);
    if (inline && ent.title) attrs.push(`title="${escapeHTML(`${ent.title} (${typeName(label)})`)}"`);
    const bg = Object.hasOwn(EXPORT_COLORS, label) ? EXPORT_COLORS[label] : '#e4e4e4';
    const css = `background:${bg};color:#1a1a1a;padding:0.1em 0.2em;border-radius:0.25em`;
    return `<mark ${attrs.join(' ')}${styleAttr(css, inline)}>`;
  }
  if (r.kind === 'quote') {
    const q = data.quotes[r.index];
    const attrs = ['class="rs-quote"', `data-q="${r.index}"`];
    if (first && q.speaker) attrs.push(`data-speaker="${escapeHTML(q.speaker)}"`);
    if (first) attrs.push(`data-start="${r.start}"`);
    if (inline && q.speaker) attrs.push(`title="${escapeHTML(`Quote: ${q.speaker}`)}"`);
    const css = 'font-style:italic;border-bottom:1px dashed #555';
    return `<span ${attrs.join(' ')}${styleAttr(css, inline)}>`;
  }
  if (r.kind === 'reported') {
    // Said in the writer's words ("dijo que ..."): marked, but not as a quotation.
    const q = data.reported[r.index];
    const attrs = ['class="rs-reported"', `data-r="${r.index}"`];
    if (first) attrs.push(`data-start="${r.start}"`);
    if (q.speaker) attrs.push(`title="${escapeHTML(`Reported speech: ${q.speaker}`)}"`);
    return `<span ${attrs.join(' ')}${styleAttr('border-bottom:1px dotted #777', inline)}>`;
  }
  const b = data.boilerplate[r.index];
  const attrs = ['class="rs-boiler"', `data-b="${r.index}"`];
  if (b.reason) attrs.push(`data-reason="${escapeHTML(b.reason)}"`, `title="${escapeHTML(`Boilerplate: ${b.reason}`)}"`);
  return `<span ${attrs.join(' ')}${styleAttr('color:#5f5f5f', inline)}>`;
}

function closeTag(r, data, opts) {
  if (r.kind === 'ent') {
    if (opts.inlineStyles && opts.labels) {
      const label = escapeHTML(data.ents[r.index].label ?? '');
      return `<span style="font-size:0.7em;font-weight:bold;margin-left:0.3em;vertical-align:middle">${label}</span></mark>`;
    }
    return '</mark>';
  }
  return '</span>';
}

/**
 * Renders span data to an HTML string (the inside of a container that the
 * host styles with renderer.css, white-space: pre-wrap).
 * Options:
 *   hidden: labels not to highlight (their text is still rendered)
 *   focusable: highlights get tabindex="-1" and an aria-label (default true)
 *   labels: show the type label after each highlight (default true)
 *   inlineStyles: inline style attributes and real label text, for HTML
 *     pasted elsewhere (default false; the page's CSP forbids style attributes)
 *   quotes / boilerplate: render those ranges (default true); `quotes`
 *     covers reported speech too
 */
export function renderHTML(data, options = {}) {
  const opts = { focusable: true, labels: true, inlineStyles: false, quotes: true, boilerplate: true, ...options };
  const text = String(data?.text ?? '');
  const hidden = new Set(opts.hidden ?? []);
  const items = [];
  (data.ents ?? []).forEach((e, index) => {
    if (e && !hidden.has(e.label)) items.push({ start: e.start, end: e.end, kind: 'ent', index });
  });
  if (opts.quotes) (data.quotes ?? []).forEach((q, index) => { if (q) items.push({ start: q.start, end: q.end, kind: 'quote', index }); });
  if (opts.quotes) (data.reported ?? []).forEach((q, index) => { if (q) items.push({ start: q.start, end: q.end, kind: 'reported', index }); });
  if (opts.boilerplate) (data.boilerplate ?? []).forEach((b, index) => { if (b) items.push({ start: b.start, end: b.end, kind: 'boilerplate', index }); });
  const norm = { text, ents: data.ents ?? [], quotes: data.quotes ?? [], reported: data.reported ?? [], boilerplate: data.boilerplate ?? [] };

  const out = [];
  const stack = [];         // open ranges, outermost first
  const opened = new Set(); // ranges that already emitted a piece
  const openAt = new Map(); // range -> index in `out` of its open tag
  const close = (r, at) => {
    const last = r.end <= at;
    if (last) out[openAt.get(r)] = openTag(r, norm, opts, !opened.has(r), true);
    opened.add(r);
    out.push(closeTag(r, norm, opts));
  };
  for (const seg of segment(text, items)) {
    let k = 0;
    while (k < stack.length && k < seg.active.length && stack[k] === seg.active[k]) k++;
    while (stack.length > k) close(stack.pop(), seg.start);
    for (let j = k; j < seg.active.length; j++) {
      const r = seg.active[j];
      openAt.set(r, out.length);
      out.push(openTag(r, norm, opts, !opened.has(r), false));
      stack.push(r);
    }
    out.push(escapeHTML(text.slice(seg.start, seg.end)));
  }
  while (stack.length) close(stack.pop(), text.length);
  return out.join('');
}

/**
 * Resalta Document (the core's JSON, parsed) -> the renderer's plain data.
 * ents[i] corresponds to doc.spans[i]; `title` is the entity's canonical name
 * and quote `speaker` the speaker's name (or the raw id when unresolved).
 */
export function fromDocument(text, doc) {
  const names = new Map((doc?.entities ?? []).map((e) => [e.id, e.name]));
  const speech = (q) => ({ start: q.start, end: q.end, speaker: q.speaker ? (names.get(q.speaker) ?? q.speaker) : '' });
  return {
    text,
    ents: (doc?.spans ?? []).map((s) => {
      const e = { start: s.start, end: s.end, label: s.type };
      if (s.entity) { e.entity = s.entity; if (names.has(s.entity)) e.title = names.get(s.entity); }
      return e;
    }),
    quotes: (doc?.quotes ?? []).map(speech),
    reported: (doc?.reported_speech ?? []).map(speech),
    boilerplate: (doc?.boilerplate ?? []).map((b) => ({ start: b.start, end: b.end, reason: b.reason ?? '' })),
  };
}

// UTF-16 offset -> code point offset (Python's str indices, which displaCy uses).
function codePointOffsets(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    if (!(isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1)))) cp++;
    else map[i] = cp - 1;
  }
  map[text.length] = cp;
  return map;
}

/**
 * displaCy's manual format: {text, ents: [{start, end, label}], title}.
 * displaCy (Python) counts code points, not UTF-16 units, so offsets are
 * converted: they differ from ours after any emoji or other astral character.
 */
export function toDisplacy(data, title = null) {
  const text = String(data.text ?? '');
  const map = codePointOffsets(text);
  const ents = [];
  for (const e of data.ents ?? []) {
    const r = normalizeRange(text, e.start, e.end);
    if (r) ents.push({ start: map[r[0]], end: map[r[1]], label: e.label });
  }
  return { text, ents, title };
}
