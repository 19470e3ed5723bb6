/**
 * The public shape of the dataset: one record per real event after deduplication (`parley events`), and one per
 * visit or tour (`parley episodes`). A `DatasetEvent` keeps every field of the extract contract (`CodedEvent`),
 * filled from the event's representative mention, and adds how many reports stand behind it and where they are.
 * Exports (GDELT, ICEWS, PLOVER, CSV) are pure functions of these records.
 */
import type { CodedEvent } from '../output/coded-event.js';

/** One report of an event: a sentence of one article (GDELT's Mentions table, one row). */
export interface EventMention {
  doc_id: string;
  /** The sentence that reports the event. */
  sentence: string;
  /** The sentence's span in the article's text. */
  start: number;
  end: number;
}

export interface DatasetEvent extends CodedEvent {
  /** Sentences that report the event, over all articles (syndicated copies included). */
  num_mentions: number;
  /** Independent sources: outlets, with syndicated copies of one story counted once. */
  num_sources: number;
  /** Distinct articles that report the event. */
  num_articles: number;
  /** Every report, ordered by article publication date, document id, offset. */
  mentions: EventMention[];
  /** URL of the earliest report, when the input gave one (GDELT's SOURCEURL). */
  source_url: string | null;
  /** Name of the outlet of the representative report, when known. */
  source_name: string | null;
  /** When the event was first stored: ISO 8601 UTC timestamp (GDELT's DATEADDED). */
  added: string;
  /** 0-based index of the representative sentence in its article (GDELT's IsRootEvent: lead sentences). */
  sentence_index: number;
}

export interface EpisodeStop {
  /** ISO 3166-1 alpha-3 of the country visited. */
  country: string;
  /** The most precise place reported for the stop ("Moscow"), or null. */
  place: string | null;
  /** YYYY-MM-DD, or null when the reports do not date the stop. */
  start: string | null;
  end: string | null;
}

export interface Episode {
  id: string;
  kind: 'visit' | 'tour';
  traveller: { code: string; name: string | null };
  /** Who received the traveller (from "hosted" events and the visited country), as actor codes with names. */
  hosts: { code: string; name: string | null }[];
  start: string | null;
  end: string | null;
  /** Stops in travel order; a visit has one. */
  stops: EpisodeStop[];
  /** For a visit that is a leg of a tour, the tour's id. */
  parent: string | null;
  /** Ids of the dataset events inside the episode: the visits themselves, meetings, talks, agreements. */
  events: string[];
  /** Documents that report the episode. */
  sources: string[];
  /** Ids of the rules that built the episode (stop order, dates). */
  rules: string[];
}
