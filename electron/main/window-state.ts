import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
const SAVE_DELAY_MS = 500;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  isMaximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const defaultWindowState = (): WindowState => ({ width: 1280, height: 800, isMaximized: false });

/** Never throws: a missing, unreadable or hand-edited file just means default placement. */
export const readWindowState = (file: string): WindowState => {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : defaultWindowState();
  } catch {
    return defaultWindowState();
  }
};

const overlapArea = (a: Rectangle, b: Rectangle): number => {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
};

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

/**
 * Keeps the window on a screen that exists now: a monitor unplugged since the last run must not leave
 * the desk with an invisible window. `workAreas[0]` should be the primary display's, used as fallback.
 */
export const clampToDisplays = (state: WindowState, workAreas: readonly Rectangle[]): WindowState => {
  const primary = workAreas[0];
  if (!primary) return { width: state.width, height: state.height, isMaximized: state.isMaximized };

  const fitSize = (area: Rectangle) => ({
    width: Math.min(state.width, area.width),
    height: Math.min(state.height, area.height),
  });
  if (state.x === undefined || state.y === undefined) {
    return { ...fitSize(primary), isMaximized: state.isMaximized };
  }

  const rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(rect, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  // Entirely off every screen: let Electron centre it on the primary display.
  if (!best) return { ...fitSize(primary), isMaximized: state.isMaximized };

  const size = fitSize(best);
  return {
    ...size,
    x: clamp(state.x, best.x, best.x + best.width - size.width),
    y: clamp(state.y, best.y, best.y + best.height - size.height),
    isMaximized: state.isMaximized,
  };
};

/** Write-then-rename so a crash mid-write cannot leave half a file behind. */
export const writeWindowState = (file: string, state: WindowState): void => {
  try {
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(state), 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    // Losing the window position is harmless; crashing the desk over it is not.
    console.warn('窗口位置未能保存', error);
  }
};

const snapshot = (window: BrowserWindow): WindowState => {
  // Normal bounds, so a maximized window still remembers where to go when un-maximized.
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, isMaximized: window.isMaximized() };
};

/** Saves on resize/move (debounced) and synchronously on close, before the process may exit. */
export const trackWindowState = (window: BrowserWindow, file: string): void => {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (!window.isDestroyed()) writeWindowState(file, snapshot(window));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
};
