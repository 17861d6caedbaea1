// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers } from '../../electron/main/handlers';
import { createSyncCredentialStore, SYNC_KEYCHAIN_MESSAGE } from '../../electron/main/sync-credential';
import { createTrust } from '../../electron/main/trust';
import { fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const ACCOUNT = { username: 'gulou-qiantai', password: 'Cou€h-密码-2026' };

describe('the desk’s account at the center', () => {
  let dir: string;
  let file: string;
  const keychain = fakeElectron.safeStorage;
  beforeEach(() => {
    resetFakeElectron();
    dir = mkdtempSync(join(tmpdir(), 'sync-credential-'));
    file = join(dir, 'data', 'sync-credential.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads none before one is stored, then the same account, the password never in the clear on disk', async () => {
    const store = createSyncCredentialStore(file, keychain);
    await expect(store.read()).resolves.toBeNull();
    await store.write(ACCOUNT);
    await expect(store.read()).resolves.toEqual(ACCOUNT);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(ACCOUNT.username);
    expect(text).not.toContain(ACCOUNT.password);
  });

  it('reads as none on another PC or from a damaged file, so staff enter the password again', async () => {
    await createSyncCredentialStore(file, keychain).write(ACCOUNT);
    keychain.machine = 'new-pc';
    await expect(createSyncCredentialStore(file, keychain).read()).resolves.toBeNull();
    writeFileSync(file, '{"version":1,"username":"x"');
    await expect(createSyncCredentialStore(file, keychain).read()).resolves.toBeNull();
  });

  it('refuses to store the password when this PC cannot protect it, and writes nothing', async () => {
    keychain.available = false;
    await expect(createSyncCredentialStore(file, keychain).write(ACCOUNT)).rejects.toThrow(
      SYNC_KEYCHAIN_MESSAGE,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('forgets the account when the center is removed', async () => {
    const store = createSyncCredentialStore(file, keychain);
    await store.write(ACCOUNT);
    await store.write(null);
    expect(existsSync(file)).toBe(false);
    await expect(store.read()).resolves.toBeNull();
  });

  it('goes through IPC only with a well-formed account', async () => {
    fakeElectron.app.paths.set('userData', join(dir, 'data'));
    registerIpcHandlers({ trust: createTrust({ isPackaged: true, devUrl: undefined }) });
    const invoke = (channel: string, ...args: unknown[]) =>
      fakeElectron.ipcMain.invoke(channel, 'app://desk/index.html', ...args);
    await expect(invoke('sync:read-credential')).resolves.toBeNull();
    await invoke('sync:write-credential', ACCOUNT);
    await expect(invoke('sync:read-credential')).resolves.toEqual(ACCOUNT);
    await expect(invoke('sync:write-credential', { ...ACCOUNT, username: 'Has Space' })).rejects.toThrow(
      /请求数据不正确/,
    );
    await expect(invoke('sync:write-credential', { username: 'a', password: '' })).rejects.toThrow(
      /请求数据不正确/,
    );
    await expect(invoke('sync:read-credential')).resolves.toEqual(ACCOUNT);
  });
});
