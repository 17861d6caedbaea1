import {
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  FlagOutlined,
  TrophyOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ActivitiesScreen } from '../features/activities/ActivitiesScreen';
import { HonoursScreen } from '../features/honours/HonoursScreen';
import { OrdersScreen } from '../features/orders/OrdersScreen';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { RoomsScreen } from '../features/rooms/RoomsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { VolunteersScreen } from '../features/volunteers/VolunteersScreen';

/** One screen of the desk: where it lives, what it is called, and its Alt+digit shortcut. */
export interface ScreenDef {
  path: string;
  title: string;
  icon: ReactNode;
  /** The digit that, with Alt, opens the screen. */
  shortcut: string;
  element: ReactNode;
}

/** Menu order is shortcut order: the busiest screens get the lowest digits. */
export const SCREENS: readonly ScreenDef[] = [
  { path: '/', title: '今日概览', icon: <DashboardOutlined />, shortcut: '1', element: <OverviewScreen /> },
  { path: '/rooms', title: '场地预约', icon: <CalendarOutlined />, shortcut: '2', element: <RoomsScreen /> },
  {
    path: '/volunteers',
    title: '志愿者',
    icon: <TeamOutlined />,
    shortcut: '3',
    element: <VolunteersScreen />,
  },
  {
    path: '/activities',
    title: '活动记录',
    icon: <FlagOutlined />,
    shortcut: '4',
    element: <ActivitiesScreen />,
  },
  {
    path: '/orders',
    title: '服务单',
    icon: <CarryOutOutlined />,
    shortcut: '5',
    element: <OrdersScreen />,
  },
  {
    path: '/documents',
    title: '证书与感谢信',
    icon: <FileTextOutlined />,
    shortcut: '6',
    element: <DocumentsScreen />,
  },
  {
    path: '/honours',
    title: '评选表彰',
    icon: <TrophyOutlined />,
    shortcut: '7',
    element: <HonoursScreen />,
  },
  {
    path: '/reports',
    title: '统计报表',
    icon: <BarChartOutlined />,
    shortcut: '8',
    element: <ReportsScreen />,
  },
  { path: '/settings', title: '设置', icon: <SettingOutlined />, shortcut: '9', element: <SettingsScreen /> },
];

/** The screen a router path belongs to, sub-pages included (unknown paths fall back to 今日概览). */
export function screenFor(pathname: string): ScreenDef {
  const found = SCREENS.find(
    (s) => s.path !== '/' && (pathname === s.path || pathname.startsWith(`${s.path}/`)),
  );
  return found ?? (SCREENS[0] as ScreenDef);
}

export const APP_NAME = '文明实践前台';
