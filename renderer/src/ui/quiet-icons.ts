/**
 * antd names every icon in English (`<span role="img" aria-label="down">`), its own internal ones
 * included (select arrows, pagination, search buttons, alerts), and offers no setting to stop it: a
 * screen reader then reads "down", or names a button "left". Every icon on the desk is decorative, so
 * this hides them all from assistive technology, and gives a control that was named only by its icon
 * a Chinese name: from the title antd puts on its wrapper (pagination's 上一页), else by the icon. The
 * few names antd hard-codes in English (number steppers, a table's select-all) are put in Chinese.
 */

/** Chinese names for the icons antd uses as the only content of a control. */
const ICON_NAMES: Readonly<Record<string, string>> = {
  search: '搜索',
  close: '关闭',
  left: '上一页',
  right: '下一页',
  'double-left': '向前翻页',
  'double-right': '向后翻页',
  ellipsis: '更多',
  down: '展开',
  up: '收起',
  plus: '添加',
  delete: '删除',
};

/** Names antd and its rc-components hard-code in English, whatever the locale. */
const FIXED_NAMES: Readonly<Record<string, string>> = {
  'Increase Value': '增加',
  'Decrease Value': '减少',
  'Select all': '全选本页',
  Clear: '清除',
  Close: '关闭',
};

const ICON = 'span.anticon[role="img"]:not([aria-hidden])';
const ENGLISH = Object.keys(FIXED_NAMES)
  .map((name) => `[aria-label="${name}"]`)
  .join(',');

function nameControl(icon: Element): void {
  // An <a> without href has no role, and may not be named (pagination's 向后 5 页 is such a one).
  const control = icon.closest('button, a[href], [role="button"]');
  if (!control || control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby')) return;
  if (control.textContent.trim() !== '') return;
  const titled = control.closest('[title]')?.getAttribute('title');
  const name = titled || ICON_NAMES[icon.getAttribute('aria-label') ?? ''];
  if (name) control.setAttribute('aria-label', name);
}

function within(root: Element, selector: string): Element[] {
  return [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
}

function quiet(root: Element): void {
  for (const el of within(root, ENGLISH))
    el.setAttribute('aria-label', FIXED_NAMES[el.getAttribute('aria-label') ?? ''] ?? '');
  for (const icon of within(root, ICON)) {
    // An icon the desk named in Chinese on purpose stays as it is.
    if (/[\u4e00-\u9fff]/.test(icon.getAttribute('aria-label') ?? '')) continue;
    nameControl(icon);
    icon.setAttribute('aria-hidden', 'true');
  }
}

/**
 * Quiets every icon under `root` now and whenever one is added; returns the function that stops it.
 * @example
 * const stop = quietIcons(document.body); // once, before the app renders
 */
export function quietIcons(root: HTMLElement): () => void {
  quiet(root);
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) quiet(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
