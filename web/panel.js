// The side panel (entities by type and salience, each with its
// corrections; sources) and the legend that shows or hides each highlight type.
import { TYPES } from './renderer.js';
import { el, node } from './dom.js';
import { t, typeLabel } from './i18n.js';
import { firstVisibleHighlight, goToRange, stepMentions } from './navigation.js';
import { isVisible, state } from './state.js';

const ALWAYS_IN_LEGEND = ['PER', 'ORG', 'LOC', 'DATE', 'QUANTITY'];
const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

function counts() {
  const c = new Map();
  for (const s of state.doc?.spans ?? []) c.set(s.type, (c.get(s.type) ?? 0) + 1);
  return c;
}

export function renderLegend() {
  const c = counts();
  const items = TYPES.filter((ty) => c.has(ty.label) || ALWAYS_IN_LEGEND.includes(ty.label))
    .map((ty) => ({ key: ty.label, n: c.get(ty.label) ?? 0 }));
  for (const [label, n] of c) if (!TYPES.some((ty) => ty.label === label)) items.push({ key: label, n });
  items.push({ key: 'quotes', n: state.doc?.quotes.length ?? 0 });
  items.push({ key: 'boilerplate', n: state.doc?.boilerplate.length ?? 0 });
  el.legend.replaceChildren(...items.map((it) => node('button', {
    type: 'button', 'aria-pressed': String(!state.hidden.has(it.key)), 'data-key': it.key,
    title: t('legendTitle', typeLabel(it.key)),
    onclick: () => toggleType(it.key),
  }, node('span', { class: 'swatch', 'data-type': it.key, 'aria-hidden': 'true' }),
  node('span', { text: typeLabel(it.key) }), node('span', { class: 'count', text: String(it.n) }))));
}

function toggleType(key) {
  if (state.hidden.has(key)) state.hidden.delete(key); else state.hidden.add(key);
  el.output.classList.toggle(`rs-hide-${key}`, state.hidden.has(key));
  renderLegend();
  el.legend.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
  // keep one tabbable highlight among the visible ones
  const current = el.output.querySelector('.rs-ent[tabindex="0"], .rs-quote[tabindex="0"]');
  if (current && isVisible(current)) return;
  if (current) current.tabIndex = -1;
  const f = firstVisibleHighlight();
  if (f) f.tabIndex = 0;
}

// The corrections of one entity: its type, merging it into another,
// splitting it by form. The controls are built when the form is opened.
function correctionControls(e, all, onCorrect) {
  const typeSel = node('select', {
    'data-focus-key': `type:${e.id}`, 'aria-label': `${t('typeSelect')}: ${e.name}`,
    onchange: (ev) => onCorrect((c) => { c.types[e.id] = ev.target.value; }, `type:${e.id}`),
  }, ...NAME_TYPES.map((ty) => node('option', { value: ty, text: typeLabel(ty) })));
  typeSel.value = e.type;
  const others = all.filter((o) => o.id !== e.id).sort((a, b) => a.name.localeCompare(b.name));
  const mergeSel = node('select', {
    'data-focus-key': `merge:${e.id}`, 'aria-label': `${t('mergeInto')}: ${e.name}`,
    onchange: (ev) => { if (ev.target.value) onCorrect((c) => { c.merges[e.id] = ev.target.value; }, `ent:${ev.target.value}`); },
  }, node('option', { value: '', text: t('mergeNone') }), ...others.map((o) => node('option', { value: o.id, text: o.name })));
  const forms = new Set(e.mentions.map((m) => m.text));
  const split = forms.size > 1 ? node('button', {
    type: 'button', class: 'ghost', title: t('splitHelp'), 'data-focus-key': `split:${e.id}`,
    onclick: () => onCorrect((c) => { if (!c.splits.includes(e.id)) c.splits.push(e.id); }, `ent:${e.id}`),
  }, t('split')) : null;
  return [node('label', {}, node('span', { text: t('typeSelect') }), typeSel),
    node('label', {}, node('span', { text: t('mergeInto') }), mergeSel), split];
}

function correctionForm(e, all, onCorrect) {
  const details = node('details', { class: 'correct' },
    node('summary', { 'aria-label': t('correctEntity', e.name), text: t('correct') }));
  const build = () => { if (details.children.length === 1) details.append(...correctionControls(e, all, onCorrect).filter(Boolean)); };
  details.addEventListener('toggle', () => {
    if (details.open) { build(); state.openCorrection = e.id; } else if (state.openCorrection === e.id) state.openCorrection = null;
  });
  if (state.openCorrection === e.id) { build(); details.open = true; }
  return details;
}

export function renderEntities({ onCorrect } = {}) {
  const ents = state.doc?.entities ?? [];
  if (!ents.length) {
    el.entities.replaceChildren(node('p', { class: 'empty', text: state.modelLangs.length ? t('noEntities') : t('noEntityModel') }));
    return;
  }
  const groups = new Map();
  for (const e of ents) (groups.get(e.type) ?? groups.set(e.type, []).get(e.type)).push(e);
  const order = TYPES.map((ty) => ty.label);
  const keys = [...groups.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  el.entities.replaceChildren(...keys.map((type) => {
    const list = groups.get(type).slice().sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
    return node('div', {},
      node('h3', { text: `${typeLabel(type)} (${list.length})` }),
      node('ul', { class: 'plain' }, ...list.map((e) => node('li', { class: 'entity' }, node('button', {
        type: 'button', class: 'item', 'data-entity': e.id, 'data-focus-key': `ent:${e.id}`,
        'aria-label': t('entityAria', e.name, e.role, e.mentions.length),
        onclick: () => stepMentions(e),
      }, node('span', { class: 'swatch', 'data-type': type, 'aria-hidden': 'true' }),
      node('span', { class: 'grow', text: e.name + (e.role ? ` · ${e.role}` : '') }),
      node('span', { class: 'meta', text: `${e.mentions.length}×` })),
      onCorrect ? correctionForm(e, ents, onCorrect) : null))));
  }));
}

export function renderSources() {
  const ss = state.doc?.sources ?? [];
  if (!ss.length) { el.sources.replaceChildren(node('li', { class: 'empty', text: t('noSources') })); return; }
  el.sources.replaceChildren(...ss.map((s) => node('li', {}, node('button', {
    type: 'button', class: 'item', onclick: () => goToRange(s.evidence.start, s.evidence.end),
  }, node('span', { class: 'grow' }, node('span', { class: 'speaker', text: s.name }),
    node('span', { class: 'meta', text: ` “${s.evidence.text}”` }))))));
}
