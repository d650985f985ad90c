// The analysis worker of the Resalta WordPress plugin: the package's
// createAnalyzer() runs here, off the editor's main thread, and so does
// everything proportional to the text (analysis, mapping offsets to blocks,
// the sidebar's summary). The main thread only applies what comes back.
//
//   in:  {type: 'init', lang}
//        {type: 'analyze', seq, segments: [{key, text}], date, lang}
//   out: {type: 'ready', version, hasModel: {es, en}}
//        {type: 'result', seq, ms, highlights, summary}
//        {type: 'error', seq?, code, message}
//
// Segments are the title and the rich-text fields of the blocks, in order;
// they are analyzed as one text (blank lines between) and every highlight
// comes back as {key, start, end, type, label} in the segment's own offsets.
// Messages that arrive while one is analyzed are coalesced: only the newest
// text is analyzed next.
import { createAnalyzer } from '../package/index.js';

const SEPARATOR = '\n\n';
let analyzer = null;
let pending = null;
let scheduled = false;

function reply(msg) {
  self.postMessage(msg);
}

function failure(e, seq) {
  return { type: 'error', seq, code: e?.code ?? 'internal', message: String(e?.message ?? e) };
}

/** Joined text plus each segment's start in it. */
function joinSegments(segments) {
  const starts = [];
  let text = '';
  segments.forEach((s, i) => {
    if (i > 0) text += SEPARATOR;
    starts.push(text.length);
    text += s.text;
  });
  return { text, starts };
}

/** Index of the segment holding offset `at` (the last start <= at). */
function segmentAt(starts, at) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid; else hi = mid - 1;
  }
  return lo;
}

// A range of the joined text -> the same range in its segment, clipped to it;
// null when it lies in a separator or in a segment without a key (the title).
function localRange(segments, starts, start, end) {
  const i = segmentAt(starts, start);
  const seg = segments[i];
  if (!seg || seg.key === null || seg.key === undefined) return null;
  const from = start - starts[i];
  const to = Math.min(end - starts[i], seg.text.length);
  if (from >= seg.text.length || to <= from) return null;
  return { key: seg.key, start: from, end: to };
}

const shorten = (s, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function summarize(doc, text, segments, starts) {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const at = (r) => localRange(segments, starts, r.start, r.end);
  const entities = doc.entities
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.salience - a.e.salience || a.i - b.i)
    .map(({ e }) => ({
      id: e.id, name: e.name, type: e.type, role: e.role, salience: e.salience,
      mentions: e.mentions.length, at: e.mentions.length ? at(e.mentions[0]) : null,
    }));
  const quotes = doc.quotes.map((q) => ({
    text: shorten(q.text), kind: q.kind, cue: q.cue,
    speaker: byId.get(q.speaker)?.name ?? '', at: at(q),
  }));
  const sources = doc.sources.map((s) => ({ name: s.name, evidence: s.evidence.text, at: at(s.evidence) }));
  const dates = doc.spans.filter((s) => s.type === 'DATE' || s.type === 'TIME')
    .map((s) => ({ text: s.text, type: s.type, iso: s.value?.iso ?? '', at: at(s) }));
  const boilerplate = doc.boilerplate.map((b) => ({ text: shorten(b.text), reason: b.reason, at: at(b) }));
  const words = (text.match(/\S+/g) ?? []).length;
  return { lang: doc.lang, words, entities, quotes, sources, dates, boilerplate, tags: doc.tags, warnings: doc.warnings };
}

function highlightsOf(doc, segments, starts) {
  const out = [];
  const push = (r, type, label) => {
    const local = localRange(segments, starts, r.start, r.end);
    if (local) out.push({ ...local, type, label });
  };
  const names = new Map(doc.entities.map((e) => [e.id, e]));
  // Wide ranges first: a name inside a quote is applied after the quote and
  // shows on top of it.
  for (const b of doc.boilerplate) push(b, 'BOILERPLATE', b.reason);
  for (const q of doc.quotes) push(q, 'QUOTE', names.get(q.speaker)?.name ?? '');
  for (const s of doc.spans) {
    const e = s.entity ? names.get(s.entity) : null;
    push(s, s.type, e ? e.name : (s.value?.iso ?? ''));
  }
  return out;
}

function analyzeLatest() {
  scheduled = false;
  const msg = pending;
  pending = null;
  if (!msg) return;
  if (!analyzer) {
    reply({ type: 'error', seq: msg.seq, code: 'load-failed', message: 'Resalta: the analyzer is not loaded' });
    return;
  }
  try {
    const t0 = performance.now();
    const { text, starts } = joinSegments(msg.segments);
    const doc = analyzer.analyze(text, { date: msg.date || undefined, lang: msg.lang || undefined });
    const highlights = highlightsOf(doc, msg.segments, starts);
    const summary = summarize(doc, text, msg.segments, starts);
    reply({ type: 'result', seq: msg.seq, ms: performance.now() - t0, highlights, summary });
  } catch (e) {
    reply(failure(e, msg.seq));
  }
}

let ready = null;
self.addEventListener('message', (ev) => {
  const msg = ev.data;
  if (msg?.type === 'init') {
    ready = createAnalyzer({ lang: msg.lang || 'auto' }).then((a) => {
      analyzer = a;
      reply({ type: 'ready', version: a.version, hasModel: { es: a.hasModel('es'), en: a.hasModel('en') } });
    }, (e) => reply(failure(e)));
  } else if (msg?.type === 'analyze') {
    pending = msg;  // newest text wins
    if (!scheduled) {
      scheduled = true;
      // After the analyzer loads, and after any messages already queued.
      Promise.resolve(ready).then(() => setTimeout(analyzeLatest, 0));
    }
  }
});
