/**
 * The CAMEO -> PLOVER map: standards/plover/cameo_to_plover.tsv, cross-checked against the table it was made from,
 * Schrodt's CAMEO2PLOVER-2021.txt ("030: AGREE,  , diplomatic # Express intent to cooperate").
 */
import { join } from 'node:path';
import { inputError, type Report, readText, readTsv } from './io.js';

export interface PloverMapping {
  type: string;
  mode: string | null;
  context: string | null;
}

export interface PloverMap {
  /** By 3- or 4-digit CAMEO code, from the TSV. */
  codes: Map<string, PloverMapping>;
  /** The section headers of CAMEO2PLOVER-2021.txt ("08: CONCEDE", "08: RETREAT"): root -> PLOVER types. */
  sections: Map<string, string[]>;
}

const TSV_HEADER = ['CAMEO_CODE', 'PLOVER_EVENT', 'PLOVER_MODE', 'PLOVER_CONTEXT', 'CAMEO_DESCRIPTION'];

function mapping(type: string, mode: string, context: string): PloverMapping {
  const clean = (value: string) => (value.trim() === '' ? null : value.trim());
  return { type: type.trim(), mode: clean(mode), context: clean(context) };
}

const same = (a: PloverMapping, b: PloverMapping) =>
  a.type === b.type && a.mode === b.mode && a.context === b.context;
const show = (m: PloverMapping) => `${m.type}/${m.mode ?? '-'}/${m.context ?? '-'}`;

function readTsvMap(file: string, report: Report): Map<string, PloverMapping> {
  const codes = new Map<string, PloverMapping>();
  for (const [code = '', type = '', mode = '', context = ''] of readTsv(file, TSV_HEADER)) {
    if (!/^\d{3,4}$/.test(code) || !/^[A-Z]+$/.test(type.trim())) {
      throw inputError(
        file,
        `bad row for code "${code}": expected a 3-4 digit code and an upper-case PLOVER type`,
      );
    }
    const next = mapping(type, mode, context);
    const previous = codes.get(code);
    if (previous && !same(previous, next)) {
      throw inputError(file, `code ${code} is mapped twice, to ${show(previous)} and ${show(next)}`);
    }
    if (previous)
      report.note('PLOVER map', `cameo_to_plover.tsv lists ${code} twice (same mapping; kept once)`);
    codes.set(code, next);
  }
  return codes;
}

function readSchrodtTable(file: string): {
  codes: Map<string, PloverMapping[]>;
  sections: Map<string, string[]>;
} {
  const codes = new Map<string, PloverMapping[]>();
  const sections = new Map<string, string[]>();
  for (const raw of readText(file).split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const match = /^(\d{2,4}):\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, code = '', rest = ''] = match;
    const fields = rest.split(',');
    if (code.length === 2) {
      sections.set(code, [...(sections.get(code) ?? []), rest.trim()]);
      continue;
    }
    const [type = '', mode = '', context = ''] = fields;
    codes.set(code, [...(codes.get(code) ?? []), mapping(type, mode, context)]);
  }
  if (codes.size === 0) throw inputError(file, 'no "CODE: TYPE, mode, context" lines found');
  return { codes, sections };
}

/** Reads both tables; differences between them are reported, and the TSV wins. */
export function readPloverMap(ploverDir: string, report: Report): PloverMap {
  const codes = readTsvMap(join(ploverDir, 'cameo_to_plover.tsv'), report);
  const schrodt = readSchrodtTable(join(ploverDir, 'CAMEO2PLOVER-2021.txt'));
  let agreed = 0;
  for (const code of [...new Set([...codes.keys(), ...schrodt.codes.keys()])].sort()) {
    const tsv = codes.get(code);
    const txt = schrodt.codes.get(code) ?? [];
    if (!tsv) report.note('PLOVER map', `${code} is in CAMEO2PLOVER-2021.txt but not in cameo_to_plover.tsv`);
    else if (txt.length === 0) report.note('PLOVER map', `${code} is in cameo_to_plover.tsv only`);
    else if (!txt.every((m) => same(m, tsv))) {
      report.note('PLOVER map', `${code}: tsv ${show(tsv)} but txt ${txt.map(show).join(' | ')}`);
    } else agreed++;
  }
  report.note('PLOVER map', `${agreed} of ${codes.size} TSV mappings agree with CAMEO2PLOVER-2021.txt`);
  return { codes, sections: schrodt.sections };
}
