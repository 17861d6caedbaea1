import { useEffect } from 'react';

/** True when a key press belongs to a text field, a dialog or a drawer, not to the board. */
function typingOrDialog(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.closest(
      'input, textarea, select, [contenteditable="true"], [role="dialog"], .ant-select, .ant-picker',
    )
  )
    return true;
  return document.querySelector('.ant-drawer-open, .ant-modal-wrap:not([style*="display: none"])') !== null;
}

/**
 * Board keys: ← / → previous and next day (also PageUp / PageDown), T today, N new booking. Ignored
 * while typing or with a dialog open, and with Ctrl/Alt/Meta held (Alt+digit switches screens).
 */
export function useDayKeys(handlers: { prev(): void; next(): void; today(): void; create(): void }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || typingOrDialog(e.target)) return;
      const action =
        e.key === 'ArrowLeft' || e.key === 'PageUp'
          ? handlers.prev
          : e.key === 'ArrowRight' || e.key === 'PageDown'
            ? handlers.next
            : e.key === 't' || e.key === 'T'
              ? handlers.today
              : e.key === 'n' || e.key === 'N'
                ? handlers.create
                : null;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
