import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { SCREENS } from './screens';

/** Alt+1 … Alt+9 and Alt+0 open the screens (see SCREENS), from anywhere, including inside a text field. */
export function useScreenShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // event.code, not event.key: with Alt held some layouts and IMEs report another character.
      const digit = /^Digit(\d)$/.exec(event.code)?.[1] ?? /^Numpad(\d)$/.exec(event.code)?.[1];
      const screen = SCREENS.find((s) => s.shortcut === digit);
      if (!screen) return;
      event.preventDefault();
      void navigate(screen.path);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
