import type { Room } from '@shared/model';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import type { SeriesLine } from '../../db/repos/overview';
import { SERIES_LOOKAHEAD_DAYS } from '../../db/repos/overview';
import { PlainList } from '../../ui/PlainList';
import { Section } from '../../ui/Section';

interface Props {
  lines: SeriesLine[] | undefined;
  rooms: Map<string, Room>;
}

/** 重复预约: when each repeating booking next takes place, so the desk can prepare the room. */
export function SeriesPanel({ lines, rooms }: Props) {
  return (
    <Section title="重复预约的下次日期">
      <PlainList
        items={lines}
        itemKey={(l) => l.seriesId}
        emptyText={`未来 ${SERIES_LOOKAHEAD_DAYS} 天没有重复预约。在「场地预约」新建预约时打开“重复预约”即可。`}
        renderItem={(l) => (
          <div>
            <div>{l.series?.title ?? l.booking.title}</div>
            <div className="desk-stat-note tabular" style={{ marginTop: 0 }}>
              {formatDateCn(dateKey(l.booking.start))} {formatTime(l.booking.start)}–
              {formatTime(l.booking.end)} · {rooms.get(l.booking.roomId)?.name ?? '（已删除的场地）'}
              {l.laterCount > 0 ? ` · 之后两周内还有 ${l.laterCount} 次` : ''}
            </div>
          </div>
        )}
      />
    </Section>
  );
}
