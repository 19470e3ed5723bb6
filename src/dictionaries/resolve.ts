/**
 * Which code a dictionary actor has on a date: the first dated code whose days cover it, else the undated default,
 * else none (the phrase names no actor then). With no date known, only the default applies.
 */
import type { DictActor } from './dictionary-schema.js';

export function dictCodeOn(actor: DictActor, date: string | null): string | null {
  if (date !== null) {
    const day = date.slice(0, 10);
    for (const c of actor.codes) {
      if (c.from === null && c.to === null) continue;
      if ((c.from === null || c.from <= day) && (c.to === null || day <= c.to)) return c.code;
    }
  }
  return actor.codes.find((c) => c.from === null && c.to === null)?.code ?? null;
}
