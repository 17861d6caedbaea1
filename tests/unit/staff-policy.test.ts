import { describe, expect, it } from 'vitest';
import { isPinFormat, pinPairSchema, staffFormSchema } from '@shared/staff/pin-form';
import {
  adminOnlyReason,
  formatWait,
  isIdleDue,
  isLastActiveAdmin,
  mayDo,
  pinDelayMs,
  wrongPinMessage,
} from '@shared/staff/policy';

describe('PIN delay', () => {
  it('forgives the first four wrong PINs, then waits longer after each further one', () => {
    expect([1, 2, 3, 4].map(pinDelayMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(pinDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('never waits more than fifteen minutes, however many PINs were wrong', () => {
    expect(pinDelayMs(10)).toBe(900_000);
    expect(pinDelayMs(1000)).toBe(900_000);
  });

  it('says how long to wait in Chinese, rounded up to the second', () => {
    expect(formatWait(29_001)).toBe('30 秒');
    expect(formatWait(60_000)).toBe('1 分钟');
    expect(formatWait(90_000)).toBe('1 分 30 秒');
    expect(wrongPinMessage(5, 30_000)).toBe('PIN 已连续输错 5 次，请等待 30 秒后再试');
    expect(wrongPinMessage(3, 0)).toBe('PIN 不正确，再错 2 次需要等待后才能重试');
  });
});

describe('idle lock', () => {
  const start = Date.UTC(2026, 11, 1, 2, 0);

  it('is due once the set minutes have passed on the wall clock, not before', () => {
    expect(isIdleDue(start, start + 10 * 60_000 - 1, 10)).toBe(false);
    expect(isIdleDue(start, start + 10 * 60_000, 10)).toBe(true);
  });

  it('is due at once after the PC slept for hours', () => {
    expect(isIdleDue(start, start + 5 * 3_600_000, 10)).toBe(true);
  });

  it('does not lock early when the clock was set back', () => {
    expect(isIdleDue(start, start - 3_600_000, 10)).toBe(false);
  });
});

describe('roles', () => {
  it('keeps restore, settings, staff, full-ID reveal and full-ID exports for 管理员', () => {
    for (const action of ['restore', 'settings', 'staff', 'revealIdNumber', 'exportFullIds'] as const) {
      expect(mayDo('管理员', action)).toBe(true);
      expect(mayDo('前台', action)).toBe(false);
    }
    expect(adminOnlyReason('restore')).toBe('仅管理员可以恢复备份');
  });

  it('refuses to disable the last active 管理员 but allows it when another remains', () => {
    const a = { id: 'a', role: '管理员' as const, active: true };
    const b = { id: 'b', role: '前台' as const, active: true };
    const c = { id: 'c', role: '管理员' as const, active: false };
    expect(isLastActiveAdmin([a, b, c], 'a')).toBe(true);
    expect(isLastActiveAdmin([a, b, { ...c, active: true }], 'a')).toBe(false);
    expect(isLastActiveAdmin([a, b], 'b')).toBe(false);
  });
});

describe('PIN form', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(['1234', '12345678'].map(isPinFormat)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ''].map(isPinFormat)).toEqual([false, false, false, false]);
  });

  it('takes full-width digits typed with a Chinese input method', () => {
    const parsed = pinPairSchema.parse({ pin: '２４６８', pinAgain: '2468' });
    expect(parsed.pin).toBe('2468');
  });

  it('says in Chinese at the field when the two PINs differ or the format is wrong', () => {
    const result = staffFormSchema.safeParse({ name: '张三', role: '前台', pin: '12', pinAgain: '13' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(messages).toContain('pin:PIN 须为4–8 位数字');
    const mismatch = staffFormSchema.safeParse({ name: '张三', role: '前台', pin: '1234', pinAgain: '1235' });
    expect(mismatch.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'pinAgain:两次输入的 PIN 不一致',
    ]);
  });
});
