import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { deskTheme } from './theme';

/**
 * antd's theme, locale and message/modal context for the whole desk. The static first-screen sheet is
 * made under this same provider (see FirstScreenSample.tsx), so its styles' cache paths match the app's.
 */
export function DeskConfig({ children }: { children: ReactNode }) {
  // No auto-inserted space in two-character buttons ("保 存"): it would change their accessible names.
  return (
    <ConfigProvider locale={zhCN} theme={deskTheme} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }}>{children}</AntApp>
    </ConfigProvider>
  );
}
