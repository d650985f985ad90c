// Hand-written declarations for the resalta package. The Document types
// mirror core/include/resalta/document.h and schema/document.schema.json:
// tests/types.test.mjs checks them against the schema, property by
// property, and type-checks real output against them.
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
  /** Quantities: 1500000000; the low end of a range (of a DURATION range too, whose `iso` is its low end). */
  number?: number;
  /**
   * The high end of a range of quantities, money or durations ("entre 10 y 20 dólares": 20;
   * "de dos a tres años": iso "P2Y", number 2, number_to 3, unit "años").
   */
  number_to?: number;
  /** "percent", "contenedores", "km", an age's "años" (a QUANTITY); MONEY with an unknown currency: the sign ("$", "Bs"). */
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
  /** What introduces the quote, as written: the cue verb ("remarcó"), an
   * "according" phrase ("según") or ":" after a clause with no verb of saying;
   * empty when none. */
  cue: string;
  kind: 'direct' | 'reported';
  /** How the speaker was found: "name" (the cue's subject is a name), "role"
   * (a title phrase beside the name), "anaphora" (a role noun such as "el
   * funcionario" for someone named before), "carried" (no subject or no cue:
   * the current speaker goes on), "" (no speaker). */
  attribution: 'name' | 'role' | 'anaphora' | 'carried' | '';
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
  /** "donation-appeal", "read-more", "photo-credit", "label", "credit", "dateline", "timestamp", "caption", "byline", "signature", "markup", "menu", ... */
  reason: string;
}

/** The publication date relative dates resolve against, and its source. */
export interface Published {
  /** YYYY-MM-DD; "" when none was found. */
  date: string;
  /**
   * "option": the date option; "text": a dateline or timestamp line in the
   * text; "default": the caller's fallback (the CLI's today), no dateline
   * being found; "none": no date (relative dates keep no value).
   */
  source: 'option' | 'text' | 'default' | 'none';
  /** With source "text": where the date is written (UTF-16 offsets). */
  start?: number;
  end?: number;
  text?: string;
}

/** What analyze() returns. */
export interface Document {
  /** "resalta.document/1.0"; the major part changes when a field changes meaning. */
  schema: string;
  lang: Lang;
  /** Length of the analyzed text in UTF-16 code units. */
  text_length: number;
  published: Published;
  sentences: Sentence[];
  /** Empty unless analyze() was called with { tokens: true }. */
  tokens: Token[];
  entities: Entity[];
  /** Sorted by start, then longer first. */
  spans: Span[];
  /** Quoted passages: in quote marks or after a dialogue dash (kind "direct"). */
  quotes: Quote[];
  /** Reported speech, "X dijo que ...": the clause from "que" on (kind "reported"). */
  reported_speech: Quote[];
  sources: Source[];
  boilerplate: Boilerplate[];
  /** Suggested CMS tags, most salient first. */
  tags: string[];
  /** E.g. "invalid UTF-8 replaced with U+FFFD". */
  warnings: string[];
}

/** The Document under a name that does not shadow the DOM's `Document`. */
export type ResaltaDocument = Document;

/** Error codes: the core's (status.h) and the JS layer's. */
export type ResaltaErrorCode =
  | 'invalid-argument' | 'invalid-input' | 'too-large' | 'bad-model' | 'no-model' | 'internal'
  | 'load-failed' | 'disposed';

/** Every failure of this package; `message` starts with "Resalta: ". */
export class ResaltaError extends Error {
  readonly name: 'ResaltaError';
  readonly code: ResaltaErrorCode;
  /** The message after its context ("bad model: truncated header"), when there is one. */
  readonly detail?: string;
  /** 'too-large': the text's UTF-8 length, and the limit. */
  readonly bytes?: number;
  readonly limit?: number;
}

/** The core's limit on one text, in UTF-8 bytes (10 MiB). */
export const MAX_TEXT_BYTES: number;
/** The UTF-8 length of `text`, a lone surrogate counted as U+FFFD, without encoding it. */
export function utf8Length(text: string): number;
/** `text` with lone surrogates replaced by U+FFFD (same length, so offsets stay 1:1): what analyze() sees. */
export function wellFormed(text: string): string;

/** Bytes, a URL, or a URL/path string (paths under Node; resolved against the page in browsers). */
export type ResourceInput = string | URL | ArrayBuffer | ArrayBufferView;

/** A model loaded (no `error`) or failed to load: see CreateAnalyzerOptions.onModel. */
export interface ModelEvent {
  /** The model's language, for the shipped models; undefined for models given as options. */
  lang?: Lang;
  /** Its path or URL, as in `models`: "models/es.bin". */
  model: string;
  error?: ResaltaError;
}

export interface CreateAnalyzerOptions {
  /** Default language of analyze(), and which shipped models load. Default 'auto'. */
  lang?: Lang | 'auto';
  /** resalta.wasm: default new URL('./resalta.wasm', import.meta.url). */
  wasm?: ResourceInput;
  /**
   * The entity model(s). Default: ./models/<lang>.bin next to the module
   * for each language asked for that models/models.json lists (a language
   * the build does not ship is skipped; a listed model that cannot be read
   * is a 'load-failed' error naming its URL, and so is a missing
   * models.json). null: none. Models given here must load, or
   * createAnalyzer() throws.
   */
  model?: ResourceInput | ResourceInput[] | null;
  /**
   * Shipped models load on first use of their language (in analyzeAsync(),
   * or ensureModel()), except the one of `lang` ('es' for 'auto'), which
   * loads now. A shipped model that fails is reported to onModel (when
   * given) instead of thrown: its language is analyzed without names;
   * without onModel it is thrown. A synchronous analyze() of a text whose
   * model is not loaded yet throws 'no-model'. Default false for
   * createAnalyzer(), true for createAnalyzerWorker().
   */
  lazy?: boolean;
  /** Called as each model loads or fails. */
  onModel?: (event: ModelEvent) => void;
  /** Lazy analyzers: report a failing shipped model to onModel rather than throw. Default: whether onModel is given. */
  reportModelErrors?: boolean;
}

export interface AnalyzeOptions {
  /** Publication date ("YYYY-MM-DD" or a Date, read in local time): relative dates resolve against it. */
  date?: string | Date;
  /** Overrides the analyzer's language. */
  lang?: Lang | 'auto';
  /** Include Document.tokens. Default false. */
  tokens?: boolean;
}

/** How far an asynchronous analysis is: before each chunk, then once 'done'. */
export interface Progress {
  phase: 'analyzing' | 'done';
  /** Chunks analyzed so far, of `total` (1 for a text analyzed whole). */
  done: number;
  total: number;
  /** 'done': milliseconds the analysis took, model loading included. */
  ms?: number;
}

export interface AnalyzeAsyncOptions extends AnalyzeOptions {
  onProgress?: (progress: Progress) => void;
  /**
   * Texts over 200,000 UTF-16 units are analyzed in paragraph chunks of
   * about 100,000 and the Documents merged (offsets into the whole text;
   * entities of the same type and name joined). false: always whole.
   */
  chunk?: boolean;
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
  /** analyze(), after loading the text's model (lazy analyzers), in chunks with progress for long texts. */
  analyzeAsync(text: string, options?: AnalyzeAsyncOptions): Promise<Document>;
  /** Loads the shipped model of `lang` if a lazy analyzer has not yet; true when one was added. */
  ensureModel(lang: Lang): Promise<boolean>;
  /** Releases the module instance; analyze() afterwards throws ('disposed'). */
  dispose(): void;
}

/** Loads the wasm module and models. Throws ResaltaError ('load-failed', 'bad-model', 'invalid-argument'). */
export function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;

/** The Analyzer API run in a module worker: analyze() is analyzeAsync() there. */
export interface WorkerAnalyzer {
  readonly version: string;
  readonly models: readonly string[];
  readonly disposed: boolean;
  hasModel(lang?: Lang): boolean;
  analyze(text: string, options?: AnalyzeAsyncOptions): Promise<Document>;
  /** Terminates the worker; pending and later analyze() calls reject ('disposed'). */
  dispose(): void;
}

export interface CreateAnalyzerWorkerOptions extends CreateAnalyzerOptions {
  /** The worker script; default new URL('./worker.js', import.meta.url). */
  workerURL?: string | URL;
}

/** Browsers only: createAnalyzer() inside a module worker. */
export function createAnalyzerWorker(options?: CreateAnalyzerWorkerOptions): Promise<WorkerAnalyzer>;
