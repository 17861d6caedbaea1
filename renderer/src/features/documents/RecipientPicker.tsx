import { Button, Flex, Form, InputNumber, Radio, Select, Space } from 'antd';
import { useId, useState } from 'react';
import type { Volunteer } from '@shared/model';
import { formatDateCn, dateKey } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { busy as busyLoading } from '../../ui/busy';

type Source = 'search' | 'activity' | 'booking' | 'hours';

/** Adds recipients from a name search, an activity's or booking's participants, or an hours filter. */
export function RecipientPicker({
  year,
  onAdd,
}: {
  year: number;
  onAdd(people: Volunteer[], label: string): void;
}) {
  const repos = useRepos();
  const uid = useId();
  const [source, setSource] = useState<Source>('search');
  const [query, setQuery] = useState('');
  const [activityId, setActivityId] = useState<string | null>(null);
  const [bookingId, setBookingId] = useState<string | null>(null);
  const [minHours, setMinHours] = useState<number | null>(100);
  const [filterYear, setFilterYear] = useState<number | null>(year);
  const [busy, setBusy] = useState(false);

  const found = useLive(() => repos.people.searchVolunteers(query, 20), [repos, query]);
  const activities = useLive(
    () => (source === 'activity' ? repos.documentSources.recentActivities(100) : Promise.resolve([])),
    [repos, source],
  );
  const bookings = useLive(
    () => (source === 'booking' ? repos.documentSources.bookingsWithService(60) : Promise.resolve([])),
    [repos, source],
  );

  const add = async (load: () => Promise<Volunteer[]>, label: string) => {
    setBusy(true);
    try {
      onAdd(await load(), label);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Radio.Group
        aria-label="接收人来源"
        value={source}
        onChange={(e) => setSource(e.target.value as Source)}
        optionType="button"
        options={[
          { value: 'search', label: '按姓名查找' },
          { value: 'activity', label: '活动参与者' },
          { value: 'booking', label: '预约参与者' },
          { value: 'hours', label: '按年度时长' },
        ]}
      />
      {source === 'search' && (
        <Form.Item
          label="查找志愿者"
          htmlFor={`${uid}-q`}
          style={{ marginBottom: 0 }}
          extra="输入姓名、拼音、编号或手机号后四位，选中即加入"
        >
          <Select<string>
            id={`${uid}-q`}
            showSearch={{ filterOption: false, onSearch: setQuery }}
            value={null}
            placeholder="如：李华 / lihua / ZYZ000012"
            notFoundContent={query ? '没有找到' : null}
            options={(found ?? []).map((v) => ({ value: v.id, label: `${v.name}（${v.volunteerNo}）` }))}
            onChange={(id) => {
              const v = found?.find((x) => x.id === id);
              if (v) onAdd([v], v.name);
              setQuery('');
            }}
          />
        </Form.Item>
      )}
      {source === 'activity' && (
        <Space.Compact style={{ width: '100%' }}>
          <Select<string>
            aria-label="活动"
            style={{ flex: 1 }}
            value={activityId}
            onChange={setActivityId}
            placeholder="选择本中心组织的活动"
            showSearch={{ optionFilterProp: 'label' }}
            options={(activities ?? []).map((a) => ({
              value: a.id,
              label: `${formatDateCn(dateKey(a.start))}\u3000${a.title}`,
            }))}
          />
          <Button
            disabled={!activityId}
            loading={busyLoading(busy)}
            onClick={() =>
              activityId && void add(() => repos.documentSources.participants({ activityId }), '活动参与者')
            }
          >
            加入全部参与者
          </Button>
        </Space.Compact>
      )}
      {source === 'booking' && (
        <Space.Compact style={{ width: '100%' }}>
          <Select<string>
            aria-label="预约"
            style={{ flex: 1 }}
            value={bookingId}
            onChange={setBookingId}
            placeholder="选择有志愿者服务的预约"
            showSearch={{ optionFilterProp: 'label' }}
            options={(bookings ?? []).map((b) => ({ value: b.id, label: `${b.number}\u3000${b.title}` }))}
          />
          <Button
            disabled={!bookingId}
            loading={busyLoading(busy)}
            onClick={() =>
              bookingId && void add(() => repos.documentSources.participants({ bookingId }), '预约参与者')
            }
          >
            加入全部参与者
          </Button>
        </Space.Compact>
      )}
      {source === 'hours' && (
        <Flex gap={12} align="end" wrap>
          <Form.Item label="年度" htmlFor={`${uid}-year`} style={{ marginBottom: 0 }}>
            <InputNumber
              id={`${uid}-year`}
              min={2000}
              max={2999}
              value={filterYear}
              onChange={setFilterYear}
            />
          </Form.Item>
          <Form.Item label="已确认时长不少于（小时）" htmlFor={`${uid}-min`} style={{ marginBottom: 0 }}>
            <InputNumber id={`${uid}-min`} min={0} max={10000} value={minHours} onChange={setMinHours} />
          </Form.Item>
          <Button
            loading={busyLoading(busy)}
            disabled={filterYear === null || minHours === null}
            onClick={() =>
              void add(
                async () =>
                  (
                    await repos.documentSources.volunteersWithHours(filterYear ?? year, (minHours ?? 0) * 60)
                  ).map((x) => x.volunteer),
                `${filterYear}年时长≥${minHours}小时`,
              )
            }
          >
            按条件加入
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
