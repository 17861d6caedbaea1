import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/audit/canonical';
import {
  GENESIS_HASH,
  chainEntry,
  createChainVerifier,
  entryHash,
  verifyChainRows,
  type ChainFields,
} from '@shared/audit/chain';
import { describeBreak, describeReport, describeTarget } from '@shared/audit/describe';
import { sha256Hex, utf8Bytes } from '@shared/audit/sha256';

async function subtleHex(text: string): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with WebCrypto on Chinese, 𠮷, emoji, lone surrogates and every padding length', async () => {
    const texts = ['操作记录：新建预约', '𠮷野家🙂', 'a\ud800b', '\udc00'];
    for (let n = 0; n < 130; n += 1) texts.push('志'.repeat(n % 7) + 'x'.repeat(n));
    for (const text of texts) expect(sha256Hex(text), JSON.stringify(text)).toBe(await subtleHex(text));
  });

  it('encodes UTF-8 exactly as TextEncoder does', () => {
    const text = 'é中𠮷🙂\ud800';
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)));
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ b: { y: 1, x: [2, undefined] }, a: '志' })).toBe(
      canonicalJson({ a: '志', b: { x: [2, undefined], y: 1 } }),
    );
    expect(canonicalJson({ b: 1, a: [true, null, undefined], c: undefined })).toBe(
      '{"a":[true,null,null],"b":1}',
    );
  });
});

interface Row extends ChainFields {
  id: string;
  at: number;
  actor: string;
  action: string;
}

const T0 = Date.UTC(2026, 11, 1, 2, 0);

function buildChain(n: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i += 1) {
    const prev = rows.at(-1);
    rows.push(
      chainEntry(
        { id: `a${i}`, at: T0 + i * 60_000, actor: '王芳', action: `新建预约${i}` },
        prev ? { seq: prev.seq, hash: prev.hash } : null,
      ),
    );
  }
  return rows;
}

describe('the audit chain', () => {
  it('links each entry to the hash of the one before', () => {
    const [first, second] = buildChain(2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash });
    expect(second?.hash).toBe(entryHash({ ...second, hash: 'ignored' }));
  });

  it('passes an intact chain and counts the entries that predate it', () => {
    const older = [
      { id: 'old1', at: T0 - 1 },
      { id: 'old2', at: T0 - 2 },
    ];
    const rows = [...buildChain(5).reverse(), ...older];
    expect(verifyChainRows(rows)).toEqual({ checked: 5, older: 2, broken: null });
  });

  it('finds a changed entry, naming it and its time', () => {
    const rows = buildChain(5);
    rows[2] = { ...(rows[2] as Row), actor: '李四' };
    const report = verifyChainRows(rows);
    expect(report.checked).toBe(2);
    expect(report.broken).toMatchObject({ kind: 'changed', entry: { id: 'a2' } });
    expect(describeReport(report)).toBe(
      '第 3 条（2026-12-01 10:02，李四：新建预约2）登记后被改动过。此前的 2 条完整。',
    );
  });

  it('finds a deleted entry between the two it separated', () => {
    const rows = buildChain(5);
    rows.splice(3, 1);
    const report = verifyChainRows(rows);
    expect(report.broken).toMatchObject({
      kind: 'missing',
      count: 1,
      after: { id: 'a2' },
      entry: { id: 'a4' },
    });
    expect(describeReport(report)).toContain('第 3 条（2026-12-01 10:02，王芳：新建预约2）之后少了 1 条记录');
  });

  it('finds the first entries deleted', () => {
    const report = verifyChainRows(buildChain(4).slice(2));
    expect(report.broken).toMatchObject({ kind: 'missing', after: null, count: 2, entry: { id: 'a2' } });
    expect(describeBreak(report.broken as never)).toContain('最前面少了 2 条记录');
  });

  it('finds entries fed out of order or twice', () => {
    const rows = buildChain(4);
    const verifier = createChainVerifier<Row>();
    for (const row of [rows[0], rows[2], rows[1]] as Row[]) {
      const broken = verifier.push(row);
      if (broken) {
        expect(broken).toMatchObject({ kind: 'missing', after: { id: 'a0' }, entry: { id: 'a2' } });
        return;
      }
    }
    throw new Error('no break found');
  });

  it('finds two entries whose places were swapped', () => {
    const rows = buildChain(4);
    const [b, c] = [rows[1] as Row, rows[2] as Row];
    rows[1] = { ...c, seq: b.seq, prevHash: b.prevHash };
    rows[2] = { ...b, seq: c.seq, prevHash: c.prevHash };
    expect(verifyChainRows(rows).broken).toMatchObject({ kind: 'changed', entry: { id: 'a2', seq: 2 } });
  });

  it('finds an entry replaced by one hashed anew that does not link', () => {
    const rows = buildChain(4);
    const forged = chainEntry(
      { id: 'f', at: T0, actor: '王芳', action: '新建预约' },
      { seq: 1, hash: 'f'.repeat(64) },
    );
    rows[1] = forged;
    expect(verifyChainRows(rows).broken).toMatchObject({
      kind: 'unlinked',
      after: { id: 'a0' },
      entry: { id: 'f' },
    });
  });

  it('finds a duplicated entry', () => {
    const rows = buildChain(3);
    rows.push({ ...(rows[1] as Row) });
    expect(verifyChainRows(rows).broken).toMatchObject({ kind: 'out-of-order', entry: { id: 'a1' } });
  });
});

describe('describeTarget', () => {
  it('names records and settings in staff words, never table or setting keys', () => {
    expect(describeTarget({ entity: 'bookings', entityId: 'b1' })).toBe('场地预约');
    expect(describeTarget({ entity: 'settings', entityId: 'bookingRules' })).toBe('设置：场地预约规则');
    expect(describeTarget({ entity: 'settings', entityId: 'someNewKey' })).toBe('设置：其他设置');
    expect(describeTarget({ entity: 'unknownTable', entityId: null })).toBe('其他');
  });

  it('names the activities, orders, projects and honours the desk now records', () => {
    expect(describeTarget({ entity: 'activities', entityId: 'a1' })).toBe('活动记录');
    expect(describeTarget({ entity: 'serviceOrders', entityId: 'o1' })).toBe('服务单');
    expect(describeTarget({ entity: 'projects', entityId: 'p1' })).toBe('服务项目');
    expect(describeTarget({ entity: 'honours', entityId: 'h1' })).toBe('评选表彰');
    expect(describeTarget({ entity: 'settings', entityId: 'servicePosts' })).toBe('设置：服务岗位');
  });
});
