// The page's elements and two small DOM builders (text always goes in as
// textContent, never as markup).
const $ = (id) => document.getElementById(id);

export const el = {
  input: $('input'), lang: $('lang'), date: $('date'), example: $('example'), clear: $('clear'),
  status: $('status'), progress: $('progress'), error: $('error'), legend: $('legend'),
  output: $('output'), entities: $('entities'), quotes: $('quotes'), sources: $('sources'),
  timeline: $('timeline'), card: $('card'), theme: $('theme'), version: $('version'), models: $('models'),
  exportJson: $('export-json'), copyHtml: $('copy-html'), exportDisplacy: $('export-displacy'),
  exportCsv: $('export-csv'), print: $('print'), clearCorrections: $('clear-corrections'),
  uiLang: $('ui-lang'), dateUsed: $('date-used'), mode: $('mode'), editbox: $('editbox'),
};

/** An element with attributes, `class`, `text` (textContent) and `on<event>` listeners. */
export function node(tag, props = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') n.className = v;
    else if (k === 'text') n.textContent = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v);
  }
  for (const c of children) if (c != null) n.append(c);
  return n;
}

export function svgNode(tag, attrs = {}) {
  const n = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}
