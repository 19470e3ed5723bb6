/**
 * The episode lexicon (data/lexicon/en/episodes.json): which CAMEO codes report a trip, how English orders the
 * stops of a tour ("the third stop"), and when visits form one tour. Rules carry ids; episodes list the ones used.
 */
import { z } from 'zod';
import { readDataFile } from '../knowledge/read-data.js';

const ruleId = z.string().regex(/^[a-z]{2,}\.[a-z0-9.-]+$/, 'a rule id such as "en.episode.ordinal-stop"');
const code = z.string().regex(/^\d{2,4}$/, 'a CAMEO event code');

export const episodeLexiconSchema = z.strictObject({
  visit_codes: z.strictObject({ id: ruleId, reason: z.string().min(1), travel: z.array(code).min(1), host: z.array(code) }),
  ordinals: z.strictObject({
    id: ruleId,
    reason: z.string().min(1),
    /** Word → position; -1 is the last stop. */
    words: z.record(z.string().min(1), z.number().int().min(-1).max(20)),
    stop_nouns: z.array(z.string().min(1)).min(1),
    /** How many words before the trigger an ordinal may stand. */
    window_words: z.number().int().min(1).max(10),
  }),
  tour: z.strictObject({
    id: ruleId,
    reason: z.string().min(1),
    max_gap_days: z.number().int().min(0).max(30),
    /** How long after its first day a stop may be extended by the traveller's events in the host country. */
    max_stay_days: z.number().int().min(0).max(60),
  }),
});

export type EpisodeLexicon = z.infer<typeof episodeLexiconSchema>;

export const EPISODES_FILE = 'lexicon/en/episodes.json';

export function loadEpisodeLexicon(dataDir: string): EpisodeLexicon {
  return readDataFile(dataDir, EPISODES_FILE, episodeLexiconSchema);
}
