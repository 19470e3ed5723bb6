/**
 * The CAMEO codes and PLOVER types the filter bar offers, read from Parley's own ontology files at build time (the
 * same tables the coder uses), so the UI never keeps a copy of its own.
 */
import cameo from '../../data/ontology/cameo.json';
import plover from '../../data/ontology/plover.json';

export interface CameoCode {
  code: string;
  name: string;
}

export const CAMEO_CODES: readonly CameoCode[] = cameo.codes.map((c) => ({ code: c.code, name: c.name }));

/** The twenty 2-digit roots, "01" Make public statement … "20" Use unconventional mass violence. */
export const CAMEO_ROOTS: readonly CameoCode[] = CAMEO_CODES.filter((c) => c.code.length === 2);

export const PLOVER_TYPES: readonly string[] = plover.types.map((t) => t.type);
