import { App, Button, Flex, InputNumber, Progress, Table, Tag, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { dateKey } from '@shared/time/center-time';
import { DEFAULT_RETENTION_YEARS, retentionCutoff } from '@shared/volunteers/anonymise';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import type { InactiveVolunteer } from '../../db/repos/volunteer-erasure';
import { describeError } from '../../db/errors';
import { FormField } from '../../ui/FormField';

type Search =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; years: number; rows: InactiveVolunteer[] }
  | { phase: 'failed'; message: string };

/**
 * 个人信息保留: how many years of inactivity put a volunteer on the review list, and the list itself.
 * The list is computed on demand (there is no last-activity index), with progress; nothing is erased
 * automatically: staff review each person and use 注销并匿名化 on the profile.
 */
export function RetentionSection() {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const today = useTodayKey();
  const uid = useId();
  const saved = useLive(async () => ({ years: await repos.settings.get('retentionYears') }), [repos]);
  const [years, setYears] = useState<number | null>(null);
  const [search, setSearch] = useState<Search>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const current = years ?? saved?.years ?? DEFAULT_RETENTION_YEARS;
  const valid = Number.isInteger(current) && current >= 1 && current <= 30;

  const save = () =>
    void write(() => repos.settings.set('retentionYears', current)).then(
      (ok) => ok && message.success('保留年限已保存'),
    );

  const find = async () => {
    const controller = new AbortController();
    abort.current = controller;
    try {
      const total = await repos.volunteers.totalRows();
      setSearch({ phase: 'running', done: 0, total });
      const rows = await repos.volunteers.findInactive(
        retentionCutoff(today, current),
        (done) => setSearch({ phase: 'running', done, total }),
        controller.signal,
      );
      if (!controller.signal.aborted) setSearch({ phase: 'done', years: current, rows });
    } catch (error) {
      setSearch({ phase: 'failed', message: describeError(error) });
    }
  };
  const cancel = () => {
    abort.current?.abort();
    setSearch({ phase: 'idle' });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {
          '超过保留年限没有签到、也不是新登记的志愿者会列出来供复核；程序不会自动清除任何信息。复核后如需删除个人信息，请在该志愿者页面点“注销并匿名化”。'
        }
      </Typography.Paragraph>
      <Flex gap={12} align="end" wrap>
        <FormField
          label="不活跃年限（年）"
          htmlFor={`${uid}-years`}
          error={valid ? undefined : '请填写 1 到 30 之间的整数'}
        >
          <InputNumber id={`${uid}-years`} value={current} onChange={(v) => setYears(v ?? 0)} />
        </FormField>
        <Button onClick={save} disabled={!valid} style={{ marginBottom: 14 }}>
          保存保留年限
        </Button>
        <Button
          type="primary"
          onClick={() => void find()}
          disabled={!valid || search.phase === 'running'}
          style={{ marginBottom: 14 }}
        >
          查找 {valid ? current : ''} 年未服务的志愿者
        </Button>
      </Flex>
      {search.phase === 'running' && (
        <Flex gap={12} align="center">
          <Progress
            percent={search.total ? Math.floor((search.done / search.total) * 100) : 0}
            aria-label="查找进度"
            style={{ flex: 1 }}
          />
          <span className="tabular">
            {search.done} / {search.total}
          </span>
          <Button onClick={cancel}>停止</Button>
        </Flex>
      )}
      {search.phase === 'failed' && (
        <Typography.Text type="danger">查找失败：{search.message}</Typography.Text>
      )}
      {search.phase === 'done' && (
        <Table<InactiveVolunteer>
          rowKey="id"
          size="small"
          dataSource={search.rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          caption={`超过 ${search.years} 年未服务的志愿者：${search.rows.length} 位`}
          locale={{ emptyText: `没有超过 ${search.years} 年未服务的志愿者，无需处理。` }}
          columns={[
            { title: '编号', dataIndex: 'volunteerNo', key: 'no', width: 120, className: 'tabular' },
            {
              title: '姓名',
              key: 'name',
              render: (_, v) => <Link to={`/volunteers/${v.id}`}>{v.name}</Link>,
            },
            { title: '最后活动', key: 'last', render: (_, v) => dateKey(v.lastActivityAt) },
            {
              title: '状态',
              key: 'state',
              render: (_, v) => (v.deleted ? <Tag>已删除</Tag> : <Tag color="blue">在册</Tag>),
            },
          ]}
        />
      )}
    </Flex>
  );
}
