import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router-dom';
import { DeskConfig } from '../styles/DeskConfig';
import { DeskProvider } from './DeskProvider';
import { DeskLayout } from './DeskLayout';
import { SCREENS } from './screens';

dayjs.locale('zh-cn');

// Printing loads every print kind (the report's charts among them): its own chunk, for the print window.
const PrintRoute = lazy(() =>
  import('../features/print/PrintRoute').then((module) => ({ default: module.PrintRoute })),
);

// A hash router: Electron serves the app as app://desk/index.html and a path-based URL would not
// resolve to that file on reload.
const router = createHashRouter([
  {
    path: '/',
    element: <DeskLayout />,
    children: SCREENS.map((screen) =>
      screen.path === '/'
        ? { index: true, element: screen.element }
        : // A screen may have sub-pages (e.g. a volunteer's profile); it routes them itself.
          { path: `${screen.path.slice(1)}/*`, element: screen.element },
    ),
  },
  // Printable pages, outside the shell: Electron's hidden print window and web mode's print tab load it.
  {
    path: '/print/:job',
    element: (
      <Suspense fallback={null}>
        <PrintRoute />
      </Suspense>
    ),
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

/** Providers in order: theme and locale, antd's message/modal context, the database, then routing. */
export function Root() {
  return (
    <DeskConfig>
      <DeskProvider>
        <RouterProvider router={router} />
      </DeskProvider>
    </DeskConfig>
  );
}
