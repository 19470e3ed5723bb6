/** An actor as a code and its name: `VNMGOV` Tô Lâm. */
import type { CodedActor } from '../../../src/api/api-types.js';

export function ActorLabel({ actor }: { actor: CodedActor | null }) {
  if (!actor) return <span class="muted">—</span>;
  return (
    <span class="actor">
      <code class="code">{actor.code}</code>
      {actor.name && actor.name !== actor.code ? <span class="actor-name"> {actor.name}</span> : null}
    </span>
  );
}

export function EventCode({ code, name }: { code: string; name: string }) {
  return (
    <span class="event-code">
      <code class="code">{code}</code> {name}
    </span>
  );
}
