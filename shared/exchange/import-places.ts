import { roomFormValues, roomSchema } from '../booking/room-schema';
import type { Draft } from '../model/base';
import { ROOM_KINDS, type OpeningHours, type Room, type RoomKind } from '../model/places';
import { cellText, splitList, type RawCell } from './import-cells';
import { parseOpeningHours } from './import-hours';
import { issueMessages, nameCellText, type ImportKind } from './import-kind';

/**
 * Room fields a spreadsheet column can fill. Sessions and buffers keep the room form's defaults, and so
 * do opening hours when the file has none (Tuesday to Sunday 08:30–17:30).
 *
 * @example
 * ROOM_IMPORT_FIELDS.includes('capacity') // => true
 */
export const ROOM_IMPORT_FIELDS = [
  'name',
  'kind',
  'capacity',
  'location',
  'openingHours',
  'area',
  'equipment',
] as const;

/**
 * One importable room field.
 *
 * @example
 * const f: RoomImportField = 'location';
 */
export type RoomImportField = (typeof ROOM_IMPORT_FIELDS)[number];

/**
 * A room read from a file, validated by the room form's own schema.
 *
 * @example
 * const r: ImportedRoom = { name: '大讲堂', kind: '讲堂', capacity: 120, location: '一楼', area: null, equipment: [] };
 */
export interface ImportedRoom {
  name: string;
  kind: RoomKind;
  capacity: number;
  location: string;
  /** Null keeps the room form's default hours. */
  openingHours: OpeningHours[] | null;
  area: number | null;
  equipment: string[];
}

/** Spellings of room kinds seen in centers' lists, besides the kinds themselves. */
const ROOM_KIND_ALIASES: Record<string, RoomKind> = {
  大讲堂: '讲堂',
  报告厅: '讲堂',
  培训教室: '培训室',
  教室: '培训室',
  书屋: '图书室',
  农家书屋: '图书室',
  阅览区: '阅览室',
  多功能室: '多功能厅',
  室外场地: '户外场地',
  广场: '户外场地',
};

function numberCell(cell: RawCell): number | null | 'bad' {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell).replace(/(人|平方米|平米|㎡|m2)$/i, '');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : 'bad';
}

/**
 * 场地 as an import kind: 名称 (the duplicate key), 类型, 容纳人数, 楼层/位置, 面积, 设备.
 *
 * @example
 * ROOM_IMPORT.keyOf({ name: '大讲堂', kind: '讲堂', capacity: 120, location: '', area: null, equipment: [] }) // => '大讲堂'
 */
export const ROOM_IMPORT: ImportKind<RoomImportField, ImportedRoom> = {
  noun: '场地',
  measure: '个',
  fields: ROOM_IMPORT_FIELDS,
  labels: {
    name: '名称',
    kind: '类型',
    capacity: '容纳人数',
    location: '楼层/位置',
    openingHours: '开放时间',
    area: '面积（平方米）',
    equipment: '设备',
  },
  aliases: {
    name: ['名称', '场地名称', '场地', '场所名称', '房间名称', '功能室名称', '阵地名称'],
    kind: ['类型', '场地类型', '类别', '场地类别', '功能类型'],
    capacity: ['容纳人数', '容纳', '可容纳人数', '容量', '座位数', '人数'],
    location: ['楼层/位置', '位置', '楼层', '地点', '所在位置', '楼层位置', '地址'],
    openingHours: ['开放时间', '开放时段', '开放时间段', '开馆时间', '使用时间'],
    area: ['面积', '面积(平方米)', '面积(㎡)', '面积(m2)', '建筑面积'],
    equipment: ['设备', '设施', '设施设备', '设备设施', '配套设备'],
  },
  required: ['name', 'capacity'],
  readValues(cell) {
    const problems: string[] = [];
    const kindText = cellText(cell('kind')).replace(/\s+/g, '');
    const kind =
      kindText === ''
        ? '活动室'
        : (ROOM_KINDS.find((k) => k === kindText) ?? ROOM_KIND_ALIASES[kindText] ?? null);
    if (kind === null) problems.push(`类型“${kindText}”无法识别，应为${ROOM_KINDS.join('、')}之一`);
    const capacity = numberCell(cell('capacity'));
    if (capacity === 'bad') problems.push(`容纳人数“${cellText(cell('capacity'))}”不是数字`);
    const area = numberCell(cell('area'));
    if (area === 'bad') problems.push(`面积“${cellText(cell('area'))}”不是数字`);
    const hours = parseOpeningHours(cell('openingHours'));
    if (!hours.ok) problems.push(hours.message);
    const defaults = roomFormValues(null);
    const given = hours.ok ? hours.value : null;
    const draft = {
      ...defaults,
      // The schema checks the windows as it does the form's (close after open, no overlap).
      hours: given
        ? defaults.hours.map((d) => ({
            weekday: d.weekday,
            open: given.weekdays ? given.weekdays.includes(d.weekday) : d.open,
            windows: given.windows,
          }))
        : defaults.hours,
      name: nameCellText(cell('name')),
      kind: kind ?? '活动室',
      // The schema's own message (请填写容纳人数) for an empty cell.
      capacity: capacity === 'bad' ? 1 : (capacity ?? undefined),
      area: area === 'bad' ? null : area,
      location: cellText(cell('location')),
      equipment: splitList(cell('equipment')),
    };
    const parsed = roomSchema.safeParse(draft);
    if (!parsed.success) problems.push(...issueMessages(parsed.error.issues));
    if (problems.length > 0 || !parsed.success) return { values: null, problems };
    const v = parsed.data;
    return {
      values: {
        name: v.name,
        kind: v.kind,
        capacity: v.capacity,
        location: v.location,
        openingHours: given ? v.openingHours : null,
        area: v.area,
        equipment: v.equipment,
      },
      problems,
    };
  },
  keyOf: (v) => v.name,
};

/**
 * The stored room an imported one becomes (before the repository stamps and orders it), with the room
 * form's defaults for everything a file does not carry.
 *
 * @example
 * roomFromImport(imported).openingHours.length // => 6
 */
export function roomFromImport(v: ImportedRoom): Omit<Draft<Room>, 'sortOrder'> {
  const defaults = roomSchema.parse({ ...roomFormValues(null), name: v.name });
  return { ...defaults, ...v, openingHours: v.openingHours ?? defaults.openingHours };
}

/**
 * For a room already on record: what the file may fill because it is empty there. Never overwrites.
 *
 * @example
 * fillEmptyRoomFields({ ...room, location: '' }, imported) // => { location: '二楼' }
 */
export function fillEmptyRoomFields(current: Room, v: ImportedRoom): Partial<Room> {
  const patch: Partial<Room> = {};
  if (current.location === '' && v.location !== '') patch.location = v.location;
  if (current.area === null && v.area !== null) patch.area = v.area;
  if (current.equipment.length === 0 && v.equipment.length > 0) patch.equipment = v.equipment;
  return patch;
}
