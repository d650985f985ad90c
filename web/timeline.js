// The dates panel: every DATE (and dated TIME) span on a time axis at its
// real grain (a day, a week, a month, a year, a range from-to, an instant),
// the date in use marked, and lists that jump to each date, time and duration.
import { el, node, svgNode } from './dom.js';
import { formatIso, t, utc } from './i18n.js';
import { goToRange } from './navigation.js';
import { state } from './state.js';

const DAY = 86_400_000;

// One end of an interval: "2023", "2023-10", "2023-10-18", "2023-W07", "2013-02-12T15:30", "-0043".
function bounds(iso) {
  let m = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1; weeks start on Monday.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const start = monday1 + (+m[2] - 1) * 7 * DAY;
    return { start, end: start + 7 * DAY, grain: 'week' };
  }
  m = /^(-?\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (m) { const s = utc(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]); return { start: s, end: s, grain: 'time' }; }
  m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  if (m[3]) { const s = utc(+m[1], +m[2] - 1, +m[3]); return { start: s, end: s + DAY, grain: 'day' }; }
  if (m[2]) return { start: utc(+m[1], +m[2] - 1), end: utc(+m[1], +m[2]), grain: 'month' };
  return { start: utc(+m[1], 0), end: utc(+m[1] + 1, 0), grain: 'year' };
}

/** An ISO value -> {start, end, grain} in ms (UTC), end exclusive; ranges "a/b" span both; null otherwise. */
export function parseInterval(iso) {
  const s = String(iso ?? '');
  if (s.includes('/')) {
    const [a, b] = s.split('/').map(bounds);
    return a && b && b.end >= a.start ? { start: a.start, end: b.end, grain: 'range' } : null;
  }
  return bounds(s);
}

/** The start of a date value (kept for callers of the old API). */
export const parseIso = (iso) => parseInterval(iso)?.start ?? null;

function jumpList(items, cls) {
  return node('ol', { class: `plain ${cls}` }, ...items.map((d) => node('li', {}, node('button', {
    type: 'button', class: 'item', onclick: () => goToRange(d.s.start, d.s.end, el.output.querySelector(`.rs-ent[data-i="${d.i}"]`)),
  }, node('span', { class: 'meta', text: d.s.value?.iso ?? '' }),
  node('span', { class: 'grow' }, d.label ? node('span', { class: 'when', text: d.label }) : null, d.label ? ' · ' : null, node('span', { text: d.s.text }))))));
}

export function renderTimeline() {
  const spans = (state.doc?.spans ?? []).map((s, i) => ({ s, i }));
  const dates = spans.filter((d) => d.s.type === 'DATE' || (d.s.type === 'TIME' && /\d{4}-/.test(d.s.value?.iso ?? '')))
    .map((d) => ({ ...d, r: parseInterval(d.s.value?.iso) })).filter((d) => d.r)
    .sort((a, b) => a.r.start - b.r.start || a.s.start - b.s.start);
  const times = spans.filter((d) => d.s.type === 'TIME' && !dates.some((x) => x.i === d.i));
  const durations = spans.filter((d) => d.s.type === 'DURATION');
  if (!dates.length && !times.length && !durations.length) {
    el.timeline.replaceChildren(node('p', { class: 'empty', text: t('noDates') }));
    return;
  }
  const parts = [];
  if (dates.length) {
    const pub = parseInterval(state.dateInfo?.date);
    const ts = dates.flatMap((d) => [d.r.start, d.r.end]).concat(pub ? [pub.start] : []);
    const min = Math.min(...ts);
    const max = Math.max(...ts);
    const x = (v) => (max === min ? 50 : 4 + ((v - min) / (max - min)) * 92);
    const svg = svgNode('svg', { viewBox: '0 0 100 20', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
    svg.append(svgNode('line', { x1: 2, x2: 98, y1: 10, y2: 10, class: 'axis', 'vector-effect': 'non-scaling-stroke' }));
    if (pub) svg.append(svgNode('rect', { x: x(pub.start) - 0.6, y: 3, width: 1.2, height: 14, class: 'pub' }));
    for (const d of dates) {
      // a day or an instant is a dot; a week, a month, a range is as wide as it lasts
      const span = x(d.r.end) - x(d.r.start);
      const w = Math.max(1.6, span);
      svg.append(svgNode('rect', {
        x: span < 1.6 ? x(d.r.start) + span / 2 - 0.8 : x(d.r.start), y: 5, width: w, height: 10, rx: 0.8,
        class: `dot ${d.r.grain}`, 'data-grain': d.r.grain,
      }));
    }
    const fmt = (v) => formatIso(new Date(v).toISOString().slice(0, 10));
    parts.push(svg, node('div', { class: 'ends', 'aria-hidden': 'true' }, node('span', { text: fmt(min) }), node('span', { text: fmt(max - (max > min ? 1 : 0)) })),
      jumpList(dates.map((d) => ({ ...d, label: formatIso(d.s.value.iso) })), 'dates'));
  }
  if (times.length) parts.push(node('h3', { text: t('times') }), jumpList(times.map((d) => ({ ...d, label: d.s.value?.iso ? formatIso(d.s.value.iso) : '' })), 'times'));
  if (durations.length) parts.push(node('h3', { text: t('durations') }), jumpList(durations, 'durations'));
  el.timeline.replaceChildren(...parts);
}
