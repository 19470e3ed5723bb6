/** Loading, error and empty states, in words a person understands. */
import type { ComponentChildren } from 'preact';
import type { ApiRequestError } from '../api.js';
import { filterLabel } from '../filters.js';

export function Loading({ what }: { what: string }) {
  return (
    <p class="status status-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ error, what }: { error: ApiRequestError; what: string }) {
  const title =
    error.status === 404
      ? `Not found: ${what}`
      : error.code === 'network'
        ? 'The server cannot be reached'
        : error.status >= 400 && error.status < 500
          ? error.parameter
            ? `The filter “${filterLabel(error.parameter)}” was not accepted`
            : `The request for ${what} was not accepted`
          : `Could not load ${what}`;
  return (
    <div class="status status-error" role="alert">
      <p class="status-title">{title}</p>
      <p>{error.message}</p>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return (
    <p class="status status-empty" role="status">
      {children}
    </p>
  );
}
