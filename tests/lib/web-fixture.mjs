// A hand-written Document for the seed article (and any text containing its
// phrases), so the page's UI can be tested before the tagger model lands.
// Plain ES module with no Node imports: the browser suite also serves it to
// a stand-in worker. Offsets are found with indexOf, so they always satisfy
// text.slice(start, end) === text.

const range = (text, needle, from = 0) => {
  const start = text.indexOf(needle, from);
  return start < 0 ? null : { start, end: start + needle.length, text: needle };
};
const all = (text, needle) => {
  const out = [];
  for (let r = range(text, needle); r; r = range(text, needle, r.end)) out.push(r);
  return out;
};

const ENTITIES = [
  { type: 'PER', name: 'Serguei Lavrov', role: 'ministro ruso de Relaciones Exteriores', salience: 0.95, forms: ['Serguei Lavrov', 'Lavrov'] },
  { type: 'PER', name: 'Vladimir Putin', role: 'presidente', salience: 0.6, forms: ['Vladimir Putin', 'Putin'] },
  { type: 'PER', name: 'Kim Jong Un', role: 'líder norcoreano', salience: 0.5, forms: ['Kim Jong Un', 'Kim'] },
  { type: 'PER', name: 'Dmitri Peskov', role: 'portavoz de la Presidencia rusa', salience: 0.3, forms: ['Dmitri Peskov'] },
  { type: 'PER', name: 'John Kirby', role: 'portavoz de Seguridad Nacional de la Casa Blanca', salience: 0.3, forms: ['John Kirby'] },
  { type: 'LOC', name: 'Corea del Norte', role: '', salience: 0.9, forms: ['Corea del Norte'] },
  { type: 'LOC', name: 'Rusia', role: '', salience: 0.8, forms: ['Rusia'] },
  { type: 'LOC', name: 'Ucrania', role: '', salience: 0.4, forms: ['Ucrania'] },
  { type: 'LOC', name: 'Pyongyang', role: '', salience: 0.2, forms: ['Pyongyang'] },
  { type: 'ORG', name: 'Kremlin', role: '', salience: 0.4, forms: ['Kremlin'] },
  { type: 'ORG', name: 'Ria Novosti', role: 'agencia rusa', salience: 0.2, forms: ['Ria Novosti'] },
  { type: 'ORG', name: 'AFP', role: '', salience: 0.1, forms: ['AFP'] },
  { type: 'ORG', name: 'Tass', role: 'agencia rusa', salience: 0.2, forms: ['Tass'] },
];

const VALUES = [
  { type: 'DATE', text: 'hoy', value: { iso: '2023-10-18' } },
  { type: 'DATE', text: 'septiembre de 2022', value: { iso: '2022-09' } },
  { type: 'DATE', text: 'el mes pasado', value: { iso: '2023-09' } },
  { type: 'DATE', text: 'el último viernes', value: { iso: '2023-10-13' } },
  { type: 'DATE', text: 'el martes', value: { iso: '2023-10-17' } },
  { type: 'DURATION', text: 'dos días', value: { iso: 'P2D' } },
  { type: 'QUANTITY', text: 'más de 1.000 contenedores', value: { number: 1000, unit: 'contenedores', qualifier: 'more than' } },
  { type: 'DEMONYM', text: 'norcoreano' },
];

const QUOTES = [
  { start: 'Apreciamos mucho', end: 'militar especial en Ucrania', speaker: 'Serguei Lavrov', cue: 'remarcó' },
  { start: 'no hay pruebas', end: 'no hay pruebas', speaker: 'Kremlin', cue: 'afirmó' },
  { start: 'definir las medidas', end: 'cada uno de los acuerdos', speaker: 'Serguei Lavrov', cue: 'consideró' },
];

export function fixtureDocument(text) {
  const entities = [];
  const spans = [];
  for (const e of ENTITIES) {
    const mentions = [];
    for (const form of e.forms) {
      for (const r of all(text, form)) {
        // a shorter form inside a longer one is the same mention
        if (!mentions.some((m) => m.start <= r.start && r.end <= m.end)) mentions.push(r);
      }
    }
    if (!mentions.length) continue;
    mentions.sort((a, b) => a.start - b.start);
    const id = `e${entities.length + 1}`;
    entities.push({ id, type: e.type, name: e.name, role: e.role, salience: e.salience, mentions });
    for (const m of mentions) spans.push({ ...m, type: e.type, entity: id });
  }
  for (const v of VALUES) {
    for (const r of all(text, v.text)) spans.push(v.value ? { ...r, type: v.type, value: v.value } : { ...r, type: v.type });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const idOf = (name) => entities.find((e) => e.name === name)?.id ?? '';
  const quotes = [];
  for (const q of QUOTES) {
    const s = range(text, q.start);
    const e = s && range(text, q.end, s.start);
    if (s && e) quotes.push({ start: s.start, end: e.end, text: text.slice(s.start, e.end), speaker: idOf(q.speaker), cue: q.cue, kind: 'direct' });
  }
  const sources = [];
  for (const [name, evidence] of [['Ria Novosti', 'Según la agencia rusa Ria Novosti'], ['AFP', 'citada a la vez por AFP'], ['Télam', 'Con información de Télam']]) {
    const r = range(text, evidence);
    if (r) sources.push({ name, entity: idOf(name), evidence: r });
  }
  const boilerplate = [];
  for (const [needle, reason] of [['Este contenido se hizo gracias al apoyo de la comunidad de El Destape. Sumate. Sigamos haciendo historia.', 'donation-appeal']]) {
    const r = range(text, needle);
    if (r) boilerplate.push({ ...r, reason });
  }
  return {
    schema: 'resalta.document/1.0', lang: 'es', text_length: text.length,
    sentences: [], tokens: [], entities, spans, quotes, sources, boilerplate,
    tags: entities.slice(0, 3).map((e) => e.name), warnings: [],
  };
}

// The stand-in worker's source: answers like the package's worker
// (wasm/js/worker.js), with the fixture.
export const FIXTURE_WORKER = `
import { fixtureDocument } from './fixture.js';
self.addEventListener('message', ({ data }) => {
  if (data.type === 'init') {
    postMessage({ type: 'model', value: { lang: 'es', model: 'models/es.bin' } });
    postMessage({ id: data.id, type: 'ok', value: { version: '0.0.0-fixture', models: ['models/es.bin'], hasModel: { es: true, en: false } } });
  } else if (data.type === 'analyze') {
    const progress = (value) => { if (data.progress) postMessage({ id: data.id, type: 'progress', value }); };
    progress({ phase: 'analyzing', done: 0, total: 1 });
    const doc = fixtureDocument(data.text);
    progress({ phase: 'done', done: 1, total: 1, ms: 1 });
    postMessage({ id: data.id, type: 'ok', value: doc });
  }
});
`;

// Types text into the page's input (as a paste would) and waits for its
// analysis to be drawn (the web app's suites).
export async function analyzeInPage(page, text, timeout = 60_000) {
  const before = await page.getAttribute('#output', 'data-analysis');
  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.waitForFunction((b) => {
    const a = document.getElementById('output').dataset.analysis;
    return a && a !== b && document.documentElement.dataset.state === 'done';
  }, before, { timeout });
}
