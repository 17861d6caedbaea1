import type { ThemeConfig } from 'antd';
import { SANS } from './fonts';

/** The red of 文明实践 signage, used sparingly: primary actions and the active menu item. */
export const BRAND_RED = '#c8102e';

/** The antd theme: same font chain as global.css so portals (modals, messages) match the page. */
export const deskTheme: ThemeConfig = {
  token: {
    fontFamily: SANS,
    colorPrimary: BRAND_RED,
    colorLink: '#a40e26',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: '#1f2329', headerBg: '#ffffff', bodyBg: '#f3f4f6' },
    Menu: { darkItemBg: '#1f2329', darkSubMenuItemBg: '#1f2329', darkItemSelectedBg: BRAND_RED },
  },
};
