import { App, Button, Flex, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import type { ServiceRecord } from '@shared/model';
import { dateKey, formatTime } from '@shared/time/center-time';
import { describeMinutes } from '@shared/volunteers/hours';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { SignOutFixDialog } from './SignOutFixDialog';

const STATUS_COLOR: Record<ServiceRecord['status'], string> = {
  服务中: 'processing',
  待确认: 'warning',
  已确认: 'success',
  作废: 'default',
};

/** Service records with one-click confirmation and voiding with a reason (both audit-logged). */
export function RecordsTable({
  records,
  showVolunteer,
}: {
  records: ServiceRecord[] | undefined;
  showVolunteer?: (id: string) => string;
}) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const [voiding, setVoiding] = useState<ServiceRecord | null>(null);
  const [reason, setReason] = useState('');
  const [fixing, setFixing] = useState<ServiceRecord | null>(null);

  return (
    <>
      <Table<ServiceRecord>
        rowKey="id"
        size="small"
        dataSource={records}
        loading={records === undefined}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有服务记录。签到签退或补录后会出现在这里。' }}
        columns={[
          ...(showVolunteer
            ? [
                {
                  title: '志愿者',
                  key: 'v',
                  render: (_: unknown, r: ServiceRecord) => showVolunteer(r.volunteerId),
                },
              ]
            : []),
          { title: '日期', key: 'date', width: 104, render: (_, r) => dateKey(r.signInAt) },
          {
            title: '时间',
            key: 'time',
            width: 110,
            render: (_, r) => `${formatTime(r.signInAt)}–${r.signOutAt ? formatTime(r.signOutAt) : ''}`,
          },
          { title: '项目/活动', key: 'project', render: (_, r) => r.projectName },
          { title: '地点', key: 'place', render: (_, r) => r.place },
          {
            title: '计入时长',
            key: 'minutes',
            width: 96,
            render: (_, r) => (r.creditedMinutes === null ? '—' : describeMinutes(r.creditedMinutes)),
          },
          {
            title: '状态',
            key: 'status',
            width: 150,
            render: (_, r) => (
              <Flex gap={4} wrap>
                <Tag color={STATUS_COLOR[r.status]}>{r.status}</Tag>
                {r.flaggedForReview && <Tag color="orange">自动签退待核实</Tag>}
                {r.manualReason && <Tag>补录</Tag>}
              </Flex>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_, r) => (
              <Flex gap={4} wrap>
                {r.status === '待确认' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      void write(() => repos.serviceRecords.confirm(r.id)).then(
                        (ok) => ok && message.success('已确认，时长已计入'),
                      )
                    }
                  >
                    确认
                  </Button>
                )}
                {r.status === '待确认' && r.flaggedForReview && (
                  <Button size="small" onClick={() => setFixing(r)}>
                    改签退时间
                  </Button>
                )}
                {(r.status === '待确认' || r.status === '已确认') && (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      setVoiding(r);
                      setReason('');
                    }}
                  >
                    作废
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {fixing && <SignOutFixDialog record={fixing} onClose={() => setFixing(null)} />}
      <Modal
        title="作废服务记录"
        open={voiding !== null}
        okText="作废"
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        cancelText="取消"
        onCancel={() => setVoiding(null)}
        onOk={() => {
          const r = voiding;
          if (!r) return;
          void write(() => repos.serviceRecords.void(r.id, reason)).then((ok) => {
            if (!ok) return;
            setVoiding(null);
            void message.success({
              content: (
                <span>
                  已作废，时长不再计入。
                  <Button
                    type="link"
                    size="small"
                    onClick={() =>
                      void write(() => repos.serviceRecords.setStatus(r.id, r.status, '撤销作废', '撤销'))
                    }
                  >
                    撤销
                  </Button>
                </span>
              ),
            });
          });
        }}
      >
        <label htmlFor="void-reason">作废原因</label>
        <Input.TextArea
          id="void-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={200}
        />
      </Modal>
    </>
  );
}
