/** The choice every aggregate view offers: group the sides of a dyad by country or by full actor code. */
import type { Level } from '../api.js';

export interface LevelChoiceProps {
  legend: string;
  /** The radio group's name (unique on the page). */
  name: string;
  level: Level;
  onChange: (level: Level) => void;
}

export function LevelChoice({ legend, name, level, onChange }: LevelChoiceProps) {
  return (
    <fieldset class="segmented">
      <legend>{legend}</legend>
      {(['country', 'actor'] as const).map((l) => (
        <label key={l} class="check">
          <input type="radio" name={name} value={l} checked={l === level} onChange={() => onChange(l)} />
          {l === 'country' ? 'countries' : 'actor codes'}
        </label>
      ))}
    </fieldset>
  );
}
