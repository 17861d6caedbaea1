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
    // antd's greys (0.45 = #8c8c8c, 3.4:1; placeholders 0.25, 1.8:1) fail WCAG AA for normal text.
    // 0.6 is 5.7:1 on white and 5.6:1 on the table-header and page greys; still lighter than body text.
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // 4.9:1, yet clearly lighter than a typed value (0.88).
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // antd's #ff4d4f is 3.3:1 for error messages and danger links: red-7 is 5.9:1.
    colorError: '#cf1322',
  },
  components: {
    Input: { ...FOCUS, activeShadow: FOCUS_SHADOW },
    InputNumber: { ...FOCUS, activeShadow: FOCUS_SHADOW },
    DatePicker: { ...FOCUS, activeShadow: FOCUS_SHADOW },
    Select: { ...FOCUS, activeOutlineColor: 'rgba(22, 119, 255, 0.2)' },
    // Tag text is shade 7 of its colour on shade 1; for these three that is under 3.4:1, shade 8-9 is 5:1+.
    Tag: {
      gold7: '#874d00',
      green7: '#237804',
      orange7: '#ad4e00',
      // Status tags (success, processing, warning) write their text in the status colour itself.
      colorSuccess: '#237804',
      colorInfo: '#0958d9',
      colorWarning: '#874d00',
    },
    // An empty table's message (待确认记录 with none left) is in the disabled grey, 1.8:1.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    // A disabled button's label (打印报表 while the report loads) is 1.8:1 in antd's grey: 0.56 is 4.7:1 on
    // its #f5f5f5 fill, still plainly lighter than an enabled button's text.
    Button: { colorTextDisabled: 'rgba(0, 0, 0, 0.56)' },
    Layout: { siderBg: '#1f2329', headerBg: '#ffffff', bodyBg: '#f3f4f6' },
  },
};
