/**
 * Errors the API answers with: a status, a stable code, a message for a person (what was wrong and what to do) and
 * the parameter at fault. Anything else thrown inside a handler becomes a 500 without internals; the details go to
 * the server's log, never to the client.
 */
import type { z } from 'zod';
import type { ApiError } from './api-types.js';

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): ApiError {
    return { error: { code: this.code, message: this.message, ...(this.parameter !== undefined ? { parameter: this.parameter } : {}) } };
  }
}

function shown(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s === undefined ? '' : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The first problem zod found, as a 400 that names the parameter and says what it takes. */
export function badParameters(error: z.ZodError, input: Record<string, unknown>, where: 'query' | 'path', known: readonly string[]): HttpError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return new HttpError(
      400,
      'bad-parameter',
      `Unknown ${where} parameter "${key}". Known parameters: ${known.join(', ') || 'none'}.`,
      key,
    );
  }
  const name = String(issue.path[0] ?? (where === 'path' ? (known[0] ?? '') : ''));
  const got = input[name];
  return new HttpError(
    400,
    'bad-parameter',
    `${where === 'query' ? 'Query' : 'Path'} parameter "${name}" takes ${issue.message}${got === undefined ? '' : `; got "${shown(got)}"`}.`,
    name,
  );
}
