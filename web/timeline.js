// The dates panel: every DATE span with an ISO value on a time axis, with
// the publication date marked, and a list that jumps to each.
import { el, node, svgNode } from './dom.js';
import { goToRange } from './navigation.js';
import { state } from './state.js';

// "2023-10-18", "2023-10", "2023" -> the start of that day, month or year
// (ms since the epoch, UTC); null otherwise.
export function parseIso(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

export function renderTimeline() {
  const dates = (state.doc?.spans ?? []).map((s, i) => ({ s, i, t: s.type === 'DATE' ? parseIso(s.value?.iso) : null }))
    .filter((d) => d.t != null).sort((a, b) => a.t - b.t || a.s.start - b.s.start);
  if (!dates.length) { el.timeline.replaceChildren(node('p', { class: 'empty', text: 'No dates found.' })); return; }
  const pub = parseIso(el.date.value);
  const ts = dates.map((d) => d.t).concat(pub != null ? [pub] : []);
  const min = Math.min(...ts);
  const max = Math.max(...ts);
  const x = (t) => (max === min ? 50 : 4 + ((t - min) / (max - min)) * 92);
  const svg = svgNode('svg', { viewBox: '0 0 100 20', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(svgNode('line', { x1: 2, x2: 98, y1: 10, y2: 10, class: 'axis', 'vector-effect': 'non-scaling-stroke' }));
  if (pub != null) svg.append(svgNode('rect', { x: x(pub) - 0.6, y: 3, width: 1.2, height: 14, class: 'pub' }));
  for (const d of dates) svg.append(svgNode('rect', { x: x(d.t) - 0.8, y: 5, width: 1.6, height: 10, rx: 0.8, class: 'dot' }));
  const fmt = (t) => new Date(t).toISOString().slice(0, 10);
  el.timeline.replaceChildren(svg,
    node('div', { class: 'ends', 'aria-hidden': 'true' }, node('span', { text: fmt(min) }), node('span', { text: fmt(max) })),
    node('ol', { class: 'plain' }, ...dates.map((d) => node('li', {}, node('button', {
      type: 'button', class: 'item', onclick: () => goToRange(d.s.start, d.s.end, el.output.querySelector(`.rs-ent[data-i="${d.i}"]`)),
    }, node('span', { class: 'meta', text: d.s.value.iso }), node('span', { class: 'grow', text: d.s.text })))))
  );
}
