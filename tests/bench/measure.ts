/** One row of the bench table. */
export interface Measure {
  name: string;
  /** Median of the runs, in milliseconds. */
  ms: number;
  /** What the measure is compared with, and its value in milliseconds (null: none). */
  reference: { name: string; ms: number } | null;
  /** The target ratio measure/reference must stay under, if the issue set one. */
  targetRatio: number | null;
  /**
   * A time in milliseconds the measure must stay under, where the issue sets one beside a reference kept
   * for comparison (a first pull of 126,000 volunteers: 2 minutes). Absent where the run's size is not the
   * one the target names.
   */
  targetMs?: number;
  note?: string;
  /**
   * Wall-clock window (Date.now) of work whose peak JS heap the runner reports in the note: it samples
   * the page's heap from outside (DevTools protocol), as a busy page cannot sample itself.
   */
  heapWindow?: { from: number; to: number };
  /** Whether the note also splits the window's CPU time between the center and Chromium's processes. */
  cpuSplit?: boolean;
  /** For a row that judges a size (a PDF, the first screen's JS): whether it is within its target. */
  sizeOk?: boolean;
  /** A scenario that threw: its row says so and the run fails (set by run.mjs). */
  failed?: boolean;
}

/** The median of `xs` (the upper one of an even count); NaN when empty. */
export function medianOf(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
}

/**
 * The time once the browser has produced its next frame (style, layout and paint included): rAF runs
 * before the frame's rendering, a message posted from it is handled after.
 */
export function afterNextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** Runs `fn` `runs` times and returns the median duration in milliseconds. */
export async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return medianOf(times);
}

/**
 * Runs each function once per round, in turns, `rounds` times, and returns each one's median duration
 * in milliseconds: measures compared with each other see the same moments of a busy machine.
 */
export async function interleavedMedians(rounds: number, fns: (() => Promise<unknown>)[]): Promise<number[]> {
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r += 1) {
    for (const [i, fn] of fns.entries()) {
      const t = performance.now();
      await fn();
      times[i]?.push(performance.now() - t);
    }
  }
  return times.map(medianOf);
}
