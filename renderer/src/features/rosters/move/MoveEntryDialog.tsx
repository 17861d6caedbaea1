import { Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import type { Clash } from '@shared/rosters/clashes';
import type { RosterEntry } from '@shared/rosters/model';
import { isValidDateKey } from '@shared/time/center-time';
import type { PostWeek } from '../../../db/repos/rosters';
import { FormField } from '../../../ui/FormField';
import { busy } from '../../../ui/busy';
import { cellWhat } from '../entry-actions';
import { ClashAlert } from '../VolunteerSearch';
import type { WeekCell } from '../week-grid';
import {
  dayChoices,
  isSamePlace,
  OTHER_DATE,
  shiftChoices,
  type MoveProblem,
  type MoveTarget,
} from './move-choices';
import { useEntryMove } from './use-entry-move';

/** What the dialog shows at its fields: a day the post does not take the entry, or the shift's clashes. */
interface Problems {
  day: string | null;
  shift: string | null;
  clashes: readonly Clash[];
}

const NONE: Problems = { day: null, shift: null, clashes: [] };

/**
 * 调到…: the keyboard's way to do what a drag does in the week grid. The day (this week's, or any date)
 * and the shift are picked in labelled selects; the move goes through the same moveEntry and 撤销 as
 * the drag, and a refusal stays at the fields with the choice kept, so another can be tried.
 * `onClose` gets where the entry went, or null when nothing moved.
 */
export function MoveEntryDialog({
  week,
  cells,
  entry,
  name,
  onClose,
}: {
  week: PostWeek;
  cells: WeekCell[][];
  entry: RosterEntry;
  name: string;
  onClose(moved: MoveTarget | null): void;
}) {
  const uid = useId();
  const move = useEntryMove();
  const inWeek = week.days.some((d) => d.date === entry.date);
  const [day, setDay] = useState(inWeek ? entry.date : OTHER_DATE);
  const [otherDate, setOtherDate] = useState(inWeek ? '' : entry.date);
  const [shiftId, setShiftId] = useState(entry.shiftId);
  const [problems, setProblems] = useState<Problems>(NONE);
  const [saving, setSaving] = useState(false);
  const date = day === OTHER_DATE ? otherDate : day;
  const ids = { day: `${uid}-day`, date: `${uid}-date`, shift: `${uid}-shift` };
  const dayProblemId = `${uid}-day-problem`;
  const shiftProblemId = `${uid}-shift-problem`;
  const shiftBad = problems.shift !== null || problems.clashes.length > 0;

  const refused = (p: MoveProblem) =>
    setProblems('clashes' in p ? { ...NONE, clashes: p.clashes } : { ...NONE, day: p.place });

  const confirm = async () => {
    if (!isValidDateKey(date)) return setProblems({ ...NONE, day: '请填写要调到的日期' });
    const to = { date, shiftId };
    if (isSamePlace(entry, to)) return setProblems({ ...NONE, shift: '已排在这一班，请选其他日期或班次' });
    setSaving(true);
    const moved = await move(entry, name, to, refused);
    setSaving(false);
    if (moved) onClose(to);
  };

  // A changed choice is a new question: the old answer no longer applies to it.
  const change = (apply: () => void) => {
    apply();
    setProblems(NONE);
  };

  const dayProblem = problems.day && (
    <Typography.Text id={dayProblemId} type="danger" role="alert">
      {problems.day}
    </Typography.Text>
  );

  return (
    <Modal
      open
      title={`将 ${name} 调到…`}
      onCancel={() => onClose(null)}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={() => onClose(null)}>
          取消
        </Button>,
        <Button key="ok" type="primary" loading={busy(saving)} onClick={() => void confirm()}>
          确定
        </Button>,
      ]}
    >
      <Flex vertical gap={4}>
        <Typography.Text>现在：{cellWhat(week.post, entry)}</Typography.Text>
        <Form component={false} layout="vertical">
          <FormField label="调到哪一天" htmlFor={ids.day}>
            <Select<string>
              id={ids.day}
              autoFocus
              value={day}
              options={dayChoices(week)}
              status={problems.day && day !== OTHER_DATE ? 'error' : undefined}
              aria-invalid={problems.day !== null && day !== OTHER_DATE}
              aria-describedby={problems.day && day !== OTHER_DATE ? dayProblemId : undefined}
              onChange={(v) => change(() => setDay(v))}
            />
          </FormField>
          {day === OTHER_DATE && (
            <FormField label="日期" htmlFor={ids.date}>
              <Input
                id={ids.date}
                type="date"
                value={otherDate}
                status={problems.day ? 'error' : undefined}
                aria-invalid={problems.day !== null}
                aria-describedby={problems.day ? dayProblemId : undefined}
                onChange={(e) => change(() => setOtherDate(e.target.value))}
              />
            </FormField>
          )}
          {/* Under the date when one is typed, else under the day: where the choice was made. */}
          {dayProblem}
          <FormField label="班次" htmlFor={ids.shift}>
            <Select<string>
              id={ids.shift}
              value={shiftId}
              options={shiftChoices(week, cells, date)}
              status={shiftBad ? 'error' : undefined}
              aria-invalid={shiftBad}
              aria-describedby={shiftBad ? shiftProblemId : undefined}
              onChange={(v) => change(() => setShiftId(v))}
            />
          </FormField>
          <div id={shiftProblemId}>
            {problems.shift && (
              <Typography.Text type="danger" role="alert">
                {problems.shift}
              </Typography.Text>
            )}
            <ClashAlert title="有排班冲突，未调动，请换一天或换班次" clashes={problems.clashes} />
          </div>
        </Form>
      </Flex>
    </Modal>
  );
}
