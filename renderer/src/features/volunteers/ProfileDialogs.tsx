import { App, Button, DatePicker, Flex, Input, Modal, Select, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import type { Volunteer } from '@shared/model';
import { fromDateAndMinutes } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { FormField } from '../../ui/FormField';

/** Staff add a past record by hand; it needs a reason and waits for confirmation. */
export function AddPastDialog({
  open,
  volunteerId,
  onClose,
}: {
  open: boolean;
  volunteerId: string;
  onClose: () => void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [day, setDay] = useState<Dayjs | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [project, setProject] = useState('');
  const [place, setPlace] = useState('');
  const [content, setContent] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const start = range?.[0];
  const end = range?.[1];
  const problems = {
    day: day ? undefined : '请选择服务日期',
    range:
      !start || !end ? '请选择签到和签退时间' : end.isAfter(start) ? undefined : '签退时间应晚于签到时间',
    project: project.trim() ? undefined : '请填写项目或活动名称',
    reason: reason.trim() ? undefined : '补录须填写原因',
  };
  const show = (k: keyof typeof problems) => (tried ? problems[k] : undefined);
  const save = () => {
    setTried(true);
    if (Object.values(problems).some(Boolean) || !day || !start || !end) return;
    const key = day.format('YYYY-MM-DD');
    const minutes = (d: Dayjs) => d.hour() * 60 + d.minute();
    void write(() =>
      repos.serviceRecords.addPast(volunteerId, {
        activityId: null,
        bookingId: null,
        post: null,
        projectName: project.trim(),
        place: place.trim(),
        serviceObject: '',
        content: content.trim(),
        leader: '',
        evaluation: '',
        signInAt: fromDateAndMinutes(key, minutes(start)),
        signOutAt: fromDateAndMinutes(key, minutes(end)),
        reason: reason.trim(),
      }),
    ).then((ok) => {
      if (!ok) return;
      void message.success('已补录，确认后计入时长');
      onClose();
    });
  };
  return (
    <Modal
      title="补录服务记录"
      open={open}
      onCancel={onClose}
      onOk={save}
      okText="补录"
      cancelText="取消"
      destroyOnHidden
    >
      <FormField label="服务日期" htmlFor={`${uid}-day`} required error={show('day')}>
        <DatePicker id={`${uid}-day`} value={day} onChange={setDay} style={{ width: '100%' }} />
      </FormField>
      <FormField label="签到至签退时间" htmlFor={`${uid}-range`} required error={show('range')}>
        <TimePicker.RangePicker
          id={{ start: `${uid}-range` }}
          format="HH:mm"
          value={range}
          onChange={(v) => setRange(v)}
        />
      </FormField>
      <FormField label="项目或活动名称" htmlFor={`${uid}-project`} required error={show('project')}>
        <Input
          id={`${uid}-project`}
          value={project}
          onChange={(e) => setProject(e.target.value)}
          maxLength={50}
        />
      </FormField>
      <FormField label="服务地点" htmlFor={`${uid}-place`}>
        <Input id={`${uid}-place`} value={place} onChange={(e) => setPlace(e.target.value)} maxLength={50} />
      </FormField>
      <FormField label="服务内容" htmlFor={`${uid}-content`}>
        <Input
          id={`${uid}-content`}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          maxLength={100}
        />
      </FormField>
      <FormField label="补录原因" htmlFor={`${uid}-reason`} required error={show('reason')}>
        <Input
          id={`${uid}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={100}
          placeholder="如：纸质签到表补录"
        />
      </FormField>
    </Modal>
  );
}

/** Merges a duplicate registration into this volunteer, keeping every service record; undoable. */
export function MergeDialog({
  open,
  keep,
  onClose,
}: {
  open: boolean;
  keep: Volunteer;
  onClose: () => void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [query, setQuery] = useState('');
  const [dropId, setDropId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const options = useLive(() => repos.volunteers.search(query, 10), [repos, query]);
  const merge = () => {
    if (!dropId || !reason.trim()) return;
    void write(() => repos.volunteers.merge(keep.id, dropId, reason.trim())).then((ok) => {
      if (!ok) return;
      onClose();
      void message.success({
        content: (
          <span>
            已合并，服务记录已全部转入 {keep.name}。
            <Button
              type="link"
              size="small"
              onClick={() => void write(() => repos.volunteers.unmerge(dropId))}
            >
              撤销
            </Button>
          </span>
        ),
        duration: 8,
      });
    });
  };
  return (
    <Modal
      title={`把重复登记合并到 ${keep.name}（${keep.volunteerNo}）`}
      open={open}
      onCancel={onClose}
      onOk={merge}
      okText="合并"
      okButtonProps={{ disabled: !dropId || !reason.trim() }}
      cancelText="取消"
      destroyOnHidden
    >
      <Flex vertical>
        <FormField label="要并入的重复记录" htmlFor={`${uid}-drop`} required>
          <Select
            id={`${uid}-drop`}
            showSearch
            filterOption={false}
            onSearch={setQuery}
            value={dropId}
            onChange={setDropId}
            placeholder="输入姓名、拼音或编号查找"
            options={(options ?? [])
              .filter((o) => o.id !== keep.id)
              .map((o) => ({ value: o.id, label: `${o.name} ${o.volunteerNo}` }))}
          />
        </FormField>
        <FormField label="合并原因" htmlFor={`${uid}-reason`} required>
          <Input
            id={`${uid}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={100}
            placeholder="如：同一人重复登记"
          />
        </FormField>
        <Typography.Text type="secondary">
          被合并的记录会隐藏并指向本记录，其服务记录全部转入本记录；可随时撤销。
        </Typography.Text>
      </Flex>
    </Modal>
  );
}
