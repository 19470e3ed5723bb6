/**
 * The data that flows through Parley's pipeline.
 *
 * An `Article` is what a reader produced (a file, a JSONL line, stdin). `createDocument` turns it into a `Document`,
 * which the stages listed in `pipeline.ts` fill in, one artifact each. All offsets (`start`, `end`) are UTF-16
 * offsets into `Document.text`, the NFC-normalised article text, so `text.slice(start, end)` is always the span.
 */
import type { PlaceMention } from './places/find-places.js';
import type { PlaceCandidate } from './places/place-knowledge.js';

/** Where an article came from, for error messages and provenance. */
export interface Origin {
  /** File path as given by the user, or "<stdin>". */
  file: string;
  /** 1-based line number for JSONL inputs. */
  line?: number;
}

/** One input article, as read. Exactly one of `text` or `html` is set. */
export interface Article {
  id: string;
  text?: string;
  html?: string;
  /** Publication date when the input states it (JSONL `date`, HTML metadata): YYYY-MM-DD. */
  date?: string;
  url?: string;
  title?: string;
  source?: string;
  origin: Origin;
}

/** A half-open character range [start, end) into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

/** What a block of the article is. Only `title`, `subtitle` and `body` blocks are coded. */
export type BlockKind = 'title' | 'subtitle' | 'body' | 'dateline' | 'byline' | 'date-line' | 'boilerplate';

export interface Block extends Span {
  kind: BlockKind;
  /** Id of the rule that classified the block (for `boilerplate`, `byline`, ...). */
  rule?: string;
}

/** How a publication date was found. */
export type DateSource = 'input' | 'html-meta' | 'date-line' | 'byline' | 'dateline';

export interface PublicationDate {
  /** YYYY-MM-DD */
  value: string;
  source: DateSource;
  span?: Span;
}

/** "MOSCOW —" at the start of a report: the place the story was filed from. */
export interface Dateline extends Span {
  place: string;
}

export interface Sentence extends Span {
  index: number;
  /** Kind of the block this sentence came from. */
  block: BlockKind;
  /** Index of the first token of this sentence in `Document.tokens`, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

export type TokenShape = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  /** The surface text, as in the document. */
  text: string;
  /** Matching key: lower case, diacritics folded ("Lâm" -> "lam", "Việt" -> "viet"). */
  norm: string;
  shape: TokenShape;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Index of the sentence holding this token. */
  sentence: number;
}

/** CAMEO actor role (type) codes Parley assigns. */
export type Role = string;

/** An actor as it appears in one place of the text. */
export interface ActorMention extends Span {
  id: number;
  sentence: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** ISO 3166 alpha-3, "IGO"-style codes are in `code`; null when the actor has no country. */
  country: string | null;
  /** CAMEO role code (GOV, MIL, LEG, ...) or null for a whole country. */
  role: Role | null;
  /** Full CAMEO actor code, e.g. "VNMGOV", "RUS", "IGOUNO", "---REB". */
  code: string;
  /** Person or organisation name when known ("Tô Lâm"), else null. */
  name: string | null;
  /** Kind of mention: a country name, a demonym, a titled person, a role noun alone, a pronoun, ... */
  kind: 'country' | 'demonym' | 'metonym' | 'person' | 'agent' | 'organisation' | 'descriptor' | 'pronoun';
  /** Ids of the rules that built this mention. */
  rules: string[];
  /** For a descriptor, pronoun or short name resolved to another mention: that mention's id. */
  antecedent?: number;
  /** Ids of the title rules in the mention ("General Secretary", "President"), used to resolve descriptors. */
  titles: string[];
  /** The mention names a leader (head of state or government, party leader) rather than an official. */
  leader: boolean;
}

export type Modality = 'asserted' | 'intended' | 'negated';

/** An event found in one sentence, before dates, places and output formatting. */
export interface EventMention {
  sentence: number;
  code: string;
  source: ActorMention | null;
  target: ActorMention | null;
  /** The trigger span (the words that say what happened). */
  trigger: Span;
  modality: Modality;
  rules: string[];
}

export type DatePrecision = 'day' | 'range' | 'month' | 'year' | 'publication';

/** A place mention with the reading `find-places` chose (null: unknown, e.g. a small namesake). */
export type PlaceMentionResolved = PlaceMention & { place: PlaceCandidate | null };

/** Where an event happened, and the rule that said so. */
export interface EventPlace {
  place: PlaceCandidate;
  rule: string;
}

export interface EventDate {
  date: string | null;
  date_end?: string;
  precision: DatePrecision;
  rule?: string;
}

/** A diagnostic raised while processing one document; never thrown across the batch. */
export interface Diagnostic {
  level: 'warning' | 'error';
  code: string;
  message: string;
}

export interface Document {
  id: string;
  article: Article;
  /** NFC-normalised plain text; every offset refers to it. */
  text: string;
  publicationDate: PublicationDate | null;
  dateline: Dateline | null;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  /**
   * Names the actor finder read in another sense and left out on purpose ("South China Sea", "Michael Jordan",
   * "Atlanta, Georgia"), with the rule that decided: later stages do not take them for actors either.
   */
  nonActors: NonActorSpan[];
  events: EventMention[];
  /** Parallel to `events`. */
  eventDates: EventDate[];
  /** Place mentions ("in Minsk", the dateline), each with its chosen reading or null. */
  places: PlaceMentionResolved[];
  /** Parallel to `events`: where each happened, or null when the text does not say. */
  eventPlaces: (EventPlace | null)[];
  diagnostics: Diagnostic[];
}

export interface NonActorSpan {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  rule: string;
}

/**
 * A new, empty document. `text` holds the article's plain text (NFC); for an HTML article it is empty until the
 * `extract-text` stage has run.
 */
export function createDocument(article: Article): Document {
  return {
    id: article.id,
    article,
    text: (article.text ?? '').normalize('NFC'),
    publicationDate: article.date ? { value: article.date, source: 'input' } : null,
    dateline: null,
    blocks: [],
    sentences: [],
    tokens: [],
    actors: [],
    nonActors: [],
    events: [],
    eventDates: [],
    places: [],
    eventPlaces: [],
    diagnostics: [],
  };
}
