// <resalta-article>: importing this module defines the element.
import type { AnalyzeOptions, Document, ResaltaError } from './index.js';

export interface ResaltaArticleAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): Document | Promise<Document>;
}

export class ResaltaArticle extends HTMLElement {
  /** The article text: this property if set, else the element's light-DOM text. */
  text: string;
  /** The Document shown (offsets into `text`); setting one stops automatic analysis. */
  document: Document | null;
  /** When set, the element analyzes its text (attributes date, lang) on every change. */
  analyzer: ResaltaArticleAnalyzer | null;
  /** Resolves once the current text is analyzed and rendered. */
  readonly updated: Promise<void>;
}

export interface ResaltaSelectDetail {
  span: Document['spans'][number];
  entity: Document['entities'][number] | null;
}

declare global {
  interface HTMLElementTagNameMap { 'resalta-article': ResaltaArticle }
  interface HTMLElementEventMap {
    'resalta:render': CustomEvent<{ document: Document | null; text: string }>;
    'resalta:select': CustomEvent<ResaltaSelectDetail>;
    /** The analysis failed (a ResaltaError), or a stylesheet did not load (an Error naming it). */
    'resalta:error': CustomEvent<ResaltaError | Error>;
  }
}
