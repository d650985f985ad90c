// Declarations for renderer.js (the renderer the web app, <resalta-article> and the TipTap extension share):
// plain span data in displaCy's shape, escaped HTML out.
import type { Document } from './index.js';

export interface RenderEnt { start: number; end: number; label: string; entity?: string; title?: string }
export interface RenderQuote { start: number; end: number; speaker?: string }
export interface RenderBoilerplate { start: number; end: number; reason?: string }
export interface RenderData { text: string; ents: RenderEnt[]; quotes?: RenderQuote[]; reported?: RenderQuote[]; boilerplate?: RenderBoilerplate[] }

export interface RenderOptions {
  /** Labels not highlighted (their text is still rendered). */
  hidden?: Iterable<string>;
  /** tabindex="-1" and an aria-label on highlights. Default true. */
  focusable?: boolean;
  /** The type label after each highlight. Default true. */
  labels?: boolean;
  /** Inline style attributes, for HTML pasted elsewhere. Default false. */
  inlineStyles?: boolean;
  /** Quotes and reported speech. Default true. */
  quotes?: boolean;
  boilerplate?: boolean;
}

export declare const TYPES: readonly { label: string; name: string }[];
export declare const EXPORT_COLORS: Readonly<Record<string, string>>;
export function typeName(label: string): string;
export function escapeHTML(value: unknown): string;
export function segment(text: string, items: { start: number; end: number; kind: string; index: number }[]):
  { start: number; end: number; active: object[] }[];
export function renderHTML(data: RenderData, options?: RenderOptions): string;
export function fromDocument(text: string, doc: Document): Required<RenderData>;
export function toDisplacy(data: RenderData, title?: string | null):
  { text: string; ents: { start: number; end: number; label: string }[]; title: string | null };
