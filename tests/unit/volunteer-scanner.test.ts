import { describe, expect, it } from 'vitest';
import {
  createWedgeReader,
  formatVolunteerNo,
  isRepeatScan,
  parseScannedCode,
  volunteerNoSequence,
} from '@shared/volunteers/scanner';

function type(
  reader: ReturnType<typeof createWedgeReader>,
  text: string,
  start: number,
  gap: number,
): string | null {
  let t = start;
  for (const ch of text) {
    reader.feed(ch, t);
    t += gap;
  }
  return reader.feed('Enter', t);
}

describe('createWedgeReader', () => {
  it('returns the code when a burst of fast keys ends with Enter', () => {
    expect(type(createWedgeReader(), 'ZYZ000123', 1000, 5)).toBe('ZYZ000123');
  });

  it('ignores a person typing slowly', () => {
    expect(type(createWedgeReader(), 'ZYZ000123', 1000, 120)).toBeNull();
  });

  it('drops stray slow keys before a scan', () => {
    const reader = createWedgeReader();
    reader.feed('a', 0);
    expect(type(reader, 'ZYZ000123', 1000, 5)).toBe('ZYZ000123');
  });

  /** Feeds `text` then Enter, 5 ms apart except for the given gaps before key `i` (Enter is `text.length`). */
  function scanWithGaps(
    reader: ReturnType<typeof createWedgeReader>,
    text: string,
    gaps: Record<number, number>,
  ) {
    let t = 1000;
    const keys = [...text, 'Enter'];
    let read: string | null = null;
    keys.forEach((key, i) => {
      t += gaps[i] ?? 5;
      read = reader.feed(key, t);
    });
    return read;
  }

  it('still reads a scan that a busy PC paused once in the middle', () => {
    expect(scanWithGaps(createWedgeReader(), 'ZYZ000123', { 5: 300 })).toBe('ZYZ000123');
  });

  it('still reads a scan whose Enter came after a pause', () => {
    expect(scanWithGaps(createWedgeReader(), 'ZYZ000123', { 9: 300 })).toBe('ZYZ000123');
  });

  it('drops a burst that paused twice or for longer than a PC stalls', () => {
    expect(scanWithGaps(createWedgeReader(), 'ZYZ000123', { 4: 200, 7: 200 })).toBeNull();
    expect(scanWithGaps(createWedgeReader(), 'ZYZ000123', { 5: 900 })).toBeNull();
  });

  it('does not join a stray key to a scan shortly after it', () => {
    const reader = createWedgeReader();
    reader.feed('a', 800);
    expect(scanWithGaps(reader, 'ZYZ000123', { 0: 200, 5: 300 })).toBe('ZYZ000123');
  });

  it('ignores Enter alone and too-short bursts', () => {
    const reader = createWedgeReader();
    expect(reader.feed('Enter', 10)).toBeNull();
    expect(type(reader, 'AB', 100, 5)).toBeNull();
  });
});

describe('parseScannedCode', () => {
  it('accepts a volunteer number in any case, width or spacing', () => {
    expect(parseScannedCode(' zyz000123\n')).toBe('ZYZ000123');
    expect(parseScannedCode('ＺＹＺ０００１２３')).toBe('ZYZ000123');
  });

  it('rejects anything that is not a volunteer number', () => {
    expect(parseScannedCode('110105194912310021')).toBeNull();
    expect(parseScannedCode('ZYZ12')).toBeNull();
  });
});

describe('volunteer numbers', () => {
  it('formats and reads back the sequence', () => {
    expect(formatVolunteerNo(201)).toBe('ZYZ000201');
    expect(volunteerNoSequence('ZYZ000201')).toBe(201);
    expect(volunteerNoSequence('BZYZ000001')).toBeNull();
  });
});

describe('isRepeatScan', () => {
  it('takes a second read within the guard for a double read', () => {
    expect(isRepeatScan(1_000_000, 1_000_400, 60)).toBe(true);
    expect(isRepeatScan(1_000_000, 1_059_999, 60)).toBe(true);
  });

  it('takes a scan after the guard, or with no earlier change, for a real one', () => {
    expect(isRepeatScan(1_000_000, 1_060_000, 60)).toBe(false);
    expect(isRepeatScan(null, 1_000_000, 60)).toBe(false);
    expect(isRepeatScan(1_000_000, 1_000_400, 0)).toBe(false);
  });

  it('never ignores a scan because an earlier change is dated in the future (a clock set back)', () => {
    expect(isRepeatScan(2_000_000, 1_000_000, 60)).toBe(false);
  });
});
