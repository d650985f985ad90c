// The editor's corrections to one analysis: an entity's type, merging one
// entity into another, splitting an entity by written form, and a quote's
// speaker. They are applied to the core's Document before anything is
// shown or exported, so highlights, panels, tags and exports all follow.
// Stored in this browser only (localStorage, keyed by a hash of the text),
// never sent anywhere; cleared with "Clear corrections".
//
//   { types: {entityId: TYPE}, merges: {entityId: intoId}, splits: [entityId],
//     speakers: {quoteStart: entityId or ''} }
const PREFIX = 'resalta-corrections:';

export const emptyCorrections = () => ({ types: {}, merges: {}, splits: [], speakers: {} });

export function countCorrections(c) {
  return Object.keys(c.types).length + Object.keys(c.merges).length + c.splits.length + Object.keys(c.speakers).length;
}

/** A short, stable key for a text (cyrb53: 53 bits, plus the length). */
export function textKey(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}-${text.length}`;
}

export function loadCorrections(text) {
  if (!text) return emptyCorrections();
  try {
    const c = JSON.parse(localStorage.getItem(PREFIX + textKey(text)) ?? 'null');
    if (c && typeof c === 'object') return { ...emptyCorrections(), ...c };
  } catch { /* unreadable: start over */ }
  return emptyCorrections();
}

export function saveCorrections(text, c) {
  const key = PREFIX + textKey(text);
  if (countCorrections(c)) localStorage.setItem(key, JSON.stringify(c));
  else localStorage.removeItem(key);
}

/** The Document with corrections `c` applied (a copy; `doc` is left as is). */
export function applyCorrections(doc, c) {
  if (!doc || !countCorrections(c)) return doc;
  const out = structuredClone(doc);
  const ents = new Map(out.entities.map((e) => [e.id, e]));
  const relink = (from, to) => {
    for (const s of out.spans) if (s.entity === from) s.entity = to;
    for (const q of [...out.quotes, ...(out.reported_speech ?? [])]) if (q.speaker === from) q.speaker = to;
    for (const s of out.sources) if (s.entity === from) s.entity = to;
  };
  // Split: each written form other than the first becomes its own entity.
  for (const id of c.splits) {
    const e = ents.get(id);
    if (!e) continue;
    const forms = [...new Set(e.mentions.map((m) => m.text))];
    forms.slice(1).forEach((form, k) => {
      const nid = `${id}.${k + 1}`;
      const mentions = e.mentions.filter((m) => m.text === form);
      const ne = { ...e, id: nid, name: form, role: '', mentions };
      ents.set(nid, ne);
      out.entities.push(ne);
      for (const s of out.spans) if (s.entity === id && s.text === form) s.entity = nid;
    });
    e.mentions = e.mentions.filter((m) => m.text === forms[0]);
    e.name = forms[0] && !e.name.includes(forms[0]) ? forms[0] : e.name;
  }
  // Merge: follow chains (a -> b -> c), never into itself.
  const target = (id) => {
    const seen = new Set([id]);
    let t = id;
    while (Object.hasOwn(c.merges, t) && ents.has(c.merges[t]) && !seen.has(c.merges[t])) { t = c.merges[t]; seen.add(t); }
    return t;
  };
  for (const id of Object.keys(c.merges)) {
    const into = ents.get(target(id));
    const e = ents.get(id);
    if (!e || !into || into === e) continue;
    into.mentions = [...into.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    if (!into.role && e.role) into.role = e.role;
    into.salience = Math.max(into.salience ?? 0, e.salience ?? 0);
    relink(id, into.id);
    ents.delete(id);
  }
  out.entities = out.entities.filter((e) => ents.get(e.id) === e);
  // Types, then every span of the entity follows its type.
  for (const [id, type] of Object.entries(c.types)) { const e = ents.get(id); if (e) e.type = type; }
  for (const s of out.spans) { const e = s.entity && ents.get(s.entity); if (e) s.type = e.type; }
  // Speakers, by the quote's start (the same in both lists).
  for (const q of [...out.quotes, ...(out.reported_speech ?? [])]) {
    const k = String(q.start);
    if (!Object.hasOwn(c.speakers, k)) continue;
    const sp = c.speakers[k];
    const to = sp ? target(sp) : '';
    q.speaker = to && ents.has(to) ? to : '';
    q.attribution = 'editor';
  }
  out.tags = out.entities.slice().sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0)).slice(0, out.tags?.length ?? 0).map((e) => e.name);
  out.corrections = c;
  return out;
}
