import { Tabs } from 'antd';
import { useCallback } from 'react';
import { Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { isValidDateKey } from '@shared/time/center-time';
import { useTodayKey } from '../../app/use-clock';
import { BookingDrawers } from './BookingDrawers';
import { ClosuresPage } from './ClosuresPage';
import { DayPage } from './DayPage';
import { ListPage } from './ListPage';
import { OrganisationsPage } from './OrganisationsPage';
import { RoomsManagePage } from './RoomsManagePage';
import { useStatusSweep } from './use-status-sweep';
import { UtilisationPage } from './UtilisationPage';
import { WeekPage } from './WeekPage';

const TABS = [
  { key: '', label: '日视图' },
  { key: 'week', label: '周视图' },
  { key: 'list', label: '预约列表' },
  { key: 'manage', label: '场地' },
  { key: 'organisations', label: '单位' },
  { key: 'closures', label: '闭馆日' },
  { key: 'utilisation', label: '使用率' },
] as const;

/** 场地预约: the day board, a room's week, the list, and the rooms, units, closures and utilisation. */
export function RoomsScreen() {
  const today = useTodayKey();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sub = pathname.replace(/^\/rooms\/?/, '').split('/')[0] ?? '';
  // The day lives in the URL so a reload (or Alt+2 from elsewhere and back) keeps the chosen date.
  const [params, setParams] = useSearchParams();
  const requested = params.get('date');
  const day = requested && isValidDateKey(requested) ? requested : today;
  const setDay = useCallback(
    (next: string) => {
      setParams(
        (p) => {
          const q = new URLSearchParams(p);
          if (next === today) q.delete('date');
          else q.set('date', next);
          return q;
        },
        { replace: true },
      );
    },
    [setParams, today],
  );
  useStatusSweep();
  const query = requested ? `?date=${requested}` : '';

  return (
    <BookingDrawers>
      <Tabs
        activeKey={sub}
        onChange={(key) =>
          void navigate(`/rooms${key ? `/${key}` : ''}${key === '' || key === 'week' ? query : ''}`)
        }
        items={TABS.map((t) => ({ key: t.key, label: t.label }))}
        style={{ marginBottom: 4 }}
      />
      <Routes>
        <Route index element={<DayPage day={day} today={today} setDay={setDay} />} />
        <Route path="week" element={<WeekPage day={day} today={today} setDay={setDay} />} />
        <Route path="list" element={<ListPage today={today} />} />
        <Route path="manage" element={<RoomsManagePage />} />
        <Route path="organisations" element={<OrganisationsPage />} />
        <Route path="closures" element={<ClosuresPage today={today} />} />
        <Route path="utilisation" element={<UtilisationPage today={today} />} />
      </Routes>
    </BookingDrawers>
  );
}
