import { Input, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { dateKey } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { FormField } from '../../ui/FormField';
import { PlainList } from '../../ui/PlainList';
import { STATUS_COLOR } from './use-orders';

/** 来电查询: a resident calling back is found by phone; the status and any refusal reason are read out. */
export function CallerLookup({ onOpen }: { onOpen(id: string): void }) {
  const repos = useRepos();
  const uid = useId();
  const [phone, setPhone] = useState('');
  const found = useLive(() => (phone ? repos.orders.byPhone(phone) : Promise.resolve(null)), [repos, phone]);
  return (
    <div>
      <FormField label="来电号码" htmlFor={`${uid}-phone`}>
        <Input.Search
          id={`${uid}-phone`}
          style={{ maxWidth: 320 }}
          placeholder="输入居民的联系电话"
          enterButton="查询"
          onSearch={(v) => setPhone(v.trim())}
        />
      </FormField>
      {found && (
        <PlainList
          items={found}
          itemKey={(o) => o.id}
          emptyText="这个号码还没有服务单。可点“点单”为居民登记。"
          renderItem={(o) => (
            <div>
              <Typography.Link onClick={() => onOpen(o.id)}>{o.number}</Typography.Link>{' '}
              <Tag color={STATUS_COLOR[o.status]}>{o.status}</Tag> {o.category} · {dateKey(o.orderedAt)} ·{' '}
              {o.description}
              {o.status === '不受理' && (
                <div>
                  <Typography.Text type="danger">不受理原因：{o.refusedReason}</Typography.Text>
                </div>
              )}
              {o.status === '已取消' && <div>取消原因：{o.cancelReason}</div>}
            </div>
          )}
        />
      )}
    </div>
  );
}
