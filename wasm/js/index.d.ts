// Hand-written declarations for the resalta package (mirrors
// core/include/resalta/document.h and schema/document.schema.json; keep
// them in step).
//
// Offset contract: every `start`/`end` is a UTF-16 code-unit offset into
// the analyzed string, and for every item with a `text` field
//   text.slice(start, end) === item.text

/** Span types, as in document.h. */
export type SpanType =
  | 'PER' | 'ORG' | 'LOC' | 'MISC'
  | 'DATE' | 'TIME' | 'DURATION'
  | 'QUANTITY' | 'MONEY' | 'PERCENT'
  | 'DEMONYM' | 'ROLE';

/** The entity types (names): the spans that carry `entity`. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export type Lang = 'es' | 'en';

export interface Range {
  /** UTF-16 offset, inclusive. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
}

export interface TextRange extends Range {
  /** text.slice(start, end) */
  text: string;
}

export type Token = TextRange;

export interface Sentence extends Range {
  /** Index into Document.tokens. */
  first_token: number;
  token_count: number;
}

/** A normalized value; only the fields that apply are present. */
export interface SpanValue {
  /**
   * ISO 8601 for DATE/TIME/DURATION: "2023-10-18", "2022-09", "2023-W43", "T15:30",
   * "2019-03-15T09:00", "P2D". A range is an interval "start/end", both ends inclusive at
   * their grain: "2013-07-13/2013-07-15", "2019/2021", "T09:30/T11:00".
   */
  iso?: string;
  /** Quantities: 1500000000; the low end of a range. */
  number?: number;
  /** The high end of a range of quantities or money ("entre 10 y 20 dólares": 20). */
  number_to?: number;
  /** "percent", "contenedores", "km"; MONEY with an unknown currency: the sign ("$"). */
  unit?: string;
  /** ISO 4217: "USD", "EUR", "ARS". */
  currency?: string;
  qualifier?: 'more than' | 'less than' | 'at least' | 'up to' | 'about' | 'almost' | 'only' | 'exactly';
}

/** One highlight. Names (PER/ORG/LOC/MISC) carry `entity`. */
export interface Span extends TextRange {
  type: SpanType;
  /** Entity.id, when the span names an entity. */
  entity?: string;
  value?: SpanValue;
  /** DEMONYM: the country it refers to ("Rusia" for "rusos"). */
  refers_to?: string;
}

export type Mention = TextRange;

/** Mentions of one referent grouped together. */
export interface Entity {
  /** "e1", "e2", ... in order of first mention. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form seen. */
  name: string;
  /** Title or function for people ("presidente"); may be empty. */
  role: string;
  /** 0..1; higher is more central to the article. */
  salience: number;
  mentions: Mention[];
}

export interface Quote extends TextRange {
  /** Entity.id of the speaker; empty when unresolved. */
  speaker: string;
  /** The cue verb as written: "remarcó". */
  cue: string;
  kind: 'direct' | 'reported';
}

export interface Source {
  /** "EFE", "Ria Novosti". */
  name: string;
  /** Entity.id when the name is also an entity; may be empty. */
  entity: string;
  /** The words that credit it: "según la agencia EFE". */
  evidence: Mention;
}

export interface Boilerplate extends TextRange {
  /** "donation-appeal", "read-more", "dateline", "photo-credit", ... */
  reason: string;
}

/** What analyze() returns. */
export interface Document {
  /** "resalta.document/1.0"; the major part changes when a field changes meaning. */
  schema: string;
  lang: Lang;
  /** Length of the analyzed text in UTF-16 code units. */
  text_length: number;
  sentences: Sentence[];
  /** Empty unless analyze() was called with { tokens: true }. */
  tokens: Token[];
  entities: Entity[];
  /** Sorted by start, then longer first. */
  spans: Span[];
  quotes: Quote[];
  sources: Source[];
  boilerplate: Boilerplate[];
  /** Suggested CMS tags, most salient first. */
  tags: string[];
  /** E.g. "invalid UTF-8 replaced with U+FFFD". */
  warnings: string[];
}

/** Error codes: the core's (status.h) and the JS layer's. */
export type ResaltaErrorCode =
  | 'invalid-argument' | 'invalid-input' | 'too-large' | 'bad-model' | 'no-model' | 'internal'
  | 'load-failed' | 'disposed';

/** Every failure of this package; `message` starts with "Resalta: ". */
export class ResaltaError extends Error {
  readonly name: 'ResaltaError';
  readonly code: ResaltaErrorCode;
}

/** Bytes, a URL, or a URL/path string (paths under Node; resolved against the page in browsers). */
export type ResourceInput = string | URL | ArrayBuffer | ArrayBufferView;

export interface CreateAnalyzerOptions {
  /** Default language of analyze(), and which shipped models load. Default 'auto'. */
  lang?: Lang | 'auto';
  /** resalta.wasm: default new URL('./resalta.wasm', import.meta.url). */
  wasm?: ResourceInput;
  /**
   * The entity model(s). Default: ./models/<lang>.bin next to the module
   * for each language asked for, skipped when not shipped. null: none.
   * Models given here must load, or createAnalyzer() throws.
   */
  model?: ResourceInput | ResourceInput[] | null;
}

export interface AnalyzeOptions {
  /** Publication date ("YYYY-MM-DD" or a Date, read in local time): relative dates resolve against it. */
  date?: string | Date;
  /** Overrides the analyzer's language. */
  lang?: Lang | 'auto';
  /** Include Document.tokens. Default false. */
  tokens?: boolean;
}

export class Analyzer {
  private constructor();
  /** The library version, "0.1.0". */
  readonly version: string;
  /** The models that were loaded (paths or URLs). */
  readonly models: readonly string[];
  /** True once dispose() was called. */
  readonly disposed: boolean;
  /** True when an entity model for `lang` is loaded: without one no names are found. */
  hasModel(lang?: Lang): boolean;
  /** Throws ResaltaError ('too-large', 'invalid-argument', 'disposed', ...). */
  analyze(text: string, options?: AnalyzeOptions): Document;
  /** Releases the module instance; analyze() afterwards throws ('disposed'). */
  dispose(): void;
}

/** Loads the wasm module and models. Throws ResaltaError ('load-failed', 'bad-model', 'invalid-argument'). */
export function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;

/** The Analyzer API run in a module worker: analyze() is asynchronous. */
export interface WorkerAnalyzer {
  readonly version: string;
  readonly models: readonly string[];
  readonly disposed: boolean;
  hasModel(lang?: Lang): boolean;
  analyze(text: string, options?: AnalyzeOptions): Promise<Document>;
  /** Terminates the worker; pending and later analyze() calls reject ('disposed'). */
  dispose(): void;
}

export interface CreateAnalyzerWorkerOptions extends CreateAnalyzerOptions {
  /** The worker script; default new URL('./worker.js', import.meta.url). */
  workerURL?: string | URL;
}

/** Browsers only: createAnalyzer() inside a module worker. */
export function createAnalyzerWorker(options?: CreateAnalyzerWorkerOptions): Promise<WorkerAnalyzer>;
