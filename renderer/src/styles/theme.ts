import type { ThemeConfig } from 'antd';
import { SANS } from './fonts';

/** The red of 文明实践 signage, used sparingly: primary actions and the active menu item. */
export const BRAND_RED = '#c8102e';

/**
 * Focus is blue, not the brand red: with red, a focused field looked exactly like an invalid one.
 * #1677ff on white is 4.1:1, enough for a non-text focus indicator (WCAG 1.4.11 asks 3:1).
 */
const FOCUS = { activeBorderColor: '#1677ff', hoverBorderColor: '#4096ff' };
const FOCUS_SHADOW = '0 0 0 2px rgba(22, 119, 255, 0.2)';

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
    Input: { ...FOCUS, activeShadow: FOCUS_SHADOW },
    InputNumber: { ...FOCUS, activeShadow: FOCUS_SHADOW },
    DatePicker: { ...FOCUS, activeShadow: FOCUS_SHADOW },
    Select: { ...FOCUS, activeOutlineColor: 'rgba(22, 119, 255, 0.2)' },
    Layout: { siderBg: '#1f2329', headerBg: '#ffffff', bodyBg: '#f3f4f6' },
    Menu: { darkItemBg: '#1f2329', darkSubMenuItemBg: '#1f2329', darkItemSelectedBg: BRAND_RED },
  },
};
