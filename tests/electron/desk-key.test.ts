// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskKey } from '@shared/ipc/contract';
import { createDeskKeyStore, KEYCHAIN_UNAVAILABLE_MESSAGE } from '../../electron/main/desk-key';
import { fakeElectron, resetFakeElectron } from './fake-electron';

const RAW_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);
const KEY: DeskKey = {
  keyId: 'k-3f2a',
  rawKey: RAW_KEY,
  recovery: {
    salt: 'q1w2e3r4t5y6u7i8o9p0aa==',
    iterations: 600_000,
    wrappedKey: 'Zk'.repeat(24),
    createdAt: 1_795_330_205_000,
  },
};

describe('desk backup key file', () => {
  let dir: string;
  let file: string;
  const keychain = fakeElectron.safeStorage;
  beforeEach(() => {
    resetFakeElectron();
    dir = mkdtempSync(join(tmpdir(), 'desk-key-'));
    file = join(dir, 'data', 'desk-key.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads none before a key is stored, then the same key, protected on disk', async () => {
    const store = createDeskKeyStore(file, keychain, 'linux');
    await expect(store.read()).resolves.toBeNull();
    await store.write(KEY);
    const read = await store.read();
    expect(read).toEqual({ keyId: KEY.keyId, rawKey: KEY.rawKey, recovery: KEY.recovery });
    expect(read?.rawKey).toBeInstanceOf(Uint8Array);

    const text = readFileSync(file, 'utf8');
    const stored = JSON.parse(text) as Record<string, unknown>;
    expect(stored).toMatchObject({
      version: 1,
      keyId: KEY.keyId,
      recovery: KEY.recovery,
      backend: 'gnome_libsecret',
    });
    expect(text).not.toContain(Buffer.from(RAW_KEY).toString('base64'));
    expect(readdirSync(join(dir, 'data'))).toEqual(['desk-key.json']);
  });

  it('names the Linux password store only on Linux', async () => {
    await createDeskKeyStore(file, keychain, 'win32').write(KEY);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ backend: null });
  });

  it("gives no raw key for another PC's file, keeping the recovery wrap", async () => {
    await createDeskKeyStore(file, keychain).write(KEY);
    keychain.machine = 'new-pc';
    await expect(createDeskKeyStore(file, keychain).read()).resolves.toEqual({
      keyId: KEY.keyId,
      rawKey: null,
      recovery: KEY.recovery,
    });
  });

  it('refuses to store the key when this PC cannot protect it, and reads none of it then', async () => {
    keychain.available = false;
    const store = createDeskKeyStore(file, keychain);
    await expect(store.write(KEY)).rejects.toThrow(KEYCHAIN_UNAVAILABLE_MESSAGE);
    expect(existsSync(file)).toBe(false);

    keychain.available = true;
    await store.write(KEY);
    keychain.available = false;
    await expect(store.read()).resolves.toMatchObject({ keyId: KEY.keyId, rawKey: null });
  });

  it('reads a damaged file as no raw key with what can still be saved, and sets garbage aside as no key', async () => {
    const store = createDeskKeyStore(file, keychain);
    await store.write(KEY);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...stored, protected: '!!not base64!!' }));
    await expect(store.read()).resolves.toEqual({ keyId: KEY.keyId, rawKey: null, recovery: KEY.recovery });

    writeFileSync(
      file,
      JSON.stringify({ ...stored, protected: keychain.encryptString('short').toString('base64') }),
    );
    await expect(store.read()).resolves.toMatchObject({ rawKey: null });

    writeFileSync(file, JSON.stringify({ ...stored, protected: 42, recovery: { salt: 'x' } }));
    await expect(store.read()).resolves.toEqual({ keyId: KEY.keyId, rawKey: null, recovery: null });

    writeFileSync(file, Buffer.alloc(64));
    await expect(store.read()).resolves.toBeNull();
    const kept = readdirSync(join(dir, 'data'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^desk-key\.json\.damaged-\d+$/);
    expect(readFileSync(join(dir, 'data', kept[0] ?? ''))).toEqual(Buffer.alloc(64));
    await store.write(KEY);
    await expect(store.read()).resolves.toMatchObject({ keyId: KEY.keyId, rawKey: RAW_KEY });
  });
});
