/**
 * PLOVER JSON exchange records (PLOVER manual, "Data Fields"; standards/plover/plover_ontology.json), one per line.
 *
 * An event whose CAMEO code has no PLOVER type gets no record: PLOVER dropped CAMEO's 01 (public statements) and 02
 * (appeals), and its 16 categories have no "other" to put them in, while `event` is a required list of categories.
 * `ploverRecord` returns null for them and the registry writes nothing.
 *
 * Optional fields Parley has no value for are left out; `actor` is required, so an event without a source has an
 * empty list. `date` is required too: an undated event keeps its record with `"date": null` (see docs/exports.md).
 */
import type { CodedActor, CodedLocation } from '../../output/coded-event.js';
import type { DatasetEvent } from '../dataset-event.js';
import type { ExportContext } from './export-context.js';

export interface PloverEntity {
  /** Top-level actor code: the ISO 3166 alpha-3 country, else the non-state part of the code (IGO, NGO, IMG ...). */
  code?: string;
  /** Sector: the actor's CAMEO role ("GOV", "MIL"), unless it only repeats `code` (an IGO's role "IGO"). */
  sector?: string;
  /** The words of the sentence that denote the actor. */
  entity_text: string;
  /** Parley's resolved name of the actor ("Tô Lâm"). */
  identifier_text?: string;
  /** Parley's extension: the full CAMEO actor code ("VNMGOV", "---REB"). */
  cameo_code: string;
}

export interface PloverLocation {
  resolved_place: string;
  geonameid?: number;
  lat?: number;
  lon?: number;
  city?: string;
  province?: string;
  country?: string;
  /** ISO 3166-1 alpha-3. */
  country_code?: string;
  /** 1 country, 2 first-order division, 4 city, 5 below a city (a landmark). */
  resolution: number;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  enddate?: string;
  actor: PloverEntity[];
  recipient?: PloverEntity[];
  event: string[];
  mode?: string[];
  context?: string[];
  /** CAMEO's quad class of the event's code (see docs/exports.md on where PLOVER's differs). */
  quad_code: number;
  event_text: string;
  event_loc?: PloverLocation;
  text_info: { sequence: number; start: number; end: number };
  cite_info: { url?: string; publication?: string; citation: string };
  coder: string;
  coded_date?: string;
  /** Parley's extensions: the CAMEO event code and its Goldstein value. */
  cameo_code: string;
  goldstein: number;
}

/** PLOVER's non-state actor codes (the manual's table), found as the first part of a CAMEO code: "IGOUNO" -> IGO. */
const NON_STATE = new Set(['IGO', 'NGO', 'ISM', 'IMG', 'MNC']);

function entity(actor: CodedActor): PloverEntity {
  const head = actor.code.slice(0, 3).toUpperCase();
  const code = actor.country ?? (NON_STATE.has(head) ? head : undefined);
  // An IGO's role is "IGO" too: a sector that only repeats the non-state code is left out.
  const sector = actor.role && actor.role !== code ? actor.role : undefined;
  return {
    ...(code ? { code } : {}),
    ...(sector ? { sector } : {}),
    entity_text: actor.text,
    ...(actor.name ? { identifier_text: actor.name } : {}),
    cameo_code: actor.code,
  };
}

const RESOLUTION: Readonly<Record<CodedLocation['precision'], number>> = { country: 1, admin1: 2, city: 4, landmark: 5 };

function location(place: CodedLocation, ctx: ExportContext): PloverLocation {
  const country = place.country ? ctx.countries.byIso3(place.country) : undefined;
  return {
    resolved_place: place.name,
    ...(place.geonames_id !== undefined ? { geonameid: place.geonames_id } : {}),
    ...(place.lat !== null ? { lat: place.lat } : {}),
    ...(place.lon !== null ? { lon: place.lon } : {}),
    ...(place.precision === 'city' ? { city: place.name } : {}),
    ...(place.precision === 'admin1' ? { province: place.name } : {}),
    ...(country ? { country: country.name } : {}),
    ...(place.country ? { country_code: place.country } : {}),
    resolution: RESOLUTION[place.precision],
  };
}

/** The PLOVER contexts of the event's CAMEO code ("diplomatic"; a few codes have two, "a;b"). */
function contexts(code: string, ctx: ExportContext): string[] {
  const context = ctx.ontology.get(code)?.plover?.context;
  return context ? context.split(';').map((c) => c.trim()).filter((c) => c !== '') : [];
}

/** The UTC calendar date of an ISO 8601 timestamp, or undefined. */
function utcDate(timestamp: string): string | undefined {
  const t = new Date(timestamp);
  return /^\d{4}-\d{2}-\d{2}/.test(timestamp) && !Number.isNaN(t.getTime()) ? t.toISOString().slice(0, 10) : undefined;
}

/** The PLOVER record of an event, or null when its CAMEO code has no PLOVER type (roots 01 and 02). */
export function ploverRecord(event: DatasetEvent, ctx: ExportContext): PloverRecord | null {
  if (!event.plover) return null;
  const context = contexts(event.code, ctx);
  const codedDate = utcDate(event.added);
  return {
    id: event.event_id,
    date: event.date,
    ...(event.date_end ? { enddate: event.date_end } : {}),
    actor: event.source ? [entity(event.source)] : [],
    ...(event.target ? { recipient: [entity(event.target)] } : {}),
    event: [event.plover.type],
    ...(event.plover.mode ? { mode: [event.plover.mode] } : {}),
    ...(context.length > 0 ? { context } : {}),
    quad_code: event.quad_class,
    event_text: event.sentence,
    ...(event.location ? { event_loc: location(event.location, ctx) } : {}),
    text_info: { sequence: event.sentence_index + 1, start: event.evidence.start, end: event.evidence.end },
    cite_info: {
      ...(event.source_url ? { url: event.source_url } : {}),
      ...(event.source_name ? { publication: event.source_name } : {}),
      citation: event.doc_id,
    },
    coder: ctx.coder,
    ...(codedDate ? { coded_date: codedDate } : {}),
    cameo_code: event.code,
    goldstein: event.goldstein,
  };
}

export function ploverLine(event: DatasetEvent, ctx: ExportContext): string | null {
  const record = ploverRecord(event, ctx);
  return record === null ? null : JSON.stringify(record);
}
