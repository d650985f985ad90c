// Resalta for TipTap: marks entities as the author writes, as ProseMirror
// decorations (not part of the document, so the saved HTML is untouched
// and undo history never sees them). Accepting a suggestion applies a real
// mark (`resaltaEntity`) in an ordinary, undoable transaction.
//
// The editor's text is built with a position map (one run per text node,
// '\n' between text blocks and for hard breaks), analyzed in a worker after
// a pause in typing, and the Document's UTF-16 offsets are mapped back to
// ProseMirror positions. Highlights use the shared renderer's data shape
// (fromDocument) and classes (rs-ent, data-type: style them with
// renderer.css).
//
//   editor.storage.resalta.tags       suggested tags [{name, type, salience, id}]
//   editor.storage.resalta.document   the last Document
//   'resalta:tags'      CustomEvent on the editor element, detail: tags (when they change)
//   'resalta:analyzed'  CustomEvent, detail: {document, text}
//   'resalta:error'     CustomEvent, detail: the Error
//   commands: acceptResaltaMark(pos?), analyzeResalta(); key Alt-Enter accepts at the caret
import { Extension, Mark, mergeAttributes } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import { fromDocument, typeName } from './renderer.js';

export const resaltaPluginKey = new PluginKey('resalta');

const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * The plain text of a ProseMirror node with a map back to positions:
 * `runs` are {from, pos, len}: text[from .. from+len) is the doc at
 * [pos .. pos+len). Text blocks are separated by '\n'; a hard break is
 * '\n' and any other inline leaf U+FFFC, each one unit long.
 */
export function textWithPositions(doc) {
  let text = '';
  const runs = [];
  let blocks = 0;
  doc.descendants((node, pos) => {
    if (node.isText) {
      runs.push({ from: text.length, pos, len: node.text.length });
      text += node.text;
      return false;
    }
    if (node.isTextblock) {
      if (blocks++ > 0) text += '\n';
      return true;
    }
    if (node.isInline && node.isLeaf) {
      runs.push({ from: text.length, pos, len: 1 });
      text += node.type.name === 'hardBreak' ? '\n' : '\uFFFC';
      return false;
    }
    return true;
  });
  return { text, runs };
}

/**
 * A text offset -> a doc position. `side` -1 for an end offset (prefers the
 * run that ends there), 1 for a start. Offsets on a block separator snap to
 * the nearest text in the direction of the range's inside.
 */
export function offsetToPos(runs, offset, side = 1) {
  let lo = 0;
  let hi = runs.length - 1;
  let best = -1;  // last run with from <= offset (start) or from < offset (end)
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const ok = side < 0 ? runs[mid].from < offset : runs[mid].from <= offset;
    if (ok) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (best >= 0) {
    const r = runs[best];
    if (offset <= r.from + r.len && (side < 0 || offset < r.from + r.len)) return r.pos + (offset - r.from);
    if (side < 0) return r.pos + r.len;  // past the run: snap back to its end
  }
  const next = runs[best + 1];
  return next ? next.pos : null;
}

/** Suggested tags: the most salient named entities, one per name. */
export function suggestedTags(doc, max = 8) {
  const seen = new Set();
  const out = [];
  const ents = (doc?.entities ?? []).filter((e) => NAME_TYPES.has(e.type))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.salience - a.e.salience || a.i - b.i);
  for (const { e } of ents) {
    const key = e.name.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: e.name, type: e.type, salience: e.salience, id: e.id });
    if (out.length >= max) break;
  }
  return out;
}

/** The accepted mark: saved with the content as <span data-resalta-type="PER" data-resalta-name="...">. */
export const ResaltaEntity = Mark.create({
  name: 'resaltaEntity',
  inclusive: false,
  addAttributes() {
    return {
      type: { default: null, parseHTML: (el) => el.getAttribute('data-resalta-type'), renderHTML: (a) => ({ 'data-resalta-type': a.type }) },
      name: { default: null, parseHTML: (el) => el.getAttribute('data-resalta-name'), renderHTML: (a) => (a.name ? { 'data-resalta-name': a.name } : {}) },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-resalta-type]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes), 0];
  },
});

// Document + position map -> DecorationSet (one inline decoration per span).
function buildDecorations(state, text, runs, document, markType) {
  const data = fromDocument(text, document);
  const decos = [];
  data.ents.forEach((ent, i) => {
    const from = offsetToPos(runs, ent.start, 1);
    const to = offsetToPos(runs, ent.end, -1);
    if (from === null || to === null || to <= from) return;
    const covered = text.slice(ent.start, ent.end);
    const accepted = markType ? state.doc.rangeHasMark(from, to, markType) : false;
    const title = `${typeName(ent.label)}${ent.title && ent.title !== covered ? `: ${ent.title}` : ''}`;
    decos.push(Decoration.inline(from, to, {
      nodeName: 'mark',
      class: accepted ? 'rs-ent rs-suggestion rs-accepted' : 'rs-ent rs-suggestion',
      'data-type': ent.label,
      'data-resalta-span': String(i),
      title,
    }, { resalta: { index: i, type: ent.label, name: ent.title ?? covered, entity: ent.entity ?? '' } }));
  });
  return DecorationSet.create(state.doc, decos);
}

function isAnalyzer(v) {
  return v && typeof v.analyze === 'function';
}

export const Resalta = Extension.create({
  name: 'resalta',

  addOptions() {
    return {
      /** An analyzer ({analyze(text, opts)}: createAnalyzer() or createAnalyzerWorker()), a Promise of one, or a function returning either. Default: a worker from this package. */
      analyzer: null,
      /** Options for the default worker (createAnalyzerWorker; lazy models unless lazy: false). */
      analyzerOptions: {},
      lang: 'auto',
      /** Publication date "YYYY-MM-DD": relative dates resolve against it. */
      date: '',
      /** Milliseconds without typing before the text is analyzed. */
      debounce: 300,
      /** Most tags suggested. */
      maxTags: 8,
      /** Called with the tags whenever they change. */
      onTags: null,
      /** Do not log analysis errors to the console (they still go to 'resalta:error'). */
      quiet: false,
    };
  },

  addStorage() {
    return { tags: [], document: null, error: null, analyses: 0, analyzeNow: null };
  },

  addExtensions() {
    return [ResaltaEntity];
  },

  addCommands() {
    return {
      acceptResaltaMark: (pos) => ({ state, tr, dispatch }) => {
        const at = pos ?? state.selection.from;
        const set = resaltaPluginKey.getState(state)?.decorations;
        const found = (set ? set.find(at, at) : []).filter((d) => d.spec.resalta && d.from <= at && at <= d.to);
        if (!found.length) return false;
        // The innermost suggestion at the position.
        found.sort((a, b) => (a.to - a.from) - (b.to - b.from));
        const d = found[0];
        const markType = state.schema.marks.resaltaEntity;
        if (dispatch) {
          tr.addMark(d.from, d.to, markType.create({ type: d.spec.resalta.type, name: d.spec.resalta.name }));
        }
        return true;
      },
      analyzeResalta: () => () => {
        this.storage.analyzeNow?.();
        return true;
      },
    };
  },

  addKeyboardShortcuts() {
    return { 'Alt-Enter': () => this.editor.commands.acceptResaltaMark() };
  },

  addProseMirrorPlugins() {
    const ext = this;
    const { options, storage, editor } = this;
    const emit = (type, detail) => editor.view?.dom?.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

    let analyzerPromise = null;
    let ownAnalyzer = null;
    const getAnalyzer = () => {
      if (!analyzerPromise) {
        const given = typeof options.analyzer === 'function' && !isAnalyzer(options.analyzer) ? options.analyzer() : options.analyzer;
        analyzerPromise = given
          ? Promise.resolve(given)
          : import('./index.js').then((m) => m.createAnalyzerWorker({ lang: options.lang, lazy: true, ...options.analyzerOptions }))
            .then((a) => { ownAnalyzer = a; return a; });
      }
      return analyzerPromise;
    };

    return [new Plugin({
      key: resaltaPluginKey,
      state: {
        init: () => ({ decorations: DecorationSet.empty }),
        apply(tr, value) {
          const meta = tr.getMeta(resaltaPluginKey);
          if (meta) return { decorations: meta.decorations };
          if (tr.docChanged) return { decorations: value.decorations.map(tr.mapping, tr.doc) };
          return value;
        },
      },
      props: {
        decorations(state) {
          return this.getState(state).decorations;
        },
      },
      view(view) {
        let timer = null;
        let running = false;
        let dirty = true;
        let destroyed = false;

        const run = async () => {
          timer = null;
          if (running || destroyed) { dirty = true; return; }
          running = true;
          dirty = false;
          const state = view.state;
          const { text, runs } = textWithPositions(state.doc);
          try {
            const analyzer = await getAnalyzer();
            const document = await analyzer.analyze(text, { date: options.date || undefined, lang: options.lang });
            if (destroyed) return;
            if (view.state.doc !== state.doc) { dirty = true; return; }  // stale: analyze again
            const decorations = buildDecorations(state, text, runs, document, state.schema.marks.resaltaEntity);
            const tr = view.state.tr.setMeta(resaltaPluginKey, { decorations }).setMeta('addToHistory', false);
            view.dispatch(tr);
            storage.document = document;
            storage.error = null;
            storage.analyses += 1;
            const tags = suggestedTags(document, options.maxTags);
            if (JSON.stringify(tags) !== JSON.stringify(storage.tags)) {
              storage.tags = tags;
              options.onTags?.(tags);
              emit('resalta:tags', tags);
            }
            emit('resalta:analyzed', { document, text });
          } catch (e) {
            if (destroyed) return;
            storage.error = e;
            emit('resalta:error', e);
            if (!ext.options.quiet) console.error(e);
          } finally {
            running = false;
            if (dirty && !destroyed && !storage.error) schedule(options.debounce);
          }
        };
        const schedule = (ms) => {
          clearTimeout(timer);
          timer = setTimeout(run, ms);
        };
        storage.analyzeNow = () => { dirty = true; schedule(0); };
        schedule(0);

        return {
          update(v, prev) {
            if (v.state.doc !== prev.doc) {
              dirty = true;
              storage.error = null;
              schedule(options.debounce);
            }
          },
          destroy() {
            destroyed = true;
            clearTimeout(timer);
            storage.analyzeNow = null;
            ownAnalyzer?.dispose();
            ownAnalyzer = null;
            analyzerPromise = null;
          },
        };
      },
    })];
  },
});

export default Resalta;
