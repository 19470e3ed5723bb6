/**
 * What the data build scripts share: finding ../shared (--shared, PARLEY_SHARED, or beside the repository), their
 * two options, and printing a ParleyError as one line with exit status 1.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, isParleyError, ParleyError } from '../../src/errors.js';
import { defaultDataDir, repoRoot } from '../../src/paths.js';

/** The shared folder, checked to hold `required` (a path below it). */
export function locateShared(flag: string | undefined, required: string): string {
  const [dir, from] =
    flag !== undefined
      ? [resolve(flag), '--shared']
      : process.env.PARLEY_SHARED
        ? [resolve(process.env.PARLEY_SHARED), 'PARLEY_SHARED']
        : [resolve(repoRoot(), '..', 'shared'), 'the default ../shared beside the repository'];
  if (!existsSync(join(dir, required))) {
    throw new ParleyError('data.no-shared', `no ${required} in the shared folder ${dir} (from ${from})`, {
      hint: `Pass --shared PATH or set PARLEY_SHARED to the folder that holds ${required}.`,
    });
  }
  return dir;
}

/** Parses `--shared PATH --out DATA_DIR`, runs `main`, and reports a ParleyError on one line. */
export function runBuildScript(name: string, main: (sharedFlag: string | undefined, dataDir: string) => void): void {
  try {
    let values: { shared?: string | undefined; out?: string | undefined };
    try {
      values = parseArgs({ options: { shared: { type: 'string' }, out: { type: 'string' } } }).values;
    } catch (error) {
      throw new ParleyError('usage', (error as Error).message, {
        hint: `Usage: ${name} [--shared PATH] [--out DATA_DIR]`,
      });
    }
    main(values.shared, values.out !== undefined ? resolve(values.out) : defaultDataDir());
  } catch (error) {
    if (!isParleyError(error)) throw error;
    console.error(formatError(error));
    process.exitCode = 1;
  }
}
