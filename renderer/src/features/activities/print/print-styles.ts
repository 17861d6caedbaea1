/** Table cells of the activity printouts: thin dark rules, as the desk's other A4 forms. */
export const cell = {
  border: '0.25mm solid #434343',
  padding: '1.8mm 2mm',
  verticalAlign: 'top',
  lineHeight: 1.4,
} as const;
export const th = { ...cell, background: '#f0f0f0', fontWeight: 700, textAlign: 'center' } as const;

/** Lines per page of the 活动签到表, and the default and largest count offered. */
export const SIGN_LINES_PER_PAGE = 20;
export const SIGN_LINES_DEFAULT = 40;
export const SIGN_LINES_MAX = 400;

/** The paper of both printouts, so a PDF saved from the print route is A4 and not the browser's Letter. */
export const A4_PAGE = '@page { size: 210mm 297mm; margin: 0; }';
