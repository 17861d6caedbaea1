import { Link } from 'react-router-dom';
import { SCREENS, type ScreenDef } from './screens';

/**
 * The desk's main navigation: one link a screen, the whole row clickable, the current one marked
 * `aria-current="page"`. Plain links rather than antd's Menu: a menu widget (arrow keys, role="menu") is
 * for commands, not for moving between pages, and it cost the desk's first frame ~15% of its render.
 */
export function DeskNav({ current }: { current: ScreenDef }) {
  return (
    <nav aria-label="主导航" className="desk-nav">
      <ul>
        {SCREENS.map((s) => (
          <li key={s.path}>
            <Link
              to={s.path}
              className="desk-nav-item"
              aria-current={s.path === current.path ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${s.shortcut}`}
            >
              <span className="desk-nav-icon" aria-hidden="true">
                {s.icon}
              </span>
              <span className="desk-nav-label">{s.title}</span>
              <span className="desk-shortcut" aria-hidden="true">
                Alt+{s.shortcut}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
