import { z } from 'zod';
import { noMarkup, stripBidiControls } from '../text/plain-text';
import { ROOM_KINDS, type Room } from '../model/places';
import { formatMinutes } from '../time/center-time';
import { parseTimeOfDay } from './form-schema';

const time = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => parseTimeOfDay(v) !== null, `请按 08:30 的格式填写${what}`);

/** Most desks open in two spans (a lunch break); a few add an evening one. */
export const MAX_WINDOWS_PER_DAY = 4;

/**
 * The room form: opening hours as up to four windows per weekday (e.g. 08:30–12:00 and 14:00–17:30),
 * sessions as an editable list, with Chinese messages at each field. Parses into the stored Room fields
 * (minus bookkeeping and sort order).
 *
 * @example
 * roomSchema.parse(roomFormValues(room)).openingHours.length // => 6 for a room open once a day but Mondays
 */
export const roomSchema = z
  .object({
    name: z
      .string()
      .overwrite(stripBidiControls)
      .trim()
      .min(1, '请填写场地名称')
      .max(30, '场地名称不能超过30个字')
      .refine(...noMarkup('场地名称')),
    kind: z.enum(ROOM_KINDS, { error: '请选择场地类型' }),
    capacity: z
      .number({ error: '请填写容纳人数' })
      .int('容纳人数须为整数')
      .min(1, '容纳人数至少为 1')
      .max(5000, '容纳人数不能超过5000'),
    area: z.number().min(0, '面积不能为负').max(100000, '面积过大').nullable(),
    location: z.string().trim().max(50, '位置不能超过50个字'),
    equipment: z.array(z.string().trim().min(1).max(20, '设备名称不能超过20个字')).max(30, '设备最多30项'),
    hours: z
      .array(
        z.object({
          weekday: z.number(),
          open: z.boolean(),
          windows: z
            .array(z.object({ openTime: z.string(), closeTime: z.string() }))
            .min(1)
            .max(MAX_WINDOWS_PER_DAY),
        }),
      )
      .length(7),
    sessions: z
      .array(
        z.object({
          name: z.string().trim().min(1, '请填写时段名称').max(10, '时段名称不能超过10个字'),
          startTime: time('开始时间'),
          endTime: time('结束时间'),
        }),
      )
      .max(8, '时段最多8个'),
    setupMinutes: z
      .number({ error: '请填写布置时间' })
      .int('须为整数')
      .min(0, '不能为负')
      .max(240, '最多240分钟'),
    cleanupMinutes: z
      .number({ error: '请填写清场时间' })
      .int('须为整数')
      .min(0, '不能为负')
      .max(240, '最多240分钟'),
    needsApproval: z.boolean(),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, '请选择颜色'),
    active: z.boolean(),
  })
  .superRefine((v, issue) => {
    v.hours.forEach((h, i) => {
      if (!h.open) return;
      let previousClose: number | null = null;
      h.windows.forEach((w, j) => {
        const path = (field: string) => ['hours', i, 'windows', j, field];
        const open = parseTimeOfDay(w.openTime);
        const close = parseTimeOfDay(w.closeTime);
        if (open === null) {
          issue.addIssue({ code: 'custom', path: path('openTime'), message: '请按 08:30 的格式填写' });
        } else if (close === null) {
          issue.addIssue({ code: 'custom', path: path('closeTime'), message: '请按 21:00 的格式填写' });
        } else if (close <= open) {
          issue.addIssue({ code: 'custom', path: path('closeTime'), message: '关门时间须晚于开门时间' });
        } else if (previousClose !== null && open < previousClose) {
          issue.addIssue({
            code: 'custom',
            path: path('openTime'),
            message: `须晚于上一段的结束 ${formatMinutes(previousClose)}`,
          });
        }
        if (close !== null) previousClose = close;
      });
    });
    v.sessions.forEach((s, i) => {
      const a = parseTimeOfDay(s.startTime);
      const b = parseTimeOfDay(s.endTime);
      if (a !== null && b !== null && b <= a)
        issue.addIssue({
          code: 'custom',
          path: ['sessions', i, 'endTime'],
          message: '结束时间须晚于开始时间',
        });
    });
  })
  .transform((v) => ({
    name: v.name,
    kind: v.kind,
    capacity: v.capacity,
    area: v.area,
    location: v.location,
    equipment: [...new Set(v.equipment)],
    openingHours: v.hours
      .filter((h) => h.open)
      .flatMap((h) =>
        h.windows.map((w) => ({
          weekday: h.weekday,
          openMinute: parseTimeOfDay(w.openTime) ?? 0,
          closeMinute: parseTimeOfDay(w.closeTime) ?? 0,
        })),
      ),
    sessions: v.sessions.map((s) => ({
      name: s.name,
      startMinute: parseTimeOfDay(s.startTime) ?? 0,
      endMinute: parseTimeOfDay(s.endTime) ?? 0,
    })),
    setupMinutes: v.setupMinutes,
    cleanupMinutes: v.cleanupMinutes,
    needsApproval: v.needsApproval,
    color: v.color,
    active: v.active,
  }));

/**
 * The room form's typed values.
 *
 * @example
 * const values: RoomFormValues = roomFormValues(null);
 */
export type RoomFormValues = z.input<typeof roomSchema>;

/**
 * Form values for a room, or defaults for a new one (Tuesday to Sunday 08:30–17:30).
 *
 * @example
 * roomFormValues(null).hours[0].open // => false (Monday, first in a Chinese week)
 */
export function roomFormValues(room: Room | null): RoomFormValues {
  const hours = [1, 2, 3, 4, 5, 6, 0].map((weekday) => {
    const own = room
      ? room.openingHours.filter((o) => o.weekday === weekday).sort((a, b) => a.openMinute - b.openMinute)
      : weekday === 1
        ? []
        : [{ openMinute: 510, closeMinute: 1050 }];
    // A closed day keeps one window ready, so ticking the day opens it at the usual hours.
    const spans = own.length > 0 ? own : [{ openMinute: 510, closeMinute: 1050 }];
    return {
      weekday,
      open: own.length > 0,
      windows: spans.map((w) => ({
        openTime: formatMinutes(w.openMinute),
        closeTime: formatMinutes(w.closeMinute),
      })),
    };
  });
  return {
    name: room?.name ?? '',
    kind: room?.kind ?? '活动室',
    capacity: room?.capacity ?? 30,
    area: room?.area ?? null,
    location: room?.location ?? '',
    equipment: room?.equipment ?? [],
    hours,
    sessions: (
      room?.sessions ?? [
        { name: '上午', startMinute: 510, endMinute: 720 },
        { name: '下午', startMinute: 840, endMinute: 1050 },
      ]
    ).map((s) => ({
      name: s.name,
      startTime: formatMinutes(s.startMinute),
      endTime: formatMinutes(s.endMinute),
    })),
    setupMinutes: room?.setupMinutes ?? 0,
    cleanupMinutes: room?.cleanupMinutes ?? 0,
    needsApproval: room?.needsApproval ?? false,
    color: room?.color ?? '#2f54eb',
    active: room?.active ?? true,
  };
}
