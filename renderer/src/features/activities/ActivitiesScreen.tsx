import { Route, Routes } from 'react-router-dom';
import { ActivityDetailPage } from './detail/ActivityDetailPage';
import { ActivityFormPage } from './form/ActivityFormPage';
import { ActivityListPage } from './list/ActivityListPage';

/** 活动记录: the list by period, a new activity, one activity's page and its edit form. At /activities/*. */
export function ActivitiesScreen() {
  return (
    <Routes>
      <Route index element={<ActivityListPage />} />
      <Route path="new" element={<ActivityFormPage />} />
      <Route path=":id" element={<ActivityDetailPage />} />
      <Route path=":id/edit" element={<ActivityFormPage />} />
    </Routes>
  );
}
