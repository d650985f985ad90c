// The TipTap extension: `Resalta` (suggestions as decorations, tags) and
// `ResaltaEntity` (the mark an accepted suggestion becomes).
import type { Extension, Mark } from '@tiptap/core';
import type { PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { AnalyzeOptions, CreateAnalyzerWorkerOptions, Document, EntityType, Lang } from './index.js';

export interface ResaltaTag {
  name: string;
  type: EntityType;
  /** 0..1 */
  salience: number;
  /** Entity.id in editor.storage.resalta.document. */
  id: string;
}

export interface ResaltaAnalyzerLike {
  analyze(text: string, options?: AnalyzeOptions): Document | Promise<Document>;
}

export interface ResaltaOptions {
  /** An analyzer (createAnalyzer() / createAnalyzerWorker()), a Promise of one, or a function returning either. Default: createAnalyzerWorker({ lang, lazy: true, ...analyzerOptions }). */
  analyzer: ResaltaAnalyzerLike | Promise<ResaltaAnalyzerLike> | (() => ResaltaAnalyzerLike | Promise<ResaltaAnalyzerLike>) | null;
  analyzerOptions: CreateAnalyzerWorkerOptions;
  lang: Lang | 'auto';
  /** Publication date "YYYY-MM-DD". */
  date: string;
  /** Milliseconds without typing before analysis. Default 300. */
  debounce: number;
  /** Most tags suggested. Default 8. */
  maxTags: number;
  onTags: ((tags: ResaltaTag[]) => void) | null;
  /** Do not log analysis errors to the console. */
  quiet: boolean;
}

export interface ResaltaStorage {
  /** Suggested tags: the most salient named entities. */
  tags: ResaltaTag[];
  /** The last Document (offsets into the editor text built by textWithPositions). */
  document: Document | null;
  /** The last analysis error, cleared by the next edit. */
  error: Error | null;
  /** How many analyses were applied. */
  analyses: number;
}

export declare const Resalta: Extension<ResaltaOptions, ResaltaStorage>;
export default Resalta;
export declare const ResaltaEntity: Mark<Record<string, never>>;
export declare const resaltaPluginKey: PluginKey;

/** The editor's plain text and a map back to positions. */
export function textWithPositions(doc: PMNode): { text: string; runs: { from: number; pos: number; len: number }[] };
/** A text offset -> a document position (side -1 for an end offset). */
export function offsetToPos(runs: { from: number; pos: number; len: number }[], offset: number, side?: 1 | -1): number | null;
export function suggestedTags(doc: Document, max?: number): ResaltaTag[];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    resalta: {
      /** Turns the suggestion at `pos` (default: the caret) into a real resaltaEntity mark (undoable). */
      acceptResaltaMark: (pos?: number) => ReturnType;
      /** Analyzes now, without waiting for the debounce. */
      analyzeResalta: () => ReturnType;
    };
  }
  interface Storage {
    resalta: ResaltaStorage;
  }
}
