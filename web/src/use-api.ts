/**
 * Loads data for a view: `{state: 'loading' | 'ok' | 'error'}`. A new request aborts the previous one, so a slow
 * answer to old filters never replaces the answer to the new ones.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiRequestError } from './api.js';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T }
  | { state: 'error'; error: ApiRequestError };

export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ state: 'ok', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
    // `deps` (given by the caller) lists what the request depends on.
  }, deps);
  return result;
}

export function toApiError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiRequestError(`Something went wrong in the page: ${message}. Reload the page to try again.`, 0, 'client');
}
