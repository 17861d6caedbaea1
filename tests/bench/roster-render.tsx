import '../../renderer/src/styles/global.css';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { DeskContext } from '../../renderer/src/app/desk-context';
import type { Repos } from '../../renderer/src/db';
import { RosterPage } from '../../renderer/src/features/volunteers/RosterPage';
import { deskTheme } from '../../renderer/src/styles/theme';
import { afterNextFrame } from './measure';

/**
 * The app's real 志愿者名册 (search box and table, antd theme, global CSS) mounted in the bench page, as
 * Root mounts it, over the given repositories. `type` sets the search box the way a key press does.
 */
export function rosterRenderer(repos: Repos) {
  const host = document.createElement('div');
  host.style.width = '1280px';
  document.body.append(host);
  const root = createRoot(host);
  root.render(
    <ConfigProvider locale={zhCN} theme={deskTheme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <DeskContext.Provider value={{ repos, status: { readOnly: false, deskId: 'bench' } }}>
          <MemoryRouter initialEntries={['/volunteers']}>
            <RosterPage />
          </MemoryRouter>
        </DeskContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  const rowKeys = () =>
    Array.from(
      host.querySelectorAll('tbody tr[data-row-key]'),
      (tr) => tr.getAttribute('data-row-key') ?? '',
    );
  const input = () => host.querySelector<HTMLInputElement>('input[placeholder^="姓名"]');
  return {
    rowKeys,
    /**
     * Resolves once the page shows its search box and the roster's first page, as the desk sees it
     * before typing: a key press before then waits behind the page's own first reads.
     */
    async ready(): Promise<void> {
      while (!input() || rowKeys().length === 0) await afterNextFrame();
    },
    /**
     * Types `value` into the search box and returns the milliseconds until the frame after the table
     * shows `expected` (the rows' ids, in order).
     */
    async type(value: string, expected: readonly string[]): Promise<number> {
      const box = input();
      if (!box) throw new Error('no search box');
      const done = new Promise<void>((resolve, reject) => {
        const matches = () => rowKeys().join() === expected.join();
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`search "${value}" did not render its ${expected.length} rows`));
        }, 10_000);
        const observer = new MutationObserver(() => {
          if (!matches()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe(host, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const start = performance.now();
      // React's onChange listens to 'input'; the value goes through the native setter as typing would.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, value);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      return (await afterNextFrame()) - start;
    },
    unmount() {
      root.unmount();
      host.remove();
    },
  };
}
