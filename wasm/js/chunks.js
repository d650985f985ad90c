// Long texts are analyzed in paragraph chunks so the analyzer can report
// progress; these pure helpers cut the text and join the chunk Documents
// back into one whose offsets point into the whole text. The merge knows
// no field list: it follows the Document's conventions (schema/
// document.schema.json), which tests/types.test.mjs checks against the
// schema, so a new Document field needs no change here.

/** Texts longer than this (UTF-16 units) are analyzed in chunks. */
export const CHUNK_THRESHOLD = 200_000;
/** Target chunk length in UTF-16 units (a few hundred paragraphs). */
export const CHUNK_TARGET = 100_000;

/** Fields holding an Entity.id (schema: "$ref": "#/$defs/entityId"). */
export const ENTITY_REFS = ['entity', 'speaker'];
/** Fields holding a UTF-16 offset into the text (they shift with the chunk). */
export const OFFSETS = ['start', 'end'];
/** Fields holding an index into Document.tokens. */
export const TOKEN_REFS = ['first_token'];

// Cuts after a newline near `target` (else after a space, else anywhere
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

// A chunk's item with its offsets, token indices and entity ids moved into
// the whole text's Document.
function relocate(value, at) {
  if (Array.isArray(value)) return value.map((v) => relocate(v, at));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'number' && OFFSETS.includes(key)) out[key] = v + at.offset;
    else if (typeof v === 'number' && TOKEN_REFS.includes(key)) out[key] = v + at.tokenBase;
    else if (typeof v === 'string' && ENTITY_REFS.includes(key)) out[key] = at.ids.get(v) ?? v;
    else out[key] = relocate(v, at);
  }
  return out;
}

// Joins chunk Documents ({doc, offset} each) into one: offsets shift by the
// chunk's start, token indices by the tokens before it, entities with the
// same type and name merge (ids renumbered in order of first mention),
// lists of strings (tags, warnings) are joined without repeats, and the
// language is the one of most of the text.
export function mergeDocuments(parts, textLength) {
  const first = parts[0]?.doc ?? { schema: 'resalta.document/1.0', lang: '' };
  const out = {};
  for (const [key, v] of Object.entries(first)) out[key] = Array.isArray(v) ? [] : v;
  out.text_length = textLength;
  const byKey = new Map();
  const langs = new Map();
  let tokenBase = 0;
  for (const { doc, offset } of parts) {
    langs.set(doc.lang, (langs.get(doc.lang) ?? 0) + doc.text_length);
    const at = { offset, tokenBase, ids: new Map() };
    // Entities first: the other lists refer to them.
    for (const e of doc.entities ?? []) {
      const key = `${e.type}\u0000${e.name}`;
      let m = byKey.get(key);
      if (!m) {
        m = { ...relocate(e, at), id: `e${byKey.size + 1}`, mentions: [] };
        byKey.set(key, m);
        out.entities.push(m);
      }
      m.salience = Math.max(m.salience, e.salience);
      if (!m.role && e.role) m.role = e.role;
      m.mentions.push(...relocate(e.mentions, at));
      at.ids.set(e.id, m.id);
    }
    for (const [key, list] of Object.entries(doc)) {
      if (key === 'entities' || !Array.isArray(list)) continue;
      out[key] ??= [];
      for (const item of list) {
        if (typeof item !== 'object') {
          if (!out[key].includes(item)) out[key].push(item);
        } else {
          out[key].push(relocate(item, at));
        }
      }
    }
    // Sentences tell how many tokens the chunk had even when tokens were not asked for.
    let chunkTokens = doc.tokens?.length ?? 0;
    for (const s of doc.sentences ?? []) chunkTokens = Math.max(chunkTokens, s.first_token + s.token_count);
    tokenBase += chunkTokens;
  }
  if (langs.size) out.lang = [...langs].sort((a, b) => b[1] - a[1])[0][0];
  return out;
}
