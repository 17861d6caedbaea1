import { Flex, Layout, Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import type { CenterProfile } from '@shared/model';
import { formatDateCn } from '@shared/time/center-time';
import { SwitchUser } from '../features/staff/SwitchUser';
import { ScreenBoundary, ScreenLoading } from './ScreenBoundary';
import { DeskNav } from './DeskNav';
import { APP_NAME, screenFor } from './screens';
import { useClockTime, useTodayKey } from './use-clock';
import { useScreenShortcuts } from './use-screen-shortcuts';
import './app-shell.css';

const { Sider, Header, Content } = Layout;

/** The frame around every screen: center name and navigation on the left, title and clock on top. */
export function AppShell({ profile }: { profile: CenterProfile | undefined }) {
  const { pathname } = useLocation();
  const screen = screenFor(pathname);
  const today = useTodayKey();
  const time = useClockTime();
  useScreenShortcuts();

  useEffect(() => {
    document.title = `${screen.title} - ${APP_NAME}`;
  }, [screen.title]);

  return (
    <Layout className="desk-shell">
      <Sider width={224} className="desk-sider">
        <div className="desk-brand">
          <div className="desk-brand-name" title={profile?.name}>
            {profile?.name ?? APP_NAME}
          </div>
          <div className="desk-brand-sub">
            {profile ? `${profile.level} · ${APP_NAME}` : '尚未设置中心信息'}
          </div>
        </div>
        <DeskNav current={screen} />
      </Sider>
      <Layout>
        <Header className="desk-header">
          <Typography.Title level={1} className="desk-title">
            {screen.title}
          </Typography.Title>
          <Flex align="center" gap={16} className="desk-clock">
            <SwitchUser />
            <span>{formatDateCn(today)}</span>
            <time className="desk-clock-time tabular" aria-label="当前时间">
              {time}
            </time>
          </Flex>
        </Header>
        {/* antd's Content is the page's one <main>: a <main> inside it made two, one nested. */}
        <Content className="desk-content">
          <ScreenBoundary key={screen.path} title={screen.title} location={pathname}>
            <Suspense fallback={<ScreenLoading title={screen.title} />}>
              <Outlet />
            </Suspense>
          </ScreenBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
