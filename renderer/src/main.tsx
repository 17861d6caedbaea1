// antd's styles for the first screen, made ahead (see FirstScreenSample): first, so the desk's own CSS
// wins at equal specificity, as it does over the styles antd injects at the top of <head>.
import './styles/antd-first-screen.css';
import './styles/fonts';
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootDesk } from './app/open-desk';
import { Root } from './app/Root';
import { quietIcons } from './ui/quiet-icons';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// On the body, not #root: antd renders dialogs, menus and messages in portals outside it.
quietIcons(document.body);
// npm run bench's cold-start reference: this same bundle, every module run, stopping before React renders.
if (new URLSearchParams(location.search).has('bench-stop-before-render')) {
  performance.mark('desk:before-render');
} else {
  // The database opens while React renders its first frame, not after it (DeskProvider takes the same
  // boot: it is memoised); the first screen's data is then ready sooner.
  bootDesk().catch(() => undefined);
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
