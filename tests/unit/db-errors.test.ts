import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, reportError, ReadOnlyDatabaseError } from '../../renderer/src/db/errors';
import { DuplicateIdNumberError } from '../../renderer/src/db/repos/volunteers';

const HAN = /\p{Script=Han}/u;
/** Nothing of the engine's English reaches the person at the desk. */
const noEnglish = (text: string) => expect(text).not.toMatch(/[A-Za-z]{3,}/);

afterEach(() => vi.restoreAllMocks());

describe('storage errors in plain Chinese', () => {
  it('says the disk is full for a QuotaExceededError, bare or wrapped by Dexie', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    for (const error of [quota, wrapped, new Dexie.QuotaExceededError('quota')]) {
      const text = describeError(error);
      expect(text).toContain('磁盘空间不足');
      expect(text).toContain('没有完成');
      noEnglish(text);
    }
  });

  it('names each Dexie failure by what happened and what to do', () => {
    const cases: [Error, string][] = [
      [new Dexie.DatabaseClosedError('Database has been closed'), '重新加载此页面'],
      [new Dexie.OpenFailedError('open failed'), '重新启动程序'],
      [new Dexie.AbortError('Transaction aborted'), '再试一次'],
      [new Dexie.ConstraintError('Key already exists in the object store.'), '冲突'],
      [new Dexie.ReadOnlyError('readonly transaction'), '只能查看'],
      [new Dexie.UnknownError('Internal error opening backing store'), '联系管理员'],
      [new Dexie.TimeoutError('timed out'), '超时'],
      [new Dexie.DataCloneError('could not be cloned'), '照片'],
    ];
    for (const [error, words] of cases) {
      const text = describeError(error);
      expect(text, error.name).toContain(words);
      noEnglish(text);
    }
  });

  it('explains the first failure of a bulk write', () => {
    const bulk = new Dexie.BulkError('2 of 10 operations failed', [
      new Dexie.ConstraintError('Key already exists'),
    ]);
    expect(describeError(bulk)).toContain('冲突');
  });

  it('turns file-system codes from the desktop shell into Chinese', () => {
    expect(describeError(new Error("ENOSPC: no space left on device, write '/media/usb/b.json'"))).toContain(
      '磁盘空间不足',
    );
    expect(describeError(new Error("EACCES: permission denied, open '/x'"))).toContain('没有权限');
  });

  it('says a string too long for the engine is too much data, not a disk problem', () => {
    const text = describeError(new RangeError('Invalid string length'));
    expect(text).toContain('数据量太大');
    expect(text).not.toContain('磁盘');
  });

  it("keeps the desk's own Chinese messages as they are", () => {
    expect(describeError(new Error('补录须填写原因'))).toBe('补录须填写原因');
    const dup = new DuplicateIdNumberError({ id: 'v1', name: 'John Smith', volunteerNo: 'ZYZ000001' });
    expect(describeError(dup)).toBe('该证件号码已登记：John Smith（ZYZ000001）');
    expect(describeError(new ReadOnlyDatabaseError())).toContain('只能查看');
  });

  it('gives anything unknown a generic Chinese message instead of its raw text', () => {
    for (const error of [
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      'boom',
      null,
      42,
    ]) {
      const text = describeError(error);
      expect(text).toMatch(HAN);
      expect(text).toContain('再试一次');
      noEnglish(text);
    }
  });
});

describe('reporting an error', () => {
  it('logs the raw error when the screen shows other words, and not for our own messages', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const raw = new TypeError('x is undefined');
    expect(reportError(raw)).not.toContain('undefined');
    expect(log).toHaveBeenCalledWith(raw);
    log.mockClear();
    expect(reportError(new Error('该志愿者已签到，尚未签退'))).toBe('该志愿者已签到，尚未签退');
    expect(log).not.toHaveBeenCalled();
  });
});
