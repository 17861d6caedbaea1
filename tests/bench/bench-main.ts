import type { Measure } from './measure';

declare global {
  interface Window {
    __benchResult?: { measures: Measure[] } | { error: string };
  }
}

/** Each file in scenarios/ exports `run(params)`; they run one after another, in file-name order. */
const scenarios = import.meta.glob<{ run: (params: URLSearchParams) => Promise<Measure[]> }>(
  './scenarios/*.ts',
);

// --quick: every size small enough that the whole bench runs in CI in a minute or two.
const QUICK_SIZES: Record<string, string> = {
  activities: '200',
  records: '3000',
  volunteers: '2000',
  photos: '2',
  bookings: '1000',
  rooms: '5',
  export: '1000',
  orders: '500',
  import: '1000',
  // The first pull of volunteers from a desk's mirror (scenarios/sync-pull.ts).
  pull: '300',
  loops: '3',
  // The district build (scenarios/district.ts): 0.5% of a district.
  scale: '0.005',
};

async function runAll(): Promise<Measure[]> {
  const params = new URLSearchParams(location.search);
  if (params.get('quick') === '1') {
    for (const [name, size] of Object.entries(QUICK_SIZES)) if (!params.has(name)) params.set(name, size);
  }
  const only = params.get('only');
  // run.mjs opens one page per scenario, each on a fresh profile (see tests/bench/node/in-page.mjs).
  const one = params.get('scenario');
  const measures: Measure[] = [];
  for (const path of Object.keys(scenarios).sort()) {
    if (one ? path !== `./scenarios/${one}` : only && !path.includes(only)) continue;
    const load = scenarios[path];
    if (!load) continue;
    const scenario = await load();
    measures.push(...(await scenario.run(params)));
  }
  return measures;
}

runAll().then(
  (measures) => {
    window.__benchResult = { measures };
  },
  (error: unknown) => {
    window.__benchResult = {
      error: `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} (after: ${(globalThis as unknown as { benchPhase?: string }).benchPhase ?? 'start'})`,
    };
  },
);
