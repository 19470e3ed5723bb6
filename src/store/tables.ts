/**
 * The store's tables, as Kysely sees them. One schema for every backend (SQLite, PostgreSQL); created and changed
 * only by `migrations.ts`. Rich records are kept whole as JSON text (`record`) next to the columns that queries
 * filter on, so reading an event back never has to reassemble it.
 */
/** One input article, stored once: keyed by the hash of its raw content. */
export interface ArticlesTable {
  /** SHA-256 (hex, 32 chars) of the raw input text or HTML. */
  hash: string;
  doc_id: string;
  url: string | null;
  title: string | null;
  /** The outlet ("Example Gazette"), when the input says. */
  outlet: string | null;
  /** YYYY-MM-DD publication date as found by the coder, or null. */
  published: string | null;
  /** "file" or "file:line": where the article was read. */
  origin: string;
  /** The article text the coder read (offsets of sentences and mentions index it). */
  text: string;
  /** MinHash signature, hex. */
  minhash: string;
  /** Near-duplicate group: the smallest hash among the article's syndicated copies; null until computed. */
  syndicate: string | null;
  n_events: number;
  /** ISO 8601 UTC time the article was stored. */
  added: string;
}

/** LSH band keys of each article's MinHash, to find syndicated copies without comparing every pair. */
export interface ArticleBandsTable {
  band: string;
  article: string;
}

export interface SentencesTable {
  article: string;
  idx: number;
  start: number;
  end: number;
  block: string;
}

/** Every actor mention the coder resolved, for search and for the API. */
export interface ActorsTable {
  article: string;
  idx: number;
  code: string;
  country: string | null;
  role: string | null;
  name: string | null;
  /** `name` folded for search ("Tô Lâm" -> "to lam"): lower case, no diacritics. */
  name_key: string | null;
  /** country, demonym, person, organisation, pronoun, ... */
  kind: string;
  start: number;
  end: number;
}

/** One coded event as read in one sentence (GDELT's Mentions). */
export interface MentionsTable {
  /** Content-based id: article hash, sentence, code, source, target. */
  mention_id: string;
  article: string;
  doc_id: string;
  /** Mentions that may report the same event share a group: root code, source code, target code, modality. */
  group_key: string;
  /** The dataset event this mention belongs to; null until deduplication has run for its group. */
  event_id: string | null;
  code: string;
  sentence_index: number;
  start: number;
  end: number;
  sentence: string;
  /** The `CodedEvent` JSON, as `parley extract` prints it. */
  record: string;
}

/** One real event: the mentions of one group that deduplication joined. */
export interface EventsTable {
  event_id: string;
  group_key: string;
  code: string;
  root: string;
  source_code: string | null;
  source_country: string | null;
  target_code: string | null;
  target_country: string | null;
  date: string | null;
  date_end: string | null;
  modality: string;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  quad_class: number;
  goldstein: number;
  plover_type: string | null;
  /** Where the event happened (the record's `location`), for the place filter and the map. */
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  /** The `DatasetEvent` JSON. */
  record: string;
}

export interface EpisodesTable {
  episode_id: string;
  kind: string;
  traveller_code: string;
  start: string | null;
  end: string | null;
  /** The `Episode` JSON. */
  record: string;
}

/** Groups whose mentions changed since deduplication last ran: the work an interrupted ingest left. */
export interface DirtyGroupsTable {
  group_key: string;
}

export interface StoreInfoTable {
  key: string;
  value: string;
}

export interface Tables {
  articles: ArticlesTable;
  article_bands: ArticleBandsTable;
  sentences: SentencesTable;
  actors: ActorsTable;
  mentions: MentionsTable;
  events: EventsTable;
  episodes: EpisodesTable;
  dirty_groups: DirtyGroupsTable;
  store_info: StoreInfoTable;
}
