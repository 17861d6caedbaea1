import { App, Flex, Input, Modal, Typography } from 'antd';
import { useId, useState } from 'react';
import { parseTimeOfDay } from '@shared/booking/form-schema';
import type { ServiceRecord } from '@shared/model';
import { dateKey, formatTime, fromDateAndMinutes, isValidDateKey } from '@shared/time/center-time';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';

/**
 * The real sign-out time of a record the clock closed (forgotten sign-out), with a reason: the hours
 * are computed again and the change goes to the history. Before, the record could only be confirmed
 * whole (8 hours) or voided.
 */
export function SignOutFixDialog({ record, onClose }: { record: ServiceRecord; onClose(): void }) {
  const uid = useId();
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const [day, setDay] = useState(dateKey(record.signInAt));
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const minute = parseTimeOfDay(time);
    if (!isValidDateKey(day.trim())) return setProblem('请按 YYYY-MM-DD 填写签退日期');
    if (minute === null) return setProblem('请按 HH:MM 填写签退时间，如 17:30');
    if (!reason.trim()) return setProblem('请填写更正原因');
    setProblem(null);
    const at = fromDateAndMinutes(day.trim(), minute);
    const ok = await write(() => repos.serviceRecords.correctSignOut(record.id, at, reason));
    if (ok) {
      void message.success(`签退时间已改为 ${formatTime(at)}，时长已重新计算`);
      onClose();
    }
  };
  return (
    <Modal
      open
      title="更正签退时间"
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => void save()}
      destroyOnHidden
    >
      <Typography.Paragraph>
        签到于 {dateKey(record.signInAt)} {formatTime(record.signInAt)}，系统按上限自动签退于{' '}
        {record.signOutAt ? formatTime(record.signOutAt) : '—'}
        。填写实际签退时间后，时长按实际服务时间重新计算。
      </Typography.Paragraph>
      <Flex gap={12} wrap>
        <Flex vertical gap={2}>
          <label htmlFor={`${uid}-day`}>签退日期</label>
          <Input
            id={`${uid}-day`}
            value={day}
            onChange={(e) => setDay(e.target.value)}
            style={{ width: 130 }}
          />
        </Flex>
        <Flex vertical gap={2}>
          <label htmlFor={`${uid}-time`}>签退时间</label>
          <Input
            id={`${uid}-time`}
            value={time}
            placeholder="17:30"
            onChange={(e) => setTime(e.target.value)}
            onPressEnter={() => void save()}
            style={{ width: 100 }}
            autoFocus
          />
        </Flex>
        <Flex vertical gap={2} style={{ flex: 1, minWidth: 200 }}>
          <label htmlFor={`${uid}-reason`}>更正原因</label>
          <Input
            id={`${uid}-reason`}
            value={reason}
            placeholder="如：本人来电确认离开时间"
            onChange={(e) => setReason(e.target.value)}
            count={textLimit(100)}
          />
        </Flex>
      </Flex>
      {problem && (
        <Typography.Text type="danger" role="alert">
          {problem}
        </Typography.Text>
      )}
    </Modal>
  );
}
