// Long texts are analyzed in paragraph chunks so the worker can report
// progress; these pure helpers cut the text and join the chunk Documents
// back into one whose offsets point into the whole text.

/** Target chunk length in UTF-16 units (a few hundred paragraphs). */
export const CHUNK_TARGET = 100_000;

// Cuts after a newline near CHUNK_TARGET (else after a space, else anywhere
// that is not inside a surrogate pair).
export function chunkText(text, target = CHUNK_TARGET) {
  const chunks = [];
  let start = 0;
  while (text.length - start > target * 1.5) {
    const limit = start + target;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= start + target / 2) cut = text.lastIndexOf(' ', limit);
    if (cut <= start + target / 2) {
      cut = limit;
      const c = text.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff) cut -= 1;
    } else {
      cut += 1;
    }
    chunks.push([start, cut]);
    start = cut;
  }
  chunks.push([start, text.length]);
  return chunks;
}

// Joins chunk Documents into one: offsets shift by the chunk's start,
// sentence token indices by the tokens before it, and entities with the same
// type and name merge (ids renumbered in order of first mention).
export function mergeDocuments(parts, textLength) {
  const out = {
    schema: parts[0]?.doc.schema ?? 'resalta.document/1.0', lang: parts[0]?.doc.lang ?? '',
    text_length: textLength, sentences: [], tokens: [], entities: [], spans: [], quotes: [],
    sources: [], boilerplate: [], tags: [], warnings: [],
  };
  const byKey = new Map();
  let tokenBase = 0;
  const langs = new Map();
  for (const { doc, offset } of parts) {
    langs.set(doc.lang, (langs.get(doc.lang) ?? 0) + doc.text_length);
    const shift = (r) => ({ ...r, start: r.start + offset, end: r.end + offset });
    let chunkTokens = 0;
    for (const s of doc.sentences) {
      out.sentences.push({ ...shift(s), first_token: s.first_token + tokenBase });
      chunkTokens = Math.max(chunkTokens, s.first_token + s.token_count);
    }
    for (const t of doc.tokens) out.tokens.push(shift(t));
    tokenBase += Math.max(chunkTokens, doc.tokens.length);
    const ids = new Map();
    for (const e of doc.entities) {
      const key = `${e.type}\u0000${e.name}`;
      let m = byKey.get(key);
      if (!m) {
        m = { ...e, id: `e${out.entities.length + 1}`, mentions: [] };
        byKey.set(key, m);
        out.entities.push(m);
      }
      m.salience = Math.max(m.salience, e.salience);
      if (!m.role && e.role) m.role = e.role;
      m.mentions.push(...e.mentions.map(shift));
      ids.set(e.id, m.id);
    }
    const remap = (id) => (id ? ids.get(id) ?? id : id);
    for (const s of doc.spans) out.spans.push(s.entity ? { ...shift(s), entity: remap(s.entity) } : shift(s));
    for (const q of doc.quotes) out.quotes.push({ ...shift(q), speaker: remap(q.speaker) });
    for (const s of doc.sources) out.sources.push({ ...s, entity: remap(s.entity), evidence: shift(s.evidence) });
    for (const b of doc.boilerplate) out.boilerplate.push(shift(b));
    for (const t of doc.tags) if (!out.tags.includes(t)) out.tags.push(t);
    for (const w of doc.warnings) if (!out.warnings.includes(w)) out.warnings.push(w);
  }
  if (langs.size) out.lang = [...langs].sort((a, b) => b[1] - a[1])[0][0];
  return out;
}
