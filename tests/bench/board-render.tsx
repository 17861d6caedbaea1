import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { layoutDay } from '@shared/booking/board-layout';
import type { Organisation } from '@shared/model';
import { DayBoard } from '../../renderer/src/features/rooms/DayBoard';
import { BookingEditorContext, type BookingEditor } from '../../renderer/src/features/rooms/booking-editor';

type DayLayout = ReturnType<typeof layoutDay>;

const idle: BookingEditor = {
  openNew: () => undefined,
  openWalkIn: () => undefined,
  openBooking: () => undefined,
  editBooking: () => undefined,
};

/** One React root in the bench page that renders the real day board component. */
export function boardRenderer(): {
  render(
    day: string,
    layout: DayLayout,
    orgs: Map<string, Organisation>,
  ): { buttons: number; reactMs: number };
  unmount(): void;
} {
  const host = document.createElement('div');
  host.style.width = '1280px';
  document.body.append(host);
  const root: Root = createRoot(host);
  return {
    /**
     * Renders synchronously and forces style and layout; returns how many booking blocks are on screen
     * and how long React's own render and commit took (the rest is the browser's style and layout).
     */
    render(day, layout, orgs) {
      const t = performance.now();
      flushSync(() =>
        root.render(
          <BookingEditorContext.Provider value={idle}>
            <DayBoard
              label="场地日视图"
              axis={layout.axis}
              rows={layout.rows.map((r) => ({ ...r, date: day }))}
              organisations={orgs}
              today={day}
              nowMinute={600}
            />
          </BookingEditorContext.Provider>,
        ),
      );
      const reactMs = performance.now() - t;
      // Reading a size makes the browser compute styles and layout now, inside the measured time.
      void host.getBoundingClientRect().height;
      return { buttons: host.querySelectorAll('button').length, reactMs };
    },
    unmount() {
      root.unmount();
      host.remove();
    },
  };
}
