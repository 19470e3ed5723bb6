/** A text input for an actor code that suggests actors from `/api/actors?q=` as the user types. */
import { useEffect, useState } from 'preact/hooks';
import type { ActorSummary } from '../../../src/api/api-types.js';
import { api } from '../api.js';

interface ActorInputProps {
  id: string;
  value: string;
  onInput: (value: string) => void;
  testid: string;
  describedBy?: string;
  placeholder?: string;
}

export function ActorInput({ id, value, onInput, testid, describedBy, placeholder }: ActorInputProps) {
  const [suggestions, setSuggestions] = useState<ActorSummary[]>([]);
  const listId = `${id}-suggestions`;
  useEffect(() => {
    const q = value.trim();
    if (!q) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.actors(q, 12, controller.signal).then(
        (list) => setSuggestions(list.actors),
        // Suggestions are a convenience: when they fail, the input still works.
        () => setSuggestions([]),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);
  return (
    <>
      <input
        id={id}
        type="text"
        list={listId}
        autocomplete="off"
        spellcheck={false}
        value={value}
        placeholder={placeholder}
        aria-describedby={describedBy}
        data-testid={testid}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <datalist id={listId}>
        {suggestions.map((a) => (
          <option key={a.code} value={a.code}>
            {`${a.name ?? a.code}${a.country && a.country !== a.code ? ` (${a.country})` : ''} · ${a.events} events`}
          </option>
        ))}
      </datalist>
    </>
  );
}
