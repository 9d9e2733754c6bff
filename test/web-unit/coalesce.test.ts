import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '../../web/src/pages/draft/coalesce.ts';

// A draft page refetches once per burst of live events: after a quiet moment, and never later than
// the longest wait after the burst's first event, however steadily events keep coming.

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('coalesce', () => {
  it('runs once, a quiet moment after the last of close events', () => {
    const run = vi.fn();
    const burst = coalesce(run, { quietMs: 250, maxWaitMs: 1000 });
    burst.poke();
    vi.advanceTimersByTime(200);
    burst.poke();
    vi.advanceTimersByTime(249);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at most the longest wait after the first event of a steady stream, then starts a new burst', () => {
    const run = vi.fn();
    const burst = coalesce(run, { quietMs: 250, maxWaitMs: 1000 });
    for (let t = 0; t < 1000; t += 100) {
      burst.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
    burst.poke();
    vi.advanceTimersByTime(249);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs nothing once cancelled', () => {
    const run = vi.fn();
    const burst = coalesce(run, { quietMs: 250, maxWaitMs: 1000 });
    burst.poke();
    burst.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
