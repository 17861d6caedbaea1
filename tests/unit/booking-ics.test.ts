import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '@shared/booking/ics';
import type { BookingSeries } from '@shared/model/places';
import { fromDateAndMinutes } from '@shared/time/center-time';
import { booking } from './booking-fixture';

const ctx = {
  now: Date.UTC(2026, 11, 1),
  roomName: () => '道德讲堂',
  organiserName: () => '东街街道',
  calendarName: '场地预约',
};

function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('iCalendar export', () => {
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const line of folded.split('\r\n'))
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${text}`);
      }),
    );
  });

  it('writes a calendar with CRLF line ends, a zone and one event per booking', () => {
    const b = booking(540, 660, { title: '讲座,第一期;上' });
    const text = buildIcs([b], new Map(), ctx);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const lines = unfold(text);
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20261215T090000');
    expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20261215T110000');
    expect(lines).toContain('SUMMARY:讲座\\,第一期\\;上');
    expect(lines).toContain('STATUS:CONFIRMED');
  });

  it('writes a series once with its RRULE and excludes cancelled dates', () => {
    const dtstart = fromDateAndMinutes('2026-12-05', 540);
    const series: BookingSeries = {
      id: 's1',
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      deskId: 'd',
      roomId: 'r1',
      rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=3',
      dtstart,
      durationMinutes: 120,
      title: '道德讲堂',
    };
    const rows = [0, 1, 2].map((w) =>
      booking(0, 0, {
        seriesId: 's1',
        title: '道德讲堂',
        start: dtstart + w * 7 * 86_400_000,
        end: dtstart + w * 7 * 86_400_000 + 120 * 60_000,
        status: w === 1 ? '已取消' : '已确认',
      }),
    );
    const lines = unfold(buildIcs(rows, new Map([['s1', series]]), ctx));
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=3');
    expect(lines).toContain('UID:s1@practice-desk');
    expect(lines).toContain('EXDATE;TZID=Asia/Shanghai:20261212T090000');
  });
});
