// The card beside a highlight: its type, the entity's role and mentions, the
// normalized value. Shown on hover and focus, hidden with Escape.
import { typeName } from './renderer.js';
import { el, node } from './dom.js';
import { entityById, isVisible, state } from './state.js';

export function formatValue(v) {
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

export function showCard(mark) {
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
  // Below the highlight, or above it when there is no room; positioned
  // through CSSOM (the CSP allows no style attributes).
  const r = mark.getBoundingClientRect();
  const cw = el.card.offsetWidth;
  const left = Math.max(8, Math.min(r.left + scrollX, scrollX + document.documentElement.clientWidth - cw - 8));
  let top = r.bottom + scrollY + 6;
  if (r.bottom + el.card.offsetHeight + 12 > innerHeight && r.top > el.card.offsetHeight + 12) top = r.top + scrollY - el.card.offsetHeight - 6;
  el.card.style.left = `${left}px`;
  el.card.style.top = `${top}px`;
}

export function hideCard() {
  el.card.hidden = true;
  el.output.querySelector('[aria-describedby="card"]')?.removeAttribute('aria-describedby');
}
