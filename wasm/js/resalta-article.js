// <resalta-article>: an article with its highlights, in shadow DOM.
//
// Renders with the page's renderer (./renderer.js, styled by renderer.css),
// so it looks like the app. The text is the element's light-DOM text or its
// `text` property; the highlights come from a Document set on `document`,
// or from an analyzer set on `analyzer` (createAnalyzer() or
// createAnalyzerWorker() from the resalta package: anything with
// analyze(text, {date, lang}) returning a Document or a Promise of one).
//
// Attributes: date="YYYY-MM-DD", lang="es|en|auto", hide="DATE TIME" (types
// not highlighted), labels="off", theme="dark".
// Theming: the renderer's custom properties, set on the element:
//   resalta-article { --rs-PER: gold; --rs-PER-line: brown; --rs-bg: transparent; }
// (--rs-fg, --rs-bg, --rs-dim, --rs-focus, --rs-quote-line, --rs-speaker-bg,
// --rs-<TYPE>, --rs-<TYPE>-line) and ::part(body) for the text box.
// Events (bubbling, composed): 'resalta:render' {document, text},
// 'resalta:select' {span, entity} when a highlight is clicked or activated
// with Enter, 'resalta:error' (the Error).
//
// Its styles (renderer.css, then resalta-article.css) are inlined in
// resalta-article-styles.js, written by scripts/build-npm, so a bundler
// needs no CSS handling. Importing this module on a server (no DOM) defines
// nothing and throws nothing.
import { fromDocument, renderHTML } from './renderer.js';
import STYLES from './resalta-article-styles.js';

const HAS_DOM = typeof HTMLElement === 'function' && typeof customElements === 'object';

// One stylesheet shared by every element (constructable where supported).
let sheet = null;
function styleFor(root) {
  if (typeof STYLES !== 'string' || !STYLES) return new Error('Resalta: <resalta-article>: its stylesheet is missing (resalta-article-styles.js is empty)');
  if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function') {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLES);
      }
      root.adoptedStyleSheets = [sheet];
      return null;
    } catch { /* no constructable sheets: a <style> element below */ }
  }
  const style = document.createElement('style');
  style.textContent = STYLES;
  root.append(style);
  return null;
}

export class ResaltaArticle extends (HAS_DOM ? HTMLElement : class {}) {
  static observedAttributes = ['date', 'lang', 'hide', 'labels'];

  #body;
  #text = null;        // set through the property; null: use light DOM text
  #document = null;    // the Document shown
  #ownDocument = false; // #document came from #analyzer (recomputed on change)
  #analyzer = null;
  #generation = 0;
  #observer;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const styleError = styleFor(root);
    if (styleError) queueMicrotask(() => this.dispatchEvent(new CustomEvent('resalta:error', { detail: styleError, bubbles: true, composed: true })));
    this.#body = document.createElement('div');
    this.#body.className = 'rs-body';
    this.#body.setAttribute('part', 'body');
    root.append(this.#body);
    this.#body.addEventListener('click', (ev) => this.#select(ev));
    this.#body.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') this.#select(ev); });
    this.#observer = new MutationObserver(() => { if (this.#text === null) this.#refresh(); });
  }

  connectedCallback() {
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#refresh();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
  }

  attributeChangedCallback(name) {
    if (name === 'hide' || name === 'labels') this.#render();
    else if (this.isConnected) this.#refresh();
  }

  /** The article text: the `text` property if set, else the light-DOM text. */
  get text() {
    return this.#text ?? this.textContent ?? '';
  }

  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    if (this.#ownDocument) this.#document = null;
    this.#refresh();
  }

  /** The Document shown (offsets into `text`). Setting one stops automatic analysis until `analyzer` is set again. */
  get document() {
    return this.#document;
  }

  set document(doc) {
    this.#document = doc ?? null;
    this.#ownDocument = false;
    this.#generation++;
    this.#render();
  }

  get analyzer() {
    return this.#analyzer;
  }

  set analyzer(a) {
    if (a !== null && a !== undefined && typeof a.analyze !== 'function') {
      throw new TypeError('<resalta-article>: analyzer must have an analyze(text, options) method (see createAnalyzer)');
    }
    this.#analyzer = a ?? null;
    this.#ownDocument = true;
    this.#refresh();
  }

  /** Resolves once the current text is analyzed and rendered. */
  get updated() {
    return this.#pending ?? Promise.resolve();
  }

  #pending = null;

  #refresh() {
    if (!this.#analyzer || !this.#ownDocument) { this.#render(); return; }
    const generation = ++this.#generation;
    const text = this.text;
    const options = { lang: this.getAttribute('lang') || undefined, date: this.getAttribute('date') || undefined };
    this.#pending = (async () => {
      try {
        const doc = await this.#analyzer.analyze(text, options);
        if (generation !== this.#generation) return;
        this.#document = doc;
        this.#render();
      } catch (e) {
        if (generation !== this.#generation) return;
        this.#document = null;
        this.#render();
        this.dispatchEvent(new CustomEvent('resalta:error', { detail: e, bubbles: true, composed: true }));
      }
    })();
  }

  #render() {
    const text = this.text;
    const doc = this.#document && this.#document.text_length === text.length ? this.#document : null;
    const data = doc ? fromDocument(text, doc) : { text, ents: [] };
    const hide = (this.getAttribute('hide') ?? '').split(/[\s,]+/).filter(Boolean);
    this.#body.innerHTML = renderHTML(data, { hidden: hide, labels: this.getAttribute('labels') !== 'off' });
    this.dispatchEvent(new CustomEvent('resalta:render', { detail: { document: doc, text }, bubbles: true, composed: true }));
  }

  #select(ev) {
    const mark = ev.target.closest?.('.rs-ent');
    if (!mark || !this.#document) return;
    const span = this.#document.spans[Number(mark.dataset.i)];
    if (!span) return;
    const entity = span.entity ? this.#document.entities.find((e) => e.id === span.entity) ?? null : null;
    this.dispatchEvent(new CustomEvent('resalta:select', { detail: { span, entity }, bubbles: true, composed: true }));
  }
}

if (HAS_DOM && !customElements.get('resalta-article')) customElements.define('resalta-article', ResaltaArticle);
