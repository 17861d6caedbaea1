// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, resetFakeElectron } from './fake-electron';
import {
  clampToDisplays,
  defaultWindowState,
  readWindowState,
  trackWindowState,
  writeWindowState,
} from '../../electron/main/window-state';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 984 };

describe('clampToDisplays', () => {
  it('keeps a window that is fully visible', () => {
    const state = { x: 100, y: 80, width: 1200, height: 800, isMaximized: false };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  it('keeps a window on a second monitor that is still attached', () => {
    const state = { x: 2000, y: 40, width: 1100, height: 700, isMaximized: true };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  it('pulls a half-off-screen window fully onto the display it mostly covers', () => {
    const state = { x: 1500, y: -200, width: 1200, height: 800, isMaximized: false };
    expect(clampToDisplays(state, [primary])).toEqual({
      x: 720,
      y: 0,
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });

  it('drops the position of a window left on a monitor that is gone, and shrinks it to fit', () => {
    const state = { x: 2500, y: 100, width: 2400, height: 1400, isMaximized: false };
    expect(clampToDisplays(state, [primary])).toEqual({ width: 1920, height: 1040, isMaximized: false });
  });

  it('copes with no display information at all', () => {
    const state = { x: 5, y: 5, width: 1200, height: 800, isMaximized: false };
    expect(clampToDisplays(state, [])).toEqual({ width: 1200, height: 800, isMaximized: false });
  });
});

describe('reading and writing window-state.json', () => {
  let dir: string;
  beforeEach(() => {
    resetFakeElectron();
    dir = mkdtempSync(join(tmpdir(), 'desk-state-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['missing', null],
    ['not JSON', '{{{'],
    ['wrong types', '{"width":"1200","height":800}'],
    ['absurd size', '{"width":5,"height":5}'],
    ['an array', '[1,2,3]'],
  ])('falls back to defaults when the file is %s', (_label, content) => {
    const file = join(dir, 'window-state.json');
    if (content !== null) writeFileSync(file, content);
    expect(readWindowState(file)).toEqual(defaultWindowState());
  });

  it('round-trips a saved state', () => {
    const file = join(dir, 'window-state.json');
    const state = { x: -1200, y: 10, width: 1150, height: 720, isMaximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('does not throw when the folder is not writable', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() =>
      writeWindowState(join(dir, 'missing', 'deeper', 'state.json'), defaultWindowState()),
    ).not.toThrow();
    expect(warn).toHaveBeenCalled();
  });

  it('saves debounced on move/resize and at once on close', () => {
    vi.useFakeTimers();
    const file = join(dir, 'window-state.json');
    const window = new fakeElectron.BrowserWindow({ x: 10, y: 20, width: 1200, height: 800 });
    trackWindowState(window as unknown as BrowserWindow, file);

    window.bounds = { x: 30, y: 40, width: 1200, height: 800 };
    window.emit('move');
    window.emit('resize');
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 30,
      y: 40,
      width: 1200,
      height: 800,
      isMaximized: false,
    });

    window.bounds = { x: 50, y: 60, width: 1300, height: 900 };
    window.maximized = true;
    window.emit('resize');
    window.close();
    expect(readWindowState(file)).toEqual({ x: 50, y: 60, width: 1300, height: 900, isMaximized: true });
    // The pending debounced save was cancelled and cannot touch a destroyed window.
    expect(() => vi.runAllTimers()).not.toThrow();
  });
});
