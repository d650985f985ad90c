// The card beside a highlight or a quote: its type, the entity's role and
// mentions, the normalized value; for a quote, its speaker and cue. Shown
// on hover and focus, hidden with Escape.
import { el, node } from './dom.js';
import { formatIso, formatNumber, t, tOr, typeLabel } from './i18n.js';
import { entityById, isVisible, state } from './state.js';

export function formatValue(v) {
  if (!v) return '';
  const parts = [];
  if (v.qualifier) parts.push(tOr(`qualifiers.${v.qualifier}`, v.qualifier));
  // A range of durations ("de dos a tres años"): its counts say it; `iso` is only the low end.
  const durationRange = v.number_to != null && /^P/.test(v.iso ?? '');
  if (v.iso && !durationRange) parts.push(formatIso(v.iso));
  if (v.number != null) {
    let n = formatNumber(v.number);
    if (v.number_to != null) n += `–${formatNumber(v.number_to)}`;
    if (v.currency) parts.push(`${n} ${v.currency}`);
    else if (v.unit === 'percent') parts.push(`${n} %`);
    else parts.push(v.unit ? `${n} ${v.unit}` : n);
  }
  return parts.join(' ');
}

function cardRows(mark) {
  if (mark.classList.contains('rs-quote')) {
    const q = state.doc?.quotes[Number(mark.dataset.q)];
    if (!q) return null;
    const sp = q.speaker ? entityById(q.speaker) : null;
    const rows = [[t('speakerCol'), sp?.name ?? t('unattributed')]];
    if (sp?.role) rows.push([t('roleCol'), sp.role]);
    if (q.cue) rows.push([t('cueCol'), q.cue]);
    if (q.attribution) rows.push([t('howCol'), tOr(`attribution.${q.attribution}`, q.attribution)]);
    return { name: t('types.quotes'), rows };
  }
  const span = state.doc?.spans[Number(mark.dataset.i)];
  if (!span) return null;
  const ent = span.entity ? entityById(span.entity) : null;
  const rows = [[t('card.type'), typeLabel(span.type)]];
  if (ent?.role) rows.push([t('card.role'), ent.role]);
  if (ent) rows.push([t('card.mentions'), String(ent.mentions.length)]);
  const value = formatValue(span.value);
  if (value) rows.push([t('card.value'), value]);
  return { name: ent?.name ?? span.text, rows };
}

export function showCard(mark) {
  const c = isVisible(mark) ? cardRows(mark) : null;
  if (!c) return;
  el.card.replaceChildren(node('div', { class: 'name', text: c.name }),
    node('dl', {}, ...c.rows.flatMap(([k, v]) => [node('dt', { text: k }), node('dd', { text: v })])));
  el.card.hidden = false;
  mark.setAttribute('aria-describedby', 'card');
  // Below the highlight, or above it when there is no room; positioned
  // through CSSOM (the CSP allows no style attributes).
  const r = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
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
