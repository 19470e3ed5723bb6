/**
 * Place mentions in a document: a name after a locative preposition ("in Minsk", "at the Kremlin Palace", "near
 * the southern city of Kherson", "in Kaluga oblast"), after "to"/"for" (kept apart: a destination places only a
 * visit), and the dateline. Each mention keeps every reading of its name; `resolvePlaces` picks one with the
 * document's countries. Rule ids are those of data/lexicon/en/places.json.
 */
import type { ActorMention, Document, Token } from '../document.js';
import { phraseKeys } from '../text/phrase-keys.js';
import type { PlaceCandidate, PlaceKnowledge, PrepositionKind } from './place-knowledge.js';

export interface PlaceMention {
  sentence: number;
  /** Offset of the preposition (or of the name, for a dateline): distances to a trigger are measured from here. */
  anchor: number;
  /** The name's span, suffix and qualifier included. */
  start: number;
  end: number;
  via: PrepositionKind | 'dateline';
  /** Every reading of the name; one is chosen by `resolvePlaces`. */
  candidates: PlaceCandidate[];
  rules: string[];
}

/**
 * Actor kinds whose words are never a place ("at Lula's invitation", "in Tô Lâm's speech"). Not agents: a located
 * group holds its place ("activists in Caracas"), and a place that names an agent ("the Moscow mayor") is refused
 * by the modifier rule.
 */
const NOT_PLACE_KINDS: ReadonlySet<ActorMention['kind']> = new Set(['person', 'organisation', 'pronoun']);

interface NameMatch {
  end: number; // token index one past the name
  candidates: PlaceCandidate[];
  rules: string[];
}

const COUNTRY_QUALIFIER = 'en.place.country-qualifier';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

export class PlaceFinder {
  private readonly tokens: readonly Token[];
  private readonly keyAt: (i: number) => string;
  /** Token indexes inside an actor mention that is never a place. */
  private readonly blocked = new Set<number>();
  /** Country and demonym actor mentions, by their first token. */
  private readonly countryActors = new Map<number, ActorMention>();

  constructor(
    private readonly doc: Document,
    private readonly places: PlaceKnowledge,
  ) {
    this.tokens = doc.tokens;
    this.keyAt = (i) => doc.tokens[i]?.norm ?? '';
    for (const a of doc.actors) {
      if ((a.kind === 'country' || a.kind === 'demonym') && a.role === null) this.countryActors.set(a.tokenStart, a);
      if (!NOT_PLACE_KINDS.has(a.kind)) continue;
      for (let t = a.tokenStart; t < a.tokenEnd; t++) this.blocked.add(t);
    }
  }

  /** Every place mention of the document, in text order; the dateline first. */
  find(): PlaceMention[] {
    const out: PlaceMention[] = [];
    const dateline = this.datelineMention();
    if (dateline) out.push(dateline);
    for (const s of this.doc.sentences) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const prep = this.places.prepositions.longest(this.keyAt, i, s.tokenEnd);
        if (!prep) continue;
        const via = prep.values[0] ?? 'locative';
        const found = this.afterPreposition(i + prep.length, s.tokenEnd);
        if (!found) continue;
        const first = this.tokens[i];
        const last = this.tokens[found.end - 1];
        if (!first || !last) continue;
        out.push({
          sentence: s.index,
          anchor: first.start,
          start: this.tokens[found.start]?.start ?? first.start,
          end: last.end,
          via,
          candidates: found.candidates,
          rules: [via === 'destination' ? this.places.grammar.destination.id : this.places.grammar.prepositions.id, ...found.rules],
        });
        i = found.end - 1;
      }
    }
    return out;
  }

  /** The dateline ("MOSCOW —") is not tokenised: its place name is looked up whole. */
  private datelineMention(): PlaceMention | null {
    const d = this.doc.dateline;
    if (!d) return null;
    const keys = phraseKeys(d.place);
    const keyAt = (i: number) => keys[i] ?? '';
    const whole = (m: { length: number } | null) => m !== null && m.length === keys.length;
    const landmark = this.places.landmarks.longest(keyAt, 0, keys.length);
    const region = this.places.regions.longest(keyAt, 0, keys.length);
    const candidates = whole(landmark)
      ? [...(landmark?.values ?? [])]
      : whole(region)
        ? [...(region?.values ?? [])]
        : this.places.gazetteerCandidates(keys);
    if (candidates.length === 0) return null;
    const sentence = this.doc.sentences.find((s) => s.end > d.start)?.index ?? 0;
    return { sentence, anchor: d.start, start: d.start, end: d.end, via: 'dateline', candidates, rules: ['en.place.dateline'] };
  }

  /**
   * The name after a preposition, skipping descriptors ("the southern port city of"). A demonym or a country among
   * them ("the northern Lebanese city of Tripoli", "Russia's Kursk region") says which country the name is in (rule
   * en.place.country-qualifier); an apposition comma may follow them ("the Libyan capital, Tripoli").
   */
  private afterPreposition(from: number, end: number): (NameMatch & { start: number }) | null {
    let country: string | null = null;
    for (let j = from; j < end && j < from + 8; j++) {
      const name = this.readName(j, end);
      const qualifier = this.countryAt(j);
      if (name && !(qualifier && this.isPossessive(name.end))) {
        if (country === null) return { ...name, start: j };
        const within = name.candidates.filter((c) => c.country === country);
        if (within.length === 0) return { ...name, start: j };
        return { ...name, candidates: within, rules: [...name.rules, COUNTRY_QUALIFIER], start: j };
      }
      if (qualifier) {
        country = qualifier.country;
        j = qualifier.tokenEnd - 1;
        if (this.isPossessive(j + 1)) j++;
        continue;
      }
      const t = this.tokens[j];
      if (t?.text === ',' && j > from) continue;
      if (!this.places.descriptors.has(this.keyAt(j))) return null;
    }
    return null;
  }

  /** A country or demonym actor starting at token j ("Lebanese", "Russia"). */
  private countryAt(j: number): { country: string; tokenEnd: number } | null {
    const a = this.countryActors.get(j);
    return a && a.country ? { country: a.country, tokenEnd: a.tokenEnd } : null;
  }

  private isPossessive(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && (t.norm === "'s" || t.norm === "'");
  }

  /** A place name starting at token `j`, with an admin suffix and a qualifier ("Paris, Texas"; "X in Moscow"). */
  private readName(j: number, end: number): NameMatch | null {
    const base = this.baseName(j, end);
    if (!base) return null;
    let { end: k, candidates } = base;
    const rules = [...base.rules];
    const suffix = this.tokens[k];
    if (
      suffix &&
      k < end &&
      this.places.adminSuffixes.has(suffix.norm) &&
      candidates.some((c) => c.precision === 'city') &&
      !this.nameGoesOn(k + 1, end) // "Moscow State University" is not a division
    ) {
      const regions = this.adminRegions(candidates, suffix.text);
      if (regions.length === 0) return null;
      candidates = regions;
      rules.push(this.places.grammar.admin_suffixes.id);
      k++;
    }
    const next = this.tokens[k];
    if (next && k < end && this.places.modifierHeads.has(next.norm)) return null;
    const qualified = this.qualifier(k, end);
    if (qualified) {
      const within = candidates.filter(
        (c) => c.country === qualified.place.country && (qualified.place.precision !== 'admin1' || c.admin === qualified.place.admin),
      );
      // A qualifier that does not hold the name ("the border in Lebanon" for a Syrian border town) is left to be
      // a place of its own.
      if (within.length > 0) {
        candidates = within;
        rules.push(this.places.grammar.qualifier.id);
        k = qualified.end;
      }
    }
    return { end: k, candidates, rules };
  }

  /** The longest landmark, region or gazetteer name at `j` (in that order on ties). */
  private baseName(j: number, end: number): NameMatch | null {
    const t = this.tokens[j];
    if (!t || t.shape !== 'word' || this.blocked.has(j)) return null;
    let best: NameMatch | null = null;
    const landmark = this.places.landmarks.longest(this.keyAt, j, end);
    if (landmark && this.capitalised(j, j + landmark.length) && !this.nameGoesOn(j + landmark.length, end)) {
      best = { end: j + landmark.length, candidates: [...landmark.values], rules: ['en.place.landmark'] };
    }
    if (!t.upper) return best;
    const region = this.places.regions.longest(this.keyAt, j, end);
    if (region && (!best || j + region.length > best.end) && !this.nameGoesOn(j + region.length, end)) {
      best = { end: j + region.length, candidates: [...region.values], rules: ['en.place.region'] };
    }
    // The name can run only over capitalised words, numbers and name particles (en.place.name-particle).
    let run = 1;
    const limit = Math.min(this.places.gazetteer.maxTokens, end - j);
    while (run < limit) {
      const next = this.tokens[j + run];
      const named = next && (next.upper || next.shape === 'number' || /\p{Lu}/u.test(next.text));
      if (!next || !(named || this.places.nameParticles.has(next.norm))) break;
      run++;
    }
    for (let n = run; n >= 1; n--) {
      if (best && j + n <= best.end) break;
      if (!this.capitalised(j, j + n) || this.nameGoesOn(j + n, end)) continue;
      const keys: string[] = [];
      for (let i = j; i < j + n; i++) keys.push(this.keyAt(i));
      const candidates = this.places.gazetteerCandidates(keys);
      if (candidates.length > 0) {
        best = { end: j + n, candidates, rules: ['en.place.gazetteer'] };
        break;
      }
    }
    return best;
  }

  /**
   * A capitalised word right after a gazetteer name makes it part of a longer proper name ("Ho Chi Minh Square",
   * "Moscow State University"), which is not that place (rule en.place.name-boundary). An admin suffix is not such a
   * word ("Kaluga Oblast") unless another capitalised word follows it.
   */
  private nameGoesOn(k: number, end: number): boolean {
    const t = this.tokens[k];
    if (k >= end || t === undefined || t.shape !== 'word' || !t.upper) return false;
    return this.places.adminSuffixes.has(t.norm) ? this.nameGoesOn(k + 1, end) : true;
  }

  /** The first and last words of a name start with a capital and no word inside it is blocked. */
  private capitalised(from: number, to: number): boolean {
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    if (!first || !last) return false;
    for (let i = from; i < to; i++) if (this.blocked.has(i)) return false;
    const upperOrThe = first.upper || first.norm === 'the';
    // The last word of a longer name may start in lower case when a capital follows a hyphen ("Sharm el-Sheikh").
    return upperOrThe && (last.upper || last.shape === 'number' || (to - from > 1 && /\p{Lu}/u.test(last.text)));
  }

  /** "Kaluga oblast": the first-order divisions whose seats carry this name. */
  private adminRegions(candidates: readonly PlaceCandidate[], suffix: string): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const c of candidates) {
      if (c.precision !== 'city' || !c.seat || c.admin === null) continue;
      const centroid = this.places.gazetteer.adminCentroid(c.country, c.admin);
      if (!centroid) continue;
      out.push({ ...c, name: `${c.name} ${capitalise(suffix)}`, precision: 'admin1', lat: centroid.lat, lon: centroid.lon, geonameId: null });
    }
    return out;
  }

  /** ", Texas" or "in Moscow" right after a name: a larger place that says which reading is meant. */
  private qualifier(k: number, end: number): { end: number; place: PlaceCandidate } | null {
    const sep = this.tokens[k];
    if (!sep || k + 1 >= end) return null;
    if (sep.text !== this.places.qualifierSeparator && sep.norm !== 'in') return null;
    const name = this.baseName(k + 1, end);
    if (!name) return null;
    const place = name.candidates.find((c) => c.precision === 'country' || c.precision === 'admin1') ?? name.candidates[0];
    if (!place) return null;
    if (sep.norm === 'in') return { end: name.end, place };
    // After a comma only a country or a region qualifies ("Paris, Texas"); "Kyiv, Kharkiv and Odesa" is a list.
    return place.precision === 'country' || place.precision === 'admin1' ? { end: name.end, place } : null;
  }
}

export function findPlaces(doc: Document, places: PlaceKnowledge): PlaceMention[] {
  return new PlaceFinder(doc, places).find();
}
