import {
  ApartmentOutlined,
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
import { lazy, type ComponentType, type ReactNode } from 'react';
import { OverviewScreen } from '../features/overview/OverviewScreen';

/**
 * Every screen but the first is its own chunk, loaded when first opened: one bundle of every screen
 * (charts and spreadsheets included) made the desk's start wait for code the morning page never runs.
 */
function lazyScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactNode {
  const Screen = lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })));
  return <Screen />;
}

/** One screen of the desk: where it lives, what it is called, and its Alt+digit shortcut. */
export interface ScreenDef {
  path: string;
  title: string;
  icon: ReactNode;
  /** The digit that, with Alt, opens the screen. */
  shortcut: string;
  element: ReactNode;
}

/**
 * Menu order is shortcut order: the busiest screens get the lowest digits. 区级任务 came after the nine
 * digits were taken and has Alt+0, placed before 设置 so 设置 stays last and keeps Alt+9.
 */
export const SCREENS: readonly ScreenDef[] = [
  { path: '/', title: '今日概览', icon: <DashboardOutlined />, shortcut: '1', element: <OverviewScreen /> },
  {
    path: '/rooms',
    title: '场地预约',
    icon: <CalendarOutlined />,
    shortcut: '2',
    element: lazyScreen(() => import('../features/rooms/RoomsScreen'), 'RoomsScreen'),
  },
  {
    path: '/volunteers',
    title: '志愿者',
    icon: <TeamOutlined />,
    shortcut: '3',
    element: lazyScreen(() => import('../features/volunteers/VolunteersScreen'), 'VolunteersScreen'),
  },
  {
    path: '/activities',
    title: '活动记录',
    icon: <FlagOutlined />,
    shortcut: '4',
    element: lazyScreen(() => import('../features/activities/ActivitiesScreen'), 'ActivitiesScreen'),
  },
  {
    path: '/orders',
    title: '服务单',
    icon: <CarryOutOutlined />,
    shortcut: '5',
    element: lazyScreen(() => import('../features/orders/OrdersScreen'), 'OrdersScreen'),
  },
  {
    path: '/documents',
    title: '证书与感谢信',
    icon: <FileTextOutlined />,
    shortcut: '6',
    element: lazyScreen(() => import('../features/documents/DocumentsScreen'), 'DocumentsScreen'),
  },
  {
    path: '/honours',
    title: '评选表彰',
    icon: <TrophyOutlined />,
    shortcut: '7',
    element: lazyScreen(() => import('../features/honours/HonoursScreen'), 'HonoursScreen'),
  },
  {
    path: '/reports',
    title: '统计报表',
    icon: <BarChartOutlined />,
    shortcut: '8',
    element: lazyScreen(() => import('../features/reports/ReportsScreen'), 'ReportsScreen'),
  },
  {
    path: '/district-tasks',
    title: '区级任务',
    icon: <ApartmentOutlined />,
    shortcut: '0',
    element: lazyScreen(
      () => import('../features/district-tasks/DistrictTasksScreen'),
      'DistrictTasksScreen',
    ),
  },
  {
    path: '/settings',
    title: '设置',
    icon: <SettingOutlined />,
    shortcut: '9',
    element: lazyScreen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen'),
  },
];

/** The screen a router path belongs to, sub-pages included (unknown paths fall back to 今日概览). */
export function screenFor(pathname: string): ScreenDef {
  const found = SCREENS.find(
    (s) => s.path !== '/' && (pathname === s.path || pathname.startsWith(`${s.path}/`)),
  );
  return found ?? (SCREENS[0] as ScreenDef);
}

export const APP_NAME = '文明实践前台';
