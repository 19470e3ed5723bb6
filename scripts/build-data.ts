/**
 * npm run data:build — writes Parley's generated data files from the public fact tables in the shared folder:
 * data/ontology/cameo.json, data/ontology/plover.json, data/ontology/actor-types.json, data/actors/countries.json,
 * data/schemas/*.schema.json and data/NOTICE.md. Output is deterministic. Prints a short report; exits 1 with one line
 * if an input is missing or malformed.
 *
 *   node dist/scripts/build-data.js [--shared PATH] [--out DATA_DIR]
 *
 * The shared folder is --shared, else $PARLEY_SHARED, else ../shared beside the repository. --out (default: the
 * repository's data/) is read for the hand-written inputs (actors/country-aliases.json, actors/seats.json) too.
 */
import { join, resolve } from 'node:path';
import { actorTypesFileSchema } from '../src/knowledge/actor-type-schemas.js';
import { countryAliasesFileSchema, seatsFileSchema } from '../src/knowledge/country-schemas.js';
import { readDataFile } from '../src/knowledge/read-data.js';
import { dataSchemas, jsonSchemaText } from '../src/knowledge/schema-files.js';
import { cameoFileSchema, countriesFileSchema, ploverFileSchema } from '../src/knowledge/schemas.js';
import { buildActorTypes } from './build-data/actor-types.js';
import { buildCameo } from './build-data/cameo.js';
import { buildCountries } from './build-data/countries.js';
import { readCountryInfo } from './build-data/countryinfo.js';
import { jsonText, Report, writeOutput } from './build-data/io.js';
import { noticeText } from './build-data/notice.js';
import { buildPlover, checkPloverUse } from './build-data/plover.js';
import { locateShared, runBuildScript } from './build-data/script.js';
import { readPloverMap } from './build-data/plover-map.js';
import { loadWorldCountries } from './build-data/world.js';

function build(sharedDir: string, dataDir: string): Report {
  const report = new Report();
  const standards = join(sharedDir, 'standards');
  const aliases = readDataFile(dataDir, 'actors/country-aliases.json', countryAliasesFileSchema);
  const seats = readDataFile(dataDir, 'actors/seats.json', seatsFileSchema);

  const ploverMap = readPloverMap(join(standards, 'plover'), report);
  const plover = buildPlover(join(standards, 'plover'), report);
  const cameo = buildCameo(join(standards, 'cameo'), ploverMap, report);
  checkPloverUse(cameo.codes, plover, report);
  const actorTypes = buildActorTypes(standards, report);
  const countries = buildCountries(
    {
      world: loadWorldCountries(aliases, report),
      countryInfo: readCountryInfo(join(standards, 'countryinfo', 'CountryInfo.120116.txt')),
      cameoCountryFile: join(standards, 'cameo', 'CAMEO.country.txt'),
      aliases,
      seats,
    },
    report,
  );

  const root = resolve(dataDir, '..');
  const written = [
    writeOutput(root, join(dataDir, 'ontology', 'cameo.json'), jsonText(cameoFileSchema.parse(cameo))),
    writeOutput(
      root,
      join(dataDir, 'ontology', 'plover.json'),
      jsonText(ploverFileSchema.parse(plover.file)),
    ),
    writeOutput(
      root,
      join(dataDir, 'ontology', 'actor-types.json'),
      jsonText(actorTypesFileSchema.parse(actorTypes.file)),
    ),
    writeOutput(
      root,
      join(dataDir, 'actors', 'countries.json'),
      jsonText(countriesFileSchema.parse(countries)),
    ),
    ...Object.entries(dataSchemas).map(([name, schema]) =>
      writeOutput(root, join(dataDir, 'schemas', name), jsonSchemaText(schema)),
    ),
    writeOutput(
      root,
      join(dataDir, 'NOTICE.md'),
      noticeText({
        codes: cameo.codes.length,
        types: plover.file.types.length,
        countries: countries.countries.length,
        actorTypes: {
          types: actorTypes.file.types.length,
          knownGroups: actorTypes.file.known_groups.length,
          religions: actorTypes.file.religions.length,
          fromPlover: actorTypes.from_plover,
        },
      }),
    ),
  ];
  report.note('written', written.join(', '));
  return report;
}

runBuildScript('build-data', (sharedFlag, dataDir) => {
  const sharedDir = locateShared(sharedFlag, 'standards');
  console.log(`build-data: ${sharedDir} -> ${dataDir}`);
  console.log(build(sharedDir, dataDir).toString());
});
