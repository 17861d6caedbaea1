import { beforeAll, describe, expect, it, vi } from 'vitest';

const SHEET = '../../renderer/src/styles/antd-first-screen.css';

let sheet = '';

/**
 * antd's styles for the first screen's components, as the desk's provider makes them, with their cache
 * paths. Made as in the built app: antd's class names carry a `dev-only` prefix outside production, fixed
 * when its style module loads, so that module (and antd) load under production first. The test's JSX
 * still loads React's development runtime, as vitest compiles it for.
 */
async function firstScreenSheet(): Promise<string> {
  vi.stubEnv('NODE_ENV', 'production');
  const { createCache, extractStyle, StyleProvider } = await import('@ant-design/cssinjs');
  await import('antd');
  vi.unstubAllEnvs();
  const [{ createElement }, { renderToString }, sample] = await Promise.all([
    import('react'),
    import('react-dom/server'),
    import('../../renderer/src/styles/FirstScreenSample'),
  ]);
  const cache = createCache();
  renderToString(createElement(StyleProvider, { cache }, createElement(sample.FirstScreenSample)));
  return extractStyle(cache, { types: 'style', plain: true });
}

/** The `path:hash` entries of the sheet's cache-path map: what antd skips generating when it finds them. */
function cachePaths(sheet: string): string[] {
  const map = /\.data-ant-cssinjs-cache-path\{content:"([^"]*)";\}/.exec(sheet)?.[1] ?? '';
  return map.split(';').filter(Boolean);
}

describe('the static sheet of the first screen', () => {
  beforeAll(async () => {
    sheet = await firstScreenSheet();
  });

  // Regenerate when this fails after an antd update or a change to DeskConfig (this file alone):
  // `npx vitest run tests/unit/first-screen-styles.test.ts --update`. With `-u <path>`, vitest 4 reads the
  // path as the update mode and runs the whole suite.
  it('is what antd makes today for the desk theme', async () => {
    await expect(sheet).toMatchFileSnapshot(SHEET);
  });

  it('lets the shell, 今日概览 and the lock screen start without generating their styles', () => {
    const components = cachePaths(sheet).map((entry) => entry.split('|')[1]);
    expect(components).toEqual(
      expect.arrayContaining([
        'Layout-Layout',
        'Layout-Sider',
        'Typography-Typography',
        'Button-Button',
        'Card-Card',
        'Statistic-Statistic',
        'Skeleton-Skeleton',
        'Form-Form',
        'Input-Component',
        'Alert-Alert',
      ]),
    );
  });

  it('leaves dialogs to antd at runtime, motion included', () => {
    const components = cachePaths(sheet).map((entry) => entry.split('|')[1]);
    expect(components).toContain('Button-Button');
    expect(components).not.toContain('Modal-Modal');
  });
});
