import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuFlags {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/**
 * A small Chinese menu instead of Electron's English default. Edit roles must stay: without them the
 * usual copy/paste shortcuts stop working on macOS. Reload and devtools exist only in development.
 */
export const appMenuTemplate = ({ isPackaged, platform }: MenuFlags): MenuItemConstructorOptions[] => [
  ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
  {
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      { type: 'separator' },
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      { role: 'selectAll', label: '全选' },
    ],
  },
  {
    label: '视图',
    submenu: [
      ...(isPackaged
        ? []
        : ([
            { role: 'reload', label: '重新加载' },
            { role: 'toggleDevTools', label: '开发者工具' },
            { type: 'separator' },
          ] as const)),
      { role: 'resetZoom', label: '实际大小' },
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '全屏' },
    ],
  },
];

export const installAppMenu = (flags: MenuFlags): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(flags)));
};
