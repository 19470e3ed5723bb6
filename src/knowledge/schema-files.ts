/**
 * Which JSON Schema file under data/schemas/ describes which data file. `npm run data:build` writes them with
 * z.toJSONSchema; a test checks the committed files still match, so editing a schema means regenerating.
 */
import { z } from 'zod';
import { episodeLexiconSchema } from '../dataset/episode-lexicon.js';
import { actorDictionarySchema } from '../dictionaries/dictionary-schema.js';
import { nameSensesFileSchema } from '../actors/name-senses.js';
import { verbDataSchema } from '../events/inflect.js';
import { modalityFileSchema } from '../events/modality.js';
import { clausesFileSchema } from '../events/purpose.js';
import { actorTypesFileSchema } from './actor-type-schemas.js';
import { boilerplateFileSchema } from './boilerplate-schema.js';
import { countryAliasesFileSchema, seatsFileSchema } from './country-schemas.js';
import { leadersFileSchema } from './leader-schema.js';
import { timeFileSchema } from './time-words.js';
import { grammarFileSchema } from './grammar.js';
import {
  landmarksFileSchema,
  placeAliasesFileSchema,
  placeGrammarFileSchema,
  regionsFileSchema,
} from '../places/place-schemas.js';
import {
  cameoFileSchema,
  countriesFileSchema,
  eventsFileSchema,
  organisationsFileSchema,
  ploverFileSchema,
  rolesFileSchema,
} from './schemas.js';

export const dataSchemas: Readonly<Record<string, z.ZodType>> = {
  'cameo.schema.json': cameoFileSchema,
  'plover.schema.json': ploverFileSchema,
  'actor-types.schema.json': actorTypesFileSchema,
  'countries.schema.json': countriesFileSchema,
  'country-aliases.schema.json': countryAliasesFileSchema,
  'seats.schema.json': seatsFileSchema,
  'organisations.schema.json': organisationsFileSchema,
  'roles.schema.json': rolesFileSchema,
  'events.schema.json': eventsFileSchema,
  'boilerplate.schema.json': boilerplateFileSchema,
  'leaders.schema.json': leadersFileSchema,
  'time.schema.json': timeFileSchema,
  'grammar.schema.json': grammarFileSchema,
  'modality.schema.json': modalityFileSchema,
  'clauses.schema.json': clausesFileSchema,
  'verbs.schema.json': verbDataSchema,
  'actor-dictionary.schema.json': actorDictionarySchema,
  'name-senses.schema.json': nameSensesFileSchema,
  'place-aliases.schema.json': placeAliasesFileSchema,
  'regions.schema.json': regionsFileSchema,
  'landmarks.schema.json': landmarksFileSchema,
  'places.schema.json': placeGrammarFileSchema,
  'episodes.schema.json': episodeLexiconSchema,
};

/** The JSON Schema text for one data schema, as written to data/schemas/ (2-space indent, trailing newline). */
export function jsonSchemaText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`;
}
