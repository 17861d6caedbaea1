// Node side of the documents bench: 500 certificates to one PDF through the app's print route
// (Chromium's page.pdf(), the same engine as Electron's printToPDF) against pdfme's generate() on the
// same 500 records and the same layout. Imported by ../run.mjs; returns rows for its table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, loadConfigFromFile, preview } from 'vite';

const PORT = 5197;
const NAMES = ['李华', '王芳', '陈明', '林晓燕', '黄志强', '吴婧', '郑喆', '刘洋', '张伟', '赵敏'];
const REASON = '在2026年度新时代文明实践志愿服务工作中表现突出';
const CENTER = '鼓楼区新时代文明实践中心';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** pdfme's template for the built-in A4 landscape 荣誉证书 (positions in mm, as in shared/documents/defaults.ts). */
function pdfmeTemplate() {
  const t = (name, x, y, width, height, fontSize, alignment = 'left', fontColor = '#1f1f1f') => ({
    name,
    type: 'text',
    position: { x, y },
    width,
    height,
    fontSize,
    alignment,
    fontColor,
    fontName: 'NotoSerifSC',
    lineHeight: 1.6,
  });
  return {
    basePdf: { width: 297, height: 210, padding: [0, 0, 0, 0] },
    schemas: [
      [
        t('title', 20, 28, 257, 20, 44, 'center', '#b22222'),
        t('recipient', 42, 70, 213, 12, 22),
        t('reason', 42, 86, 213, 30, 20),
        t('closing', 42, 124, 213, 12, 20),
        t('issuer', 150, 152, 110, 10, 16, 'center'),
        t('date', 150, 163, 110, 10, 16, 'center'),
        t('number', 24, 184, 120, 8, 10),
      ],
    ],
  };
}

const certificates = (count) =>
  Array.from({ length: count }, (_, i) => ({
    title: '荣誉证书',
    recipient: `${NAMES[i % NAMES.length]}同志：`,
    reason: `\u3000\u3000${REASON}，被评为“优秀志愿者”。`,
    closing: '\u3000\u3000特发此证，以资鼓励。',
    issuer: CENTER,
    date: '二〇二六年十一月二十二日',
    number: `证书编号：RY-2026-${String(i + 1).padStart(5, '0')}`,
  }));

/** pdfme needs the font bytes: the GB 2312 cut of Noto Serif SC that @fontsource ships as one WOFF file. */
function fontBytes(projectRoot) {
  const require = createRequire(join(projectRoot, 'package.json'));
  const css = require.resolve('@fontsource/noto-serif-sc/400.css');
  return readFileSync(join(css, '../files/noto-serif-sc-chinese-simplified-400-normal.woff'));
}

async function runPdfme(projectRoot, runs, count) {
  const { generate } = await import('@pdfme/generator');
  const { text } = await import('@pdfme/schemas');
  const data = fontBytes(projectRoot);
  const times = [];
  let size = 0;
  for (let r = 0; r < runs; r += 1) {
    const t = performance.now();
    const pdf = await generate({
      template: pdfmeTemplate(),
      inputs: certificates(count),
      options: { font: { NotoSerifSC: { data, fallback: true } } },
      plugins: { text },
    });
    times.push(performance.now() - t);
    size = pdf.byteLength;
  }
  return { ms: median(times), size };
}

async function runPrintRoute({ chromium, executablePath, args, projectRoot, runs, count }) {
  const outDir = join(projectRoot, 'out/bench-web');
  // The web build as users get it; BENCH_WEB_CONFIG may name another config file (local experiments).
  const file = join(projectRoot, process.env.BENCH_WEB_CONFIG ?? 'vite.web.config.ts');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, file);
  if (!loaded) throw new Error(`cannot load ${file}`);
  const config = {
    ...loaded.config,
    configFile: false,
    logLevel: 'warn',
    build: { ...loaded.config.build, outDir, emptyOutDir: true },
  };
  await build(config);
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
  const browser = await chromium.launch({ executablePath, args });
  try {
    const times = [];
    let size = 0;
    for (let r = 0; r < runs; r += 1) {
      const page = await browser.newPage();
      const t = performance.now();
      await page.goto(
        `http://127.0.0.1:${PORT}/#/print/documents?sample=${count}&template=builtin:honour-a4`,
      );
      await page.waitForFunction(
        () => document.documentElement.getAttribute('data-print-ready') === 'true',
        null,
        {
          timeout: 300_000,
        },
      );
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (process.env.BENCH_KEEP_PDF)
        (await import('node:fs')).writeFileSync(process.env.BENCH_KEEP_PDF, pdf);
      times.push(performance.now() - t);
      size = pdf.byteLength;
      await page.close();
    }
    return { ms: median(times), size };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Rows for the bench table: print route vs pdfme, 500 certificates each (fewer in --quick), with PDF sizes. */
export async function documentsBench({
  chromium,
  executablePath,
  args,
  projectRoot,
  runs = 3,
  count = 500,
  skipPdfme = false,
}) {
  const route = await runPrintRoute({ chromium, executablePath, args, projectRoot, runs, count });
  const pdfme =
    skipPdfme || process.env.BENCH_SKIP_PDFME
      ? { ms: 1, size: 0 }
      : await runPdfme(projectRoot, Math.min(runs, 2), count);
  const mb = (n) => (n / 1024 / 1024).toFixed(2);
  return [
    {
      name: `${count} certificates → one PDF via print route + page.pdf() (${mb(route.size)} MB; target < 2 MB)`,
      ms: route.ms,
      reference: { name: `pdfme generate() same ${count} (${mb(pdfme.size)} MB)`, ms: pdfme.ms },
      // At least 5x faster than pdfme (issue 14).
      targetRatio: 1 / 5,
      sizeOk: route.size < 2 * 1024 * 1024,
    },
  ];
}
