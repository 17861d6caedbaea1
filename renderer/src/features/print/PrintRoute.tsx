import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import './builtin-kinds';
import { printKind } from './registry';

const READY_ATTR = 'data-print-ready';

/** Resolves when every web font in use has loaded and every image on the page has decoded. */
async function assetsSettled(): Promise<void> {
  await document.fonts.ready;
  await Promise.all(
    [...document.images].map((img) =>
      img.complete ? Promise.resolve() : img.decode().catch(() => undefined),
    ),
  );
  // A font face requested by text laid out after the first check is loading now: wait for it too.
  await document.fonts.ready;
}

/**
 * `#/print/:job`: the printable pages of one job, outside the app shell. When the kind reports its data
 * on the page, it waits for fonts and images and then sets `data-print-ready` on <html> ("true", or
 * "error:<message>"), which Electron's print queue and the e2e tests wait for. With `autoprint=1`
 * (web mode) it opens the browser's print dialog itself.
 */
export function PrintRoute() {
  const { job = '' } = useParams();
  const [search] = useSearchParams();
  // A new job in the same window (hash change) starts over: new data, new ready signal.
  return <PrintJobView key={`${job}?${search.toString()}`} job={job} search={search} />;
}

function PrintJobView({ job, search }: { job: string; search: URLSearchParams }) {
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const def = printKind(job);
  const [error, setError] = useState<string | null>(def ? null : `未知的打印类别：${job}`);
  const signalled = useRef(false);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-mode');
    root.removeAttribute(READY_ATTR);
    document.title = def?.title ?? '打印';
    return () => {
      root.classList.remove('print-mode');
      root.removeAttribute(READY_ATTR);
    };
  }, [def]);

  useEffect(() => {
    if (error) document.documentElement.setAttribute(READY_ATTR, `error:${error}`);
  }, [error]);

  const onReady = useMemo(
    () => () => {
      if (signalled.current) return;
      signalled.current = true;
      void assetsSettled().then(() => {
        document.documentElement.setAttribute(READY_ATTR, 'true');
        if (params.get('autoprint') === '1') window.print();
      });
    },
    [params],
  );

  if (error || !def) {
    return (
      <main style={{ padding: 32 }}>
        <h1 style={{ fontSize: 18 }}>无法打印</h1>
        <p role="alert">{error}</p>
      </main>
    );
  }
  const Kind = def.component;
  return (
    <main aria-label={def.title}>
      <Kind params={params} onReady={onReady} onError={setError} />
    </main>
  );
}
