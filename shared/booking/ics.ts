import type { Booking, BookingSeries, BookingStatus } from '../model/places';
import { CHINA_OFFSET_MINUTES, dateKey, formatTime } from '../time/center-time';
import { expandDates, parseRrule } from './recurrence';
import { holdsRoom } from './rules';

const CRLF = '\r\n';
const TZID = 'Asia/Shanghai';

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.
 *
 * @example
 * escapeText('a,b;c\nd') // => 'a\\,b\\;c\\nd'
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function utf8Length(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start
 * with one space.
 *
 * @example
 * foldLine('DESCRIPTION:' + '长'.repeat(40)).split('\r\n').length // => 2
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    // The first line holds 75 octets; continuation lines 74 plus the leading space.
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local center time as an iCalendar DATE-TIME without zone (used with TZID). */
function localStamp(epochMs: number): string {
  const d = new Date(epochMs + CHINA_OFFSET_MINUTES * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function utcStamp(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const STATUS: Record<BookingStatus, string> = {
  待审核: 'TENTATIVE',
  已确认: 'CONFIRMED',
  已签到: 'CONFIRMED',
  已完成: 'CONFIRMED',
  已取消: 'CANCELLED',
  未到场: 'CANCELLED',
};

/**
 * Labels the export needs besides the bookings.
 *
 * @example
 * const ctx: IcsContext = { now, roomName: (id) => rooms.get(id)?.name ?? '', organiserName: () => '', calendarName: '鼓楼区新时代文明实践中心 场地预约' };
 */
export interface IcsContext {
  now: number;
  roomName(roomId: string): string;
  organiserName(organisationId: string | null): string;
  calendarName: string;
}

function eventLines(b: Booking, uid: string, ctx: IcsContext, extra: string[]): string[] {
  const org = ctx.organiserName(b.organisationId);
  const description = [
    `预约编号：${b.number}`,
    `类别：${b.category}`,
    org && `单位：${org}`,
    `预计人数：${b.expectedAttendees}`,
    b.notes && `备注：${b.notes}`,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@practice-desk`,
    `DTSTAMP:${utcStamp(ctx.now)}`,
    `DTSTART;TZID=${TZID}:${localStamp(b.start)}`,
    `DTEND;TZID=${TZID}:${localStamp(b.end)}`,
    ...extra,
    `SUMMARY:${escapeText(b.title)}`,
    `LOCATION:${escapeText(ctx.roomName(b.roomId))}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(b.category)}`,
    `STATUS:${STATUS[b.status]}`,
    'END:VEVENT',
  ];
}

/**
 * A valid iCalendar (RFC 5545) file of bookings: single bookings as events, each series as one event
 * with its RRULE from the first occurrence, EXDATE for rule dates without a held occurrence, and an
 * override (RECURRENCE-ID) for each occurrence whose time differs from the rule's. CRLF line ends,
 * lines folded at 75 octets, text escaped.
 *
 * @example
 * buildIcs(bookings, seriesById, ctx).startsWith('BEGIN:VCALENDAR\r\n') // => true
 */
export function buildIcs(
  bookings: readonly Booking[],
  series: ReadonlyMap<string, BookingSeries>,
  ctx: IcsContext,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Practice Desk//文明实践前台//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(ctx.calendarName)}`,
    `X-WR-TIMEZONE:${TZID}`,
    'BEGIN:VTIMEZONE',
    `TZID:${TZID}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const bySeries = new Map<string, Booking[]>();
  for (const b of bookings) {
    if (b.deletedAt !== null) continue;
    const s = b.seriesId ? series.get(b.seriesId) : undefined;
    if (!s) {
      lines.push(...eventLines(b, b.id, ctx, []));
      continue;
    }
    bySeries.set(s.id, [...(bySeries.get(s.id) ?? []), b]);
  }
  for (const [id, rows] of bySeries) {
    const s = series.get(id) as BookingSeries;
    const sorted = [...rows].sort((a, b) => a.start - b.start);
    const ruleTime = formatTime(s.dtstart);
    const ruleDates = expandDates(parseRrule(s.rrule), dateKey(s.dtstart));
    const onRule = new Map<string, Booking>();
    const off: Booking[] = [];
    for (const b of sorted) {
      const d = dateKey(b.start);
      if (ruleDates.includes(d) && !onRule.has(d)) onRule.set(d, b);
      else off.push(b);
    }
    const master = sorted.find((b) => holdsRoom(b.status)) ?? (sorted[0] as Booking);
    const masterStart = s.dtstart;
    const exdates = ruleDates
      .filter((d) => {
        const b = onRule.get(d);
        return !b || !holdsRoom(b.status);
      })
      .map((d) => `EXDATE;TZID=${TZID}:${d.replace(/-/g, '')}T${ruleTime.replace(':', '')}00`);
    lines.push(
      ...eventLines(
        { ...master, start: masterStart, end: masterStart + s.durationMinutes * 60_000 },
        s.id,
        ctx,
        [`RRULE:${s.rrule}`, ...exdates],
      ),
    );
    for (const [d, b] of onRule) {
      if (!holdsRoom(b.status)) continue;
      const sameTime = formatTime(b.start) === ruleTime && b.end - b.start === s.durationMinutes * 60_000;
      if (sameTime && b.title === master.title && b.roomId === master.roomId) continue;
      lines.push(
        ...eventLines(b, s.id, ctx, [
          `RECURRENCE-ID;TZID=${TZID}:${d.replace(/-/g, '')}T${ruleTime.replace(':', '')}00`,
        ]),
      );
    }
    for (const b of off) lines.push(...eventLines(b, b.id, ctx, []));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
