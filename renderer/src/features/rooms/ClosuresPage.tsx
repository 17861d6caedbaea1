import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import type { Closure } from '@shared/model';
import { formatMinutes } from '@shared/time/center-time';
import { parseTimeOfDay } from '@shared/booking/form-schema';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { holidayYears, MAKEUP_DAYS } from '../../db/repos/closures';
import { Section } from '../../ui/Section';

const SOURCE: Record<Closure['source'], string> = {
  holiday: '法定节假日',
  center: '中心闭馆',
  room: '场地停用',
};

/** Closed dates: public holidays (imported), the center's own closures and per-room blackouts. */
export function ClosuresPage({ today }: { today: string }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState({
    roomId: null as string | null,
    range: [today, today] as [string, string],
    from: '',
    to: '',
    reason: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const closures = useLive(() => repos.closures.from(today), [repos, today]);
  const rooms = useLive(() => repos.places.rooms(), [repos]);
  const roomName = (id: string | null) => (id ? (rooms?.find((r) => r.id === id)?.name ?? '') : '全中心');
  const year = Number(today.slice(0, 4));
  const years = holidayYears().filter((y) => y >= year);
  const makeups = [...MAKEUP_DAYS.entries()].filter(([d]) => d >= today).slice(0, 6);

  const importYear = async (y: number) => {
    let added = 0;
    if (
      await write(async () => {
        added = await repos.closures.importHolidays(y);
      })
    ) {
      void message.success(
        added > 0 ? `已导入 ${y} 年法定节假日 ${added} 段` : `${y} 年法定节假日已全部导入`,
      );
    }
  };
  const save = async () => {
    const e: Record<string, string> = {};
    if (!draft.reason.trim()) e.reason = '请填写闭馆原因';
    const from = draft.from ? parseTimeOfDay(draft.from) : null;
    const to = draft.to ? parseTimeOfDay(draft.to) : null;
    if (draft.from && from === null) e.from = '请按 08:30 的格式填写';
    if (draft.to && to === null) e.to = '请按 12:00 的格式填写';
    if ((draft.from === '') !== (draft.to === '')) e.to = '部分时段闭馆需同时填写开始和结束时间';
    else if (from !== null && to !== null && to <= from) e.to = '结束时间须晚于开始时间';
    if (draft.range[1] < draft.range[0]) e.endDate = '结束日期不能早于开始日期';
    setErrors(e);
    if (Object.keys(e).length) return;
    const ok = await write(() =>
      repos.closures.save(
        {
          roomId: draft.roomId,
          date: draft.range[0],
          endDate: draft.range[1],
          startMinute: from,
          endMinute: to,
          reason: draft.reason.trim(),
          source: draft.roomId ? 'room' : 'center',
        },
        null,
      ),
    );
    if (ok) {
      setAdding(false);
      void message.success('闭馆安排已保存');
    }
  };
  const remove = async (c: Closure) => {
    if (!(await write(() => repos.closures.remove(c.id)))) return;
    const key = `closure-${c.id}`;
    void message.success({
      key,
      duration: 8,
      content: (
        <span>
          已删除「{c.reason}」{' '}
          <Button
            size="small"
            type="link"
            onClick={() => {
              message.destroy(key);
              void write(() => repos.closures.restore(c.id));
            }}
          >
            撤销
          </Button>
        </span>
      ),
    });
  };
  return (
    <Section
      title="闭馆日"
      extra={
        <Space wrap>
          {years.map((y) => (
            <Button key={y} onClick={() => void importYear(y)}>
              导入 {y} 年法定节假日
            </Button>
          ))}
          <Button
            type="primary"
            onClick={() => {
              setErrors({});
              setAdding(true);
            }}
          >
            新建闭馆安排
          </Button>
        </Space>
      }
    >
      {makeups.length > 0 && (
        <p style={{ marginTop: 0 }}>
          近期调休上班日（按工作日开放）：
          {makeups.map(([d, n]) => (
            <Tag key={d}>{`${d} ${n}`}</Tag>
          ))}
        </p>
      )}
      <Table<Closure>
        rowKey="id"
        size="small"
        loading={closures === undefined}
        dataSource={closures}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        locale={{ emptyText: '今天以后没有闭馆安排。可导入法定节假日，或新建中心闭馆、场地停用。' }}
        columns={[
          {
            title: '日期',
            key: 'd',
            width: 210,
            render: (_, c) => (c.date === c.endDate ? c.date : `${c.date} 至 ${c.endDate}`),
          },
          {
            title: '时段',
            key: 't',
            width: 120,
            render: (_, c) =>
              c.startMinute === null
                ? '全天'
                : `${formatMinutes(c.startMinute)}–${formatMinutes(c.endMinute ?? 1440)}`,
          },
          { title: '范围', key: 'r', width: 110, render: (_, c) => roomName(c.roomId) },
          {
            title: '类型',
            key: 's',
            width: 110,
            render: (_, c) => (
              <Tag color={c.source === 'holiday' ? 'red' : undefined}>{SOURCE[c.source]}</Tag>
            ),
          },
          { title: '原因', dataIndex: 'reason' },
          {
            title: '操作',
            key: 'o',
            width: 80,
            render: (_, c) => (
              <Button size="small" danger onClick={() => void remove(c)} aria-label={`删除${c.reason}`}>
                删除
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={adding}
        title="新建闭馆安排"
        okText="保存"
        cancelText="取消"
        onOk={() => void save()}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <Form layout="vertical" component={false}>
          <Form.Item label="范围" htmlFor={`${uid}-room`}>
            <Select
              id={`${uid}-room`}
              value={draft.roomId ?? ''}
              onChange={(v) => setDraft({ ...draft, roomId: v || null })}
              options={[
                { value: '', label: '全中心闭馆' },
                ...(rooms ?? []).map((r) => ({ value: r.id, label: `仅${r.name}` })),
              ]}
            />
          </Form.Item>
          {/* Two plain date fields rather than a range picker: a date typed and confirmed with Enter
              is always kept, and each has its own message. */}
          <Space align="start">
            <Form.Item label="开始日期" htmlFor={`${uid}-date`}>
              <DatePicker
                id={`${uid}-date`}
                allowClear={false}
                value={dayjs(draft.range[0])}
                onChange={(v) => {
                  if (!v) return;
                  const date = v.format('YYYY-MM-DD');
                  // A one-day closure is the usual case: the end follows the start until it is changed.
                  const end =
                    draft.range[1] < date || draft.range[1] === draft.range[0] ? date : draft.range[1];
                  setDraft({ ...draft, range: [date, end] });
                }}
              />
            </Form.Item>
            <Form.Item
              label="结束日期"
              htmlFor={`${uid}-end`}
              validateStatus={errors.endDate ? 'error' : undefined}
              help={errors.endDate}
            >
              <DatePicker
                id={`${uid}-end`}
                allowClear={false}
                value={dayjs(draft.range[1])}
                onChange={(v) => v && setDraft({ ...draft, range: [draft.range[0], v.format('YYYY-MM-DD')] })}
              />
            </Form.Item>
          </Space>
          <Space align="start">
            <Form.Item
              label="开始时间"
              htmlFor={`${uid}-from`}
              validateStatus={errors.from ? 'error' : undefined}
              help={errors.from}
              extra="全天闭馆请留空"
            >
              <Input
                id={`${uid}-from`}
                value={draft.from}
                placeholder="如 14:00"
                onChange={(e) => setDraft({ ...draft, from: e.target.value })}
                style={{ width: 120 }}
              />
            </Form.Item>
            <Form.Item
              label="结束时间"
              htmlFor={`${uid}-to`}
              validateStatus={errors.to ? 'error' : undefined}
              help={errors.to}
            >
              <Input
                id={`${uid}-to`}
                value={draft.to}
                placeholder="如 17:30"
                onChange={(e) => setDraft({ ...draft, to: e.target.value })}
                style={{ width: 120 }}
              />
            </Form.Item>
          </Space>
          <Form.Item
            label="原因"
            htmlFor={`${uid}-reason`}
            required
            validateStatus={errors.reason ? 'error' : undefined}
            help={errors.reason}
          >
            <Input
              id={`${uid}-reason`}
              value={draft.reason}
              maxLength={50}
              onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
              placeholder="如：消防检测、设备维修"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Section>
  );
}
