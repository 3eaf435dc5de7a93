// TypeScript declarations for the concession analyzer's JavaScript API (concessions.js),
// the analysis document it returns (../shared/spec/analysis-format.md, version 1) and the
// <concession-analyzer> custom element (concession-analyzer.js).

// ---- The analysis format --------------------------------------------------------------

/** A half-open range [start, end) in UTF-16 code units: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers. */
export interface Mention extends Span {
  text: string;
}

/** OntoNotes entity types: GPE = countries, cities, states; LOC = other places; NORP = nationalities and groups. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'DATE' | 'MONEY' | 'PERCENT' | 'QUANTITY';

/** Negotiation moves. */
export type EventType = 'OFFER' | 'CONCESSION' | 'PROPOSAL' | 'AGREEMENT' | 'DEMAND' | 'REJECTION';

/** An entity id ("E1", …). */
export type EntityId = string;
/** An event id ("V1", …). */
export type EventId = string;

/** One real-world thing, with all its mentions (sorted by start, never overlapping another entity's). */
export interface Entity {
  id: EntityId;
  type: EntityType;
  /** The canonical name: a short mention joins the entity of its full name. */
  name: string;
  role: string | null;
  /** For NORP: the country's GPE entity when the text names it. */
  affiliation: EntityId | null;
  mentions: Mention[];
}

/** A move in a negotiation. */
export interface AnalysisEvent {
  id: EventId;
  type: EventType;
  actor: EntityId | null;
  target: EntityId | null;
  /** A short phrase from the text. */
  what: string;
  /** The time span as written ("one month"), or null. */
  duration: string | null;
  /** Words that bound the move: "limited", "partial", "temporary" … */
  qualifiers: string[];
  conditions: string[];
  negated: boolean;
  /** The source of an attributed claim: an entity id or a phrase ("analysts"), or null. */
  reported_by: string | null;
  /** The word or phrase that signals the move. */
  trigger: Mention;
  /** The sentence (or sentences) that state it. */
  evidence: Span;
}

export interface SummaryPoint {
  text: string;
  /** The events the point is generated from. */
  events: EventId[];
}

/** One row per actor with events. offered lists its OFFER and CONCESSION events. */
export interface ActorMoves {
  actor: EntityId;
  offered: EventId[];
  proposed: EventId[];
  agreed: EventId[];
  demanded: EventId[];
  rejected: EventId[];
}

export interface Summary {
  headline: string | null;
  points: SummaryPoint[];
  by_actor: ActorMoves[];
}

export type AnalysisFormat = 'concessions.analysis/1';

/** One analyzed text. */
export interface Analysis {
  format: AnalysisFormat;
  /** The input's length in UTF-16 code units. */
  length: number;
  sentences: Span[];
  entities: Entity[];
  events: AnalysisEvent[];
  summary: Summary;
  /** For example "input truncated at 5000000 code units"; present, possibly empty. */
  warnings: string[];
  error?: undefined;
}

/** What a call that cannot analyze returns (never thrown across the WebAssembly boundary). */
export interface AnalysisError {
  format: AnalysisFormat;
  error: { code: string; message: string };
}

// ---- The JS API (concessions.js) ----------------------------------------------------------

/** The format identifier every analysis document carries. */
export declare const FORMAT: AnalysisFormat;

export interface CreateAnalyzerOptions {
  /** Where to find concessions_core.wasm; by default next to concessions.js. */
  locateFile?: (path: string, scriptDirectory: string) => string;
  /** The module's bytes, if the host already has them. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /**
   * The compiled module, if the host already has it (e.g. from
   * `WebAssembly.compileStreaming(fetch(url))` started early). Instantiated as is: nothing
   * is fetched, and `wasmBinary` is not used. Anything but a WebAssembly.Module is a TypeError.
   */
  wasmModule?: WebAssembly.Module;
}

/** Options of one analysis; the core rejects unknown ones with an AnalysisError. */
export type AnalyzeOptions = Record<string, unknown>;

export interface Analyzer {
  /**
   * Analyzes `text` synchronously. Throws a TypeError for a non-string text or non-plain
   * options, an Error after close().
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis | AnalysisError;
  /** Size of the module's linear memory in bytes (it only grows). */
  readonly memoryBytes: number;
  /** Drops the module; its memory is garbage-collected once nothing refers to it. */
  close(): void;
}

/** Loads the WebAssembly core (browsers, module Workers, Node >= 20). */
export declare function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;

// ---- The page's Worker protocol (worker.js) -----------------------------------------------

export interface WorkerRequest {
  id: number;
  type: 'analyze';
  text: string;
}

/** A large result arrives in parts first: items to append to the array at `path`. */
export interface WorkerPart {
  id: number;
  type: 'part';
  path: (string | number)[];
  items: unknown[];
  index: number;
  count: number;
}

export type WorkerReply =
  | WorkerPart
  | { id: number; ok: true; result: Analysis | AnalysisError; ms: number }
  | { id: number; ok: false; error: { name: string; message: string } };

// ---- The custom element (concession-analyzer.js) ------------------------------------------

export type ConcessionAnalyzerView = 'full' | 'highlight' | 'summary';
export type ConcessionAnalyzerTheme = 'auto' | 'light' | 'dark';

/**
 * <concession-analyzer view="full|highlight|summary" theme="auto|light|dark" text="…">
 * Analyzes its `text` (property, else attribute, else text content) and fires `analyzed`.
 * Custom properties: --ca-person, --ca-org, --ca-gpe, --ca-loc, --ca-norp, --ca-date,
 * --ca-money, --ca-percent, --ca-quantity; --ca-offer, --ca-concession, --ca-proposal,
 * --ca-agreement, --ca-demand, --ca-rejection; --ca-bg, --ca-fg, --ca-muted, --ca-panel,
 * --ca-border, --ca-accent, --ca-accent-fg, --ca-focus, --ca-trigger, --ca-evidence-bg,
 * --ca-evidence-line, --ca-tint, --ca-font, --ca-text-max-height.
 * Parts: container, status, summary, headline, actor, highlight, legend, text, mention,
 * mention-<type> (e.g. mention-person), trigger, entities, events, event, event-<type>.
 */
export declare class ConcessionAnalyzerElement extends HTMLElement {
  static readonly observedAttributes: string[];
  text: string;
  view: ConcessionAnalyzerView;
  theme: ConcessionAnalyzerTheme;
  /** The latest analysis, or null before the first. */
  readonly analysis: Analysis | null;
  addEventListener<K extends keyof ConcessionAnalyzerEventMap>(
    type: K, listener: (this: ConcessionAnalyzerElement, ev: ConcessionAnalyzerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

export interface ConcessionAnalyzerEventMap extends HTMLElementEventMap {
  /** Fired after each analysis is shown; bubbles and crosses shadow roots. */
  analyzed: CustomEvent<Analysis>;
}

declare global {
  interface HTMLElementTagNameMap {
    'concession-analyzer': ConcessionAnalyzerElement;
  }
}
