import { describe, expect, it } from 'vitest';
import {
  createWedgeReader,
  DEFAULT_WEDGE_OPTIONS,
  formatVolunteerNo,
  isRepeatScan,
  isScannerKey,
  parseScannedCode,
  takesText,
  trailingVolunteerNo,
  volunteerNoSequence,
} from '@shared/volunteers/scanner';

/** The sign-in page's reader: typing that ends in a whole volunteer number counts too. */
const codeReader = () => createWedgeReader({ ...DEFAULT_WEDGE_OPTIONS, wholeCode: trailingVolunteerNo });

/**
 * Feeds `keys` then Enter, `gap` ms apart from `start`, except for the given gaps before key `i` (Enter
 * is `keys.length`).
 */
function type(
  reader: ReturnType<typeof createWedgeReader>,
  keys: string | readonly string[],
  start: number,
  gap: number,
  gaps: Record<number, number> = {},
): string | null {
  let t = start;
  let read: string | null = null;
  [...keys, 'Enter'].forEach((key, i) => {
    t += gaps[i] ?? gap;
    read = reader.feed(key, t);
  });
  return read;
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

  it('still reads a scan that a busy PC paused once in the middle', () => {
    expect(type(createWedgeReader(), 'ZYZ000123', 1000, 5, { 5: 300 })).toBe('ZYZ000123');
    // Paused after its prefix, with enough digits after the pause to pass for a burst of their own.
    expect(type(createWedgeReader(), 'ZYZ000123', 1000, 5, { 3: 300 })).toBe('ZYZ000123');
  });

  it('still reads a scan whose Enter came after a pause', () => {
    expect(type(createWedgeReader(), 'ZYZ000123', 1000, 5, { 9: 300 })).toBe('ZYZ000123');
  });

  it('drops a burst that paused twice or for longer than a PC stalls', () => {
    expect(type(createWedgeReader(), 'ZYZ000123', 1000, 5, { 4: 200, 7: 200 })).toBeNull();
    expect(type(createWedgeReader(), 'ZYZ000123', 1000, 5, { 5: 900 })).toBeNull();
    // A scanner shifting its capitals: the pauses fall before the Shift keys and still count.
    const shifted = ['Shift', 'Z', 'Y', 'Z', 'Shift', 'Z', '0', '0', 'Shift', 'Y', '1', '2'];
    expect(type(createWedgeReader(), shifted, 1000, 5, { 4: 200, 8: 200 })).toBeNull();
  });

  it('does not join a stray key to a scan shortly after it', () => {
    const reader = createWedgeReader();
    reader.feed('a', 800);
    expect(type(reader, 'ZYZ000123', 1000, 5, { 0: 200, 5: 300 })).toBe('ZYZ000123');
  });

  it('ignores Enter alone and too-short bursts', () => {
    const reader = createWedgeReader();
    expect(reader.feed('Enter', 10)).toBeNull();
    expect(type(reader, 'AB', 100, 5)).toBeNull();
  });

  it('reads keys at any pace that end in a whole code as its scan when told what a code is', () => {
    expect(type(codeReader(), 'zyz000123', 1000, 120)).toBe('ZYZ000123');
    // A scan the PC stalled twice, read from its keys rather than their timing.
    expect(type(codeReader(), 'ZYZ000123', 1000, 5, { 4: 200, 7: 200 })).toBe('ZYZ000123');
    const reader = codeReader();
    reader.feed('a', 800);
    expect(type(reader, 'ZYZB000123', 1000, 150)).toBe('ZYZB000123');
    // Stalled too long after its prefix: the fast digits alone would be searched as a name or phone.
    expect(type(codeReader(), 'ZYZ000123', 1000, 5, { 3: 800 })).toBe('ZYZ000123');
    expect(type(codeReader(), 'ZYZ000123', 1000, 3000)).toBe('ZYZ000123');
  });

  it('reads no code from typing that does not end in one, or whose keys lie seconds apart', () => {
    expect(type(codeReader(), 'ZYZ0001', 1000, 120)).toBeNull();
    expect(type(codeReader(), 'ZYZ000123x', 1000, 120)).toBeNull();
    // Keys before a long gap are no part of what is typed after it, nor is an Enter long after the keys.
    expect(type(codeReader(), 'ZYZ000123', 1000, 120, { 3: 3001 })).toBeNull();
    expect(type(codeReader(), 'ZYZ000123', 1000, 120, { 9: 3001 })).toBeNull();
  });

  it('forgets typed keys at Enter and at reset', () => {
    const reader = codeReader();
    expect(type(reader, 'ZYZ000123', 1000, 120)).toBe('ZYZ000123');
    expect(reader.feed('Enter', 3000)).toBeNull();
    for (const [i, key] of [...'ZYZ000'].entries()) reader.feed(key, 5000 + i * 120);
    reader.reset();
    // Keys typed into a field in between (the page resets then) are no part of the code.
    expect(type(reader, '123', 5800, 120)).toBeNull();
  });
});

describe('trailingVolunteerNo', () => {
  it('finds the whole volunteer number the keys end with, in canonical form', () => {
    expect(trailingVolunteerNo('x1ＺＹＺ000123')).toBe('ZYZ000123');
    expect(trailingVolunteerNo('ZYZ000123 ')).toBeNull();
    expect(trailingVolunteerNo('ZYZ12345')).toBeNull();
    expect(trailingVolunteerNo('ZYZB1234567')).toBe('ZYZB1234567');
  });

  it('does not make a scanned ID or phone number a volunteer number after a stray "zyz"', () => {
    expect(trailingVolunteerNo('zyz110105194912310021')).toBeNull();
    expect(trailingVolunteerNo('zyz13812345678')).toBeNull();
    const reader = codeReader();
    for (const [i, key] of [...'zyz'].entries()) reader.feed(key, 100 + i * 150);
    expect(type(reader, '13812345678', 1000, 5)).toBe('13812345678');
  });
});

describe('isScannerKey', () => {
  const key = { key: '1', ctrlKey: false, altKey: false, metaKey: false, repeat: false, isComposing: false };

  it('takes a plain key press, Shift included, as a scanner could send it', () => {
    expect(isScannerKey(key)).toBe(true);
    expect(isScannerKey({ ...key, key: 'Z' })).toBe(true);
  });

  it('leaves chords, held keys and IME keys to the person typing them', () => {
    expect(isScannerKey({ ...key, altKey: true })).toBe(false);
    expect(isScannerKey({ ...key, ctrlKey: true })).toBe(false);
    expect(isScannerKey({ ...key, metaKey: true })).toBe(false);
    expect(isScannerKey({ ...key, repeat: true })).toBe(false);
    expect(isScannerKey({ ...key, isComposing: true })).toBe(false);
  });
});

describe('takesText', () => {
  const box = { tagName: 'INPUT', type: 'text', readOnly: false, isContentEditable: false, inPicker: false };

  it('leaves keys to text boxes, text areas and editable text', () => {
    expect(takesText(box)).toBe(true);
    expect(takesText({ ...box, type: 'search' })).toBe(true);
    expect(takesText({ ...box, tagName: 'TEXTAREA', type: '' })).toBe(true);
    expect(takesText({ ...box, tagName: 'DIV', type: '', isContentEditable: true })).toBe(true);
  });

  it('reads a scan on buttons, radios, read-only boxes and anything in the 签到事项 picker', () => {
    expect(takesText({ ...box, tagName: 'BUTTON', type: '' })).toBe(false);
    expect(takesText({ ...box, type: 'radio' })).toBe(false);
    expect(takesText({ ...box, readOnly: true })).toBe(false);
    expect(takesText({ ...box, inPicker: true })).toBe(false);
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
