import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, type ReactNode } from 'react';
import { deskTheme } from './theme';
import { usePrefersReducedMotion } from './use-reduced-motion';

/** antd's motion durations when the system asks for less motion (see DeskConfig). */
const INSTANT = { motionDurationFast: '0.01s', motionDurationMid: '0.01s', motionDurationSlow: '0.01s' };

/**
 * antd's theme, locale and message/modal context for the whole desk. The static first-screen sheet is
 * made under this same provider (see FirstScreenSample.tsx), so its styles' cache paths match the app's.
 */
export function DeskConfig({ children }: { children: ReactNode }) {
  const reducedMotion = usePrefersReducedMotion();
  // Zooming dialogs and sliding messages can make people with vestibular disorders unwell, and the
  // system's setting is how they say so (WCAG 2.3.3). antd's motion stays on, every step of it lasting
  // 10 ms, less than a frame: with `motion: false` antd mounts a dialog while it is still hidden, and a
  // field's autoFocus is lost; at 0 s a closed dialog never leaves the page.
  const { theme, wave } = useMemo(
    () => ({
      theme: reducedMotion ? { ...deskTheme, token: { ...deskTheme.token, ...INSTANT } } : deskTheme,
      wave: { disabled: reducedMotion },
    }),
    [reducedMotion],
  );
  // No auto-inserted space in two-character buttons ("保 存"): it would change their accessible names.
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }} wave={wave}>
      <AntApp style={{ height: '100%' }}>{children}</AntApp>
    </ConfigProvider>
  );
}
