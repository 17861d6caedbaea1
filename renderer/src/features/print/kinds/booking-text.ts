import type { Booking } from '@shared/model';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';

/** "2026年11月22日 星期日 09:00–11:30", or with both dates when a booking spans midnight. */
export function bookingTimeText(b: Pick<Booking, 'start' | 'end'>): string {
  const startDay = dateKey(b.start);
  const endDay = dateKey(b.end - 1);
  return startDay === endDay
    ? `${formatDateCn(startDay)} ${formatTime(b.start)}–${formatTime(b.end)}`
    : `${formatDateCn(startDay)} ${formatTime(b.start)} 至 ${formatDateCn(endDay)} ${formatTime(b.end)}`;
}

/** Rules printed on every booking slip. */
export const SLIP_RULES = [
  '请按预约时间使用场地，提前到场布置的，以登记的布场时间为准；超时使用须提前与前台联系。',
  '活动开始后 30 分钟内未签到的，按“未到场”处理，并计入预约单位的未到场次数。',
  '如需取消或变更，请至少提前 24 小时联系前台，以便安排其他单位使用。',
  '场地内禁止吸烟、明火及张贴损坏墙面的物品；活动结束后请恢复桌椅摆放，带走垃圾。',
  '请爱护设施设备，造成损坏的按价赔偿；活动内容须符合新时代文明实践要求。',
] as const;
