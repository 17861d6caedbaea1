import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sentinel } from '@shared/backup/sentinel';
import { createSentinelStore } from '../../electron/main/sentinel';

const SENTINEL: Sentinel = {
  version: 1,
  deskId: 'desk-a',
  counts: { volunteers: 200, serviceRecords: 40, bookings: 120, documents: 3 },
  lastWriteAt: 5,
  writeSeq: 2,
  updatedAt: 6,
  lastBackupAt: 4,
  backups: [],
};

describe('sentinel file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'desk-sentinel-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads none before the first write, then what was written, leaving no temporary file', async () => {
    const store = createSentinelStore(join(dir, 'data', 'desk-sentinel.json'));
    await expect(store.read()).resolves.toBeNull();
    await store.write(SENTINEL);
    await expect(store.read()).resolves.toEqual(SENTINEL);
    expect(readdirSync(join(dir, 'data'))).toEqual(['desk-sentinel.json']);
  });

  it('reads a damaged or foreign file as none instead of failing the start', async () => {
    const file = join(dir, 'desk-sentinel.json');
    const store = createSentinelStore(file);
    writeFileSync(file, Buffer.alloc(64));
    await expect(store.read()).resolves.toBeNull();
    writeFileSync(file, JSON.stringify({ ...SENTINEL, counts: { volunteers: 'many' } }));
    await expect(store.read()).resolves.toBeNull();
    expect(existsSync(file)).toBe(true);
  });
});
