/**
 * From a processed Document to the public event records of `parley extract`: ontology fields filled in, actors
 * flattened, one record per (code, source, target) in a sentence with the rules of every match merged.
 */
import { createHash } from 'node:crypto';
import type { ActorMention, Document } from '../document.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { PlaceCandidate } from '../places/place-knowledge.js';
import type { CodedActor, CodedEvent, CodedLocation } from './coded-event.js';

function actor(doc: Document, m: ActorMention | null): CodedActor | null {
  if (!m) return null;
  return { code: m.code, country: m.country, role: m.role, name: m.name, text: doc.text.slice(m.start, m.end), start: m.start, end: m.end };
}

function codedLocation(p: PlaceCandidate): CodedLocation {
  return {
    name: p.name,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
    ...(p.admin !== null ? { admin1: p.admin } : {}),
    ...(p.geonameId !== null ? { geonames_id: p.geonameId } : {}),
  };
}

function eventId(docId: string, sentence: number, code: string, src: string, tgt: string): string {
  return createHash('sha1').update(`${docId}\u0000${sentence}\u0000${code}\u0000${src}\u0000${tgt}`).digest('hex').slice(0, 16);
}

export function toCodedEvents(doc: Document, knowledge: Knowledge): CodedEvent[] {
  const out: CodedEvent[] = [];
  const byKey = new Map<string, CodedEvent>();
  doc.events.forEach((e, k) => {
    const def = knowledge.ontology.get(e.code);
    const s = doc.sentences[e.sentence];
    if (!def || !s) {
      doc.diagnostics.push({ level: 'error', code: 'event.unknown-code', message: `dropped an event with unknown code ${e.code}` });
      return;
    }
    const src = actor(doc, e.source);
    const tgt = actor(doc, e.target);
    const key = `${e.sentence}|${e.code}|${src?.code}|${src?.name}|${tgt?.code}|${tgt?.name}`;
    const date = doc.eventDates[k] ?? { date: doc.publicationDate?.value ?? null, precision: 'publication' as const };
    const where = doc.eventPlaces[k] ?? null;
    const rules = [
      ...e.rules,
      ...(e.source?.rules ?? []),
      ...(e.target?.rules ?? []),
      ...(date.rule ? [date.rule] : []),
      ...(where ? [where.rule] : []),
    ];
    const existing = byKey.get(key);
    if (existing) {
      for (const r of rules) if (!existing.rules.includes(r)) existing.rules.push(r);
      return;
    }
    const sentence = doc.text.slice(s.start, s.end);
    const ev: CodedEvent = {
      doc_id: doc.id,
      event_id: eventId(doc.id, e.sentence, e.code, `${src?.code}/${src?.name}`, `${tgt?.code}/${tgt?.name}`),
      sentence,
      code: def.code,
      root: def.root,
      name: def.name,
      quad_class: def.quad_class,
      goldstein: def.goldstein,
      plover: def.plover ? { type: def.plover.type, mode: def.plover.mode } : null,
      source: src,
      target: tgt,
      date: date.date,
      ...(date.date_end ? { date_end: date.date_end } : {}),
      date_precision: date.precision,
      location: where ? codedLocation(where.place) : null,
      modality: e.modality,
      evidence: { text: sentence, start: s.start, end: s.end },
      trigger: { text: doc.text.slice(e.trigger.start, e.trigger.end), start: e.trigger.start, end: e.trigger.end },
      rules: [...new Set(rules)],
    };
    byKey.set(key, ev);
    out.push(ev);
  });
  return out;
}
