import { startDesk } from './lifecycle';

// Entry of the main process: all wiring lives in lifecycle.ts so tests can drive it with a fake Electron.
void startDesk(process.env);
