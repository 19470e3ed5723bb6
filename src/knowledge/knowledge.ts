/**
 * Everything a coder knows, loaded from data/ and compiled once: the CAMEO/PLOVER ontology, countries, the actor
 * lexicon (roles, organisations), the event lexicon, modality words, segmentation and boilerplate rules.
 * The result is frozen and shared read-only by every document the coder processes.
 */
import { type ActorLexicon, compileActorLexicon } from '../actors/lexicon.js';
import type { ActorDictionary } from '../dictionaries/dictionary-schema.js';
import { loadActorDictionary } from '../dictionaries/load.js';
import { compileNameSenses, nameSensesFileSchema } from '../actors/name-senses.js';
import { verbDataSchema } from '../events/inflect.js';
import { type EventLexicon, compileEventLexicon } from '../events/lexicon.js';
import { type Modality, compileModality, modalityFileSchema } from '../events/modality.js';
import { type Clauses, clausesFileSchema, compileClauses } from '../events/purpose.js';
import { defaultDataDir } from '../paths.js';
import { type SegmenterData, loadSegmenterData } from '../stages/segment.js';
import { type BoilerplateRules, loadBoilerplate } from './boilerplate.js';
import { type CountryTable, loadCountries } from './countries.js';
import { type LeaderIndex, leaderPhrases, loadLeaders } from './leaders.js';
import { type Ontology, loadOntology } from './ontology.js';
import { readDataFile } from './read-data.js';
import { type EventRuleFile, readEventRuleFiles, withUserEventFiles } from './event-files.js';
import { organisationsFileSchema, rolesFileSchema } from './schemas.js';
import { type TimeWords, compileTimeWords, timeFileSchema } from './time-words.js';
import { type Grammar, compileGrammar, grammarFileSchema } from './grammar.js';
import { type PlaceKnowledge, loadPlaceKnowledge } from '../places/place-knowledge.js';

export interface KnowledgeConfig {
  /** Folder with Parley's data files; defaults to the data/ folder of this installation. */
  dataDir?: string;
  /** The user's own leader files (same schema as data/actors/leaders.json), added to the built-in ones. */
  leaderFiles?: readonly string[];
  /**
   * The user's actor dictionaries: files (Parley .json/.yaml, or PETRARCH .txt imported on the fly) or dictionaries
   * already read. Their entries win over built-in ones that name the same words.
   */
  actorDictionaries?: readonly (string | ActorDictionary)[];
  /**
   * The user's event rules: rule files (.json/.yaml, `{"rules": [...]}`, e.g. a PETRARCH verb dictionary converted by
   * `parley dict import`) or files already read. They are tried after Parley's own rules (ties go to Parley's).
   */
  eventFiles?: readonly (string | EventRuleFile)[];
}

export interface Knowledge {
  readonly dataDir: string;
  readonly ontology: Ontology;
  readonly countries: CountryTable;
  readonly leaders: LeaderIndex;
  readonly actorLexicon: ActorLexicon;
  readonly events: EventLexicon;
  readonly modality: Modality;
  readonly clauses: Clauses;
  /** Past-tense and participle forms of irregular verbs ("left", "met"): a cue that the next noun is an object. */
  readonly pastForms: ReadonlySet<string>;
  readonly segmenter: SegmenterData;
  readonly time: TimeWords;
  readonly grammar: Grammar;
  readonly boilerplate: BoilerplateRules;
  /** Gazetteer, regions, landmarks and the place grammar. */
  readonly places: PlaceKnowledge;
}

/** Words nearly every sentence has: a required word set holding one is not worth testing before a match. */
function commonWords(g: Grammar): ReadonlySet<string> {
  return new Set([...g.determiners, ...g.possessives, ...g.objectPrepositions, ...g.quantifiers]);
}

export function loadKnowledge(config: KnowledgeConfig = {}): Knowledge {
  const dataDir = config.dataDir ?? defaultDataDir();
  const ontology = loadOntology(dataDir);
  const countries = loadCountries(dataDir);
  const roles = readDataFile(dataDir, 'lexicon/en/roles.json', rolesFileSchema);
  const organisations = readDataFile(dataDir, 'actors/organisations.json', organisationsFileSchema);
  const verbs = readDataFile(dataDir, 'lexicon/en/verbs.json', verbDataSchema);
  const events = readEventRuleFiles(dataDir);
  const leaders = loadLeaders(dataDir, config.leaderFiles ?? []);
  const grammar = compileGrammar(readDataFile(dataDir, 'lexicon/en/grammar.json', grammarFileSchema));
  const modality = readDataFile(dataDir, 'lexicon/en/modality.json', modalityFileSchema);
  return Object.freeze({
    dataDir,
    ontology,
    countries,
    leaders,
    actorLexicon: compileActorLexicon({
      countries: countries.all,
      organisations: organisations.organisations,
      roles: roles.rules,
      oneParty: roles.one_party_states.countries,
      locatedGroups: roles.located_groups,
      compoundGroups: roles.compound_groups,
      groupModifiers: roles.group_modifiers,
      nameParticles: roles.name_particles,
      nonActorHeads: roles.non_actor_heads.words,
      leaders,
      leaderPhrases: leaderPhrases(leaders),
      grammar,
      senses: compileNameSenses(readDataFile(dataDir, 'lexicon/en/name-senses.json', nameSensesFileSchema)),
      dictionaries: (config.actorDictionaries ?? []).map((d) => (typeof d === 'string' ? loadActorDictionary(d) : d)),
    }),
    events: compileEventLexicon(
      withUserEventFiles(events, config.eventFiles ?? []),
      verbs,
      ontology,
      commonWords(grammar),
    ),
    modality: compileModality(modality),
    clauses: compileClauses(readDataFile(dataDir, 'lexicon/en/clauses.json', clausesFileSchema)),
    pastForms: new Set(Object.values(verbs.irregular).flat()),
    segmenter: loadSegmenterData(dataDir),
    grammar,
    time: compileTimeWords(readDataFile(dataDir, 'lexicon/en/time.json', timeFileSchema)),
    boilerplate: loadBoilerplate(dataDir),
    places: loadPlaceKnowledge(dataDir, countries),
  });
}
