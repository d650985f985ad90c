// The side panel (entities by type and salience, quotes, sources) and the
// legend that shows or hides each highlight type.
import { TYPES, typeName } from './renderer.js';
import { el, node } from './dom.js';
import { firstVisibleHighlight, goToRange, stepMentions } from './navigation.js';
import { entityById, isVisible, state } from './state.js';

const ALWAYS_IN_LEGEND = ['PER', 'ORG', 'LOC', 'DATE', 'QUANTITY'];

function counts() {
  const c = new Map();
  for (const s of state.doc?.spans ?? []) c.set(s.type, (c.get(s.type) ?? 0) + 1);
  return c;
}

export function renderLegend() {
  const c = counts();
  const items = TYPES.filter((t) => c.has(t.label) || ALWAYS_IN_LEGEND.includes(t.label))
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
  if (current && isVisible(current)) return;
  if (current) current.tabIndex = -1;
  const f = firstVisibleHighlight();
  if (f) f.tabIndex = 0;
}

export function renderEntities() {
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

export function renderQuotes() {
  const qs = state.doc?.quotes ?? [];
  if (!qs.length) { el.quotes.replaceChildren(node('li', { class: 'empty', text: 'No quotes found.' })); return; }
  el.quotes.replaceChildren(...qs.map((q, i) => {
    const speaker = q.speaker ? entityById(q.speaker)?.name || q.speaker : 'Unattributed';
    const excerpt = q.text.length > 140 ? `${q.text.slice(0, 137)}…` : q.text;
    return node('li', {}, node('button', {
      type: 'button', class: 'item', onclick: () => goToRange(q.start, q.end, el.output.querySelector(`.rs-quote[data-q="${i}"]`)),
    }, node('span', { class: 'grow' }, node('span', { class: 'speaker', text: speaker }), ' → ',
      node('span', { class: 'qtext', text: `“${excerpt}”` })),
    q.cue ? node('span', { class: 'meta', text: q.cue }) : null));
  }));
}

export function renderSources() {
  const ss = state.doc?.sources ?? [];
  if (!ss.length) { el.sources.replaceChildren(node('li', { class: 'empty', text: 'No sources found.' })); return; }
  el.sources.replaceChildren(...ss.map((s) => node('li', {}, node('button', {
    type: 'button', class: 'item', onclick: () => goToRange(s.evidence.start, s.evidence.end),
  }, node('span', { class: 'grow' }, node('span', { class: 'speaker', text: s.name }),
    node('span', { class: 'meta', text: ` “${s.evidence.text}”` }))))));
}
