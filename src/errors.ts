/**
 * User-facing errors. A ParleyError says what was wrong, where (file, line, document id) and what to do. The CLI
 * prints `format(error)` on one line and never a stack trace; anything that is not a ParleyError is a bug.
 */

export interface ErrorWhere {
  file?: string;
  line?: number;
  docId?: string;
}

export interface ErrorDetails extends ErrorWhere {
  /** What the user can do about it. */
  hint?: string;
}

export class ParleyError extends Error {
  readonly code: string;
  readonly where: ErrorWhere;
  readonly hint: string | undefined;

  constructor(code: string, message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParleyError';
    this.code = code;
    const { hint, ...where } = details;
    this.where = where;
    this.hint = hint;
  }
}

/** "file.jsonl:12 (doc abc): message. hint" — one line, for stderr. */
export function formatError(error: ParleyError): string {
  const place = [
    error.where.file ? `${error.where.file}${error.where.line !== undefined ? `:${error.where.line}` : ''}` : '',
    error.where.docId !== undefined ? `(doc ${error.where.docId})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const hint = error.hint ? ` ${error.hint}` : '';
  return `parley: ${place ? `${place}: ` : ''}${error.message}${hint} [${error.code}]`;
}

export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}
