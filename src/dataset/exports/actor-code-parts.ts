/**
 * A CAMEO actor code split into the parts GDELT gives columns to: "VNMGOV" -> country VNM, type GOV; "IGOUNOHLHWHO"
 * -> types IGO, HLH, known group WHO; "---REB" -> no country, type REB. The code is read in three-character parts
 * after its country (or "---"); a part is a known group, a type (or the actor's own role) or a religion by the CAMEO
 * tables, else it is left out (regions such as "EUR" in "IGOEURCOE", codes the tables lack such as "G7").
 */
import type { CodedActor } from '../../output/coded-event.js';
import type { ExportContext } from './export-context.js';

export interface ActorCodeParts {
  /** CAMEO country code of the actor's country ("RUS", "ROM" for Romania), or "". */
  country: string;
  /** The most specific known group of the code ("WHO" in IGOUNOHLHWHO), or "". */
  knownGroup: string;
  /** Always "": Parley's codes carry no CAMEO ethnic part (an ethnic group is coded by its role). */
  ethnic: string;
  /** Religion parts in code order, at most two. */
  religions: string[];
  /** Type (role, sector) parts in code order, then the actor's role if the code did not hold it; at most three. */
  types: string[];
}

/** "GOVMED" -> ["GOV", "MED"]; a trailing part shorter than three characters is kept as it is ("G7"). */
function threes(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 3) parts.push(text.slice(i, i + 3));
  return parts;
}

export function splitActorCode(actor: CodedActor, ctx: ExportContext): ActorCodeParts {
  const code = actor.code.trim().toUpperCase();
  const country = actor.country ? ctx.countries.byIso3(actor.country) : undefined;
  const head = code.slice(0, 3);
  const headCountry = head === '---' ? undefined : ctx.countries.byCameo(head);
  const countryCode = country?.cameo ?? (actor.country ? actor.country : (headCountry?.cameo ?? ''));
  const rest = head === '---' || headCountry !== undefined || head === actor.country ? code.slice(3) : code;

  const roles = new Set(actor.role ? threes(actor.role.toUpperCase()) : []);
  const types: string[] = [];
  const religions: string[] = [];
  let knownGroup = '';
  for (const part of threes(rest)) {
    if (ctx.actorCodes.knownGroups.has(part)) knownGroup = part;
    else if (ctx.actorCodes.types.has(part) || roles.has(part)) types.push(part);
    else if (ctx.actorCodes.religions.has(part)) religions.push(part);
  }
  for (const role of roles) if (!types.includes(role)) types.push(role);
  return {
    country: countryCode,
    knownGroup,
    ethnic: '',
    religions: [...new Set(religions)].slice(0, 2),
    types: [...new Set(types)].slice(0, 3),
  };
}

/** Labels of the actor's types for ICEWS's sector columns: "Government", "Military"; an unknown code as itself. */
export function sectorLabels(parts: ActorCodeParts, ctx: ExportContext): string[] {
  return parts.types.map((type) => ctx.actorCodes.types.get(type) ?? type);
}
