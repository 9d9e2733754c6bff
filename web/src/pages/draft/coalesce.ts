export interface Coalesced {
  /** Another event of the burst. */
  poke(): void;
  /** Forgets the burst under way: nothing runs. */
  cancel(): void;
}

/**
 * Runs `run` once per burst of events: `quietMs` after the burst's last event, but at the latest
 * `maxWaitMs` after its first, so a steady stream of events cannot postpone it for ever.
 */
export function coalesce(run: () => void, { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number }): Coalesced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: number | undefined;
  const fire = () => {
    timer = undefined;
    deadline = undefined;
    run();
  };
  return {
    poke() {
      const now = Date.now();
      deadline ??= now + maxWaitMs;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.min(quietMs, deadline - now));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      deadline = undefined;
    },
  };
}
