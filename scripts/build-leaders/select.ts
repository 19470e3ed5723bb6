/**
 * Which CountryInfo blocks give leaders, and for which country. A block counts when its <CountryCode> is a plain
 * three-letter code that Parley's country table knows (directly or as a CAMEO code: KSV -> XKX) and its ISO code, if
 * any, is the same country (or, as some ISO codes in the file are wrong, its name is one of the country's names): so dependencies coded to their metropole ("USAASM", Jersey coded GBR, Mayotte FRA) are
 * left out, as their leaders are governors and local officials. Blocks inside <Comment> (the former Yugoslavia's
 * republics, ...) are used only for countries that no other block covers.
 */
import type { CountryTable } from '../../src/knowledge/countries.js';
import { foldText } from '../../src/text/fold.js';
import type { Report } from '../build-data/io.js';
import type { CountryTerms } from './assemble.js';
import type { RawBlock } from './parse.js';
import { governmentTerms, leaderTerms, type TermStats } from './terms.js';

function countryOf(block: RawBlock, countries: CountryTable): string | null {
  if (!/^[A-Z]{3}$/.test(block.code)) return null;
  const iso3 = countries.cameoToIso3(block.code);
  if (iso3 === undefined) return null;
  const alpha3 = block.alpha3 !== null && /^[A-Z]{3}$/.test(block.alpha3) ? block.alpha3 : null;
  if (alpha3 === null || alpha3 === iso3 || countries.cameoToIso3(alpha3) === iso3) return iso3;
  // Some blocks have a wrong alpha-3 (Japan "JON", Guatemala "GLP"): then the name decides.
  const names = (countries.byIso3(iso3)?.names ?? []).map(foldText);
  return names.includes(foldText(block.name)) ? iso3 : null;
}

export function countryTerms(
  blocks: readonly RawBlock[],
  countries: CountryTable,
  report: Report,
): CountryTerms[] {
  const stats: TermStats = { badDates: 0, otherCodes: 0, ambiguousTitles: 0, skippedPosts: new Map() };
  const chosen = new Map<string, RawBlock>();
  const skipped: string[] = [];
  for (const block of blocks) {
    const iso3 = countryOf(block, countries);
    if (iso3 === null) {
      if (block.leaders.length + block.government.length > 0) skipped.push(`${block.code} ${block.name}`);
      continue;
    }
    const current = chosen.get(iso3);
    if (current === undefined || (current.commented && !block.commented)) chosen.set(iso3, block);
  }
  const out: CountryTerms[] = [];
  let problems = 0;
  for (const [iso3, block] of [...chosen].sort(([a], [b]) => a.localeCompare(b))) {
    const cameo = countries.byIso3(iso3)?.cameo ?? iso3;
    const terms = [...leaderTerms(block, cameo, stats), ...governmentTerms(block, iso3, cameo, stats)];
    problems += block.problems.length;
    if (terms.length > 0) out.push({ iso3, terms });
  }
  report.note('countryinfo', `${blocks.length} blocks; ${chosen.size} countries used`);
  report.note(
    'countryinfo',
    `${skipped.length} blocks left out (dependencies and unknown codes): ${skipped.join(', ')}`,
  );
  report.note(
    'countryinfo',
    `${problems} unreadable terms, ${stats.badDates} bad dates, ${stats.otherCodes} terms coded for ` +
      `another country or role, ${stats.ambiguousTitles} <Government> lines whose titles do not match ` +
      'their terms',
  );
  const posts = [...stats.skippedPosts].sort((a, b) => b[1] - a[1]);
  report.note(
    'countryinfo',
    `${posts.reduce((n, [, count]) => n + count, 0)} <Leaders> lines in skipped posts: ` +
      posts.map(([post, count]) => `${post} ${count}`).join(', '),
  );
  return out;
}
