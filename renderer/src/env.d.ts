import type { DeskBridge } from '@shared/ipc/bridge';

declare global {
  /** Which shell the renderer was built for; set by the Vite `define` of each build. */
  const __DESK_PLATFORM__: 'electron' | 'web';

  interface Window {
    /** The preload bridge; present only inside Electron (see shared/ipc/bridge.ts). */
    practiceDesk?: DeskBridge;
  }

  interface ImportMetaEnv {
    readonly PACKAGE_VERSION?: string;
  }
}

export {};
