import { App, Button, Flex, InputNumber, Popconfirm, Table, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_RANGE, isLastActiveAdmin } from '@shared/staff/policy';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import type { StaffMember } from '../../db';
import { useLive } from '../../db/live-query';
import { FormField } from '../../ui/FormField';
import { AddStaffDialog, ResetPinDialog } from './StaffDialogs';

/** 人员与权限 (管理员 only): staff accounts, their roles and PINs, and when the desk locks itself. */
export function StaffSection() {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const staff = useLive(() => repos.staff.list(), [repos]);
  const saved = useLive(async () => ({ minutes: await repos.settings.get('idleLockMinutes') }), [repos]);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const current = minutes ?? saved?.minutes ?? DEFAULT_IDLE_LOCK_MINUTES;
  const valid = Number.isInteger(current) && current >= IDLE_LOCK_RANGE.min && current <= IDLE_LOCK_RANGE.max;

  const saveMinutes = () =>
    void write(() => repos.settings.set('idleLockMinutes', current)).then(
      (ok) => ok && message.success('自动锁定时间已保存'),
    );
  const setActive = (s: StaffMember, active: boolean) =>
    void write(() => repos.staff.setActive(s.id, active)).then(
      (ok) => ok && message.success(active ? `${s.name} 已启用` : `${s.name} 已停用`),
    );

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        前台可以办理预约、登记和签到；修改设置、管理人员、恢复备份和查看完整证件号码只有管理员可以。
      </Typography.Paragraph>
      <Flex gap={12} align="end" wrap>
        <FormField
          label="无操作自动锁定（分钟）"
          htmlFor={`${uid}-idle`}
          error={valid ? undefined : `请填写 ${IDLE_LOCK_RANGE.min} 到 ${IDLE_LOCK_RANGE.max} 之间的整数`}
        >
          <InputNumber id={`${uid}-idle`} value={current} onChange={(v) => setMinutes(v ?? 0)} />
        </FormField>
        <Button onClick={saveMinutes} disabled={!valid} style={{ marginBottom: 14 }}>
          保存锁定时间
        </Button>
        <Button
          type="primary"
          onClick={() => setAdding(true)}
          style={{ marginBottom: 14, marginLeft: 'auto' }}
        >
          添加工作人员
        </Button>
      </Flex>
      <Table<StaffMember>
        rowKey="id"
        size="small"
        loading={staff === undefined}
        dataSource={staff ?? []}
        pagination={false}
        caption="工作人员"
        columns={[
          { title: '姓名', dataIndex: 'name', key: 'name' },
          { title: '角色', dataIndex: 'role', key: 'role' },
          {
            title: '状态',
            key: 'state',
            render: (_, s) =>
              s.active ? (
                s.failedPins > 0 ? (
                  <Tag color="orange">PIN 已输错 {s.failedPins} 次</Tag>
                ) : (
                  <Tag color="green">正常</Tag>
                )
              ) : (
                <Tag>已停用</Tag>
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, s) => (
              <Flex gap={8} wrap>
                <Button
                  size="small"
                  onClick={() => setResetting(s)}
                  disabled={!s.active}
                  aria-label={`重置 ${s.name} 的 PIN`}
                >
                  重置 PIN
                </Button>
                {s.active ? (
                  isLastActiveAdmin(staff ?? [], s.id) ? (
                    <Typography.Text type="secondary">最后一位管理员，不能停用</Typography.Text>
                  ) : (
                    <Popconfirm
                      title={`停用 ${s.name}？`}
                      description="停用后不能再登录，操作记录保留。之后可以重新启用。"
                      okText="停用"
                      cancelText="取消"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => setActive(s, false)}
                    >
                      <Button size="small" danger aria-label={`停用 ${s.name}`}>
                        停用
                      </Button>
                    </Popconfirm>
                  )
                ) : (
                  <Button size="small" onClick={() => setActive(s, true)} aria-label={`启用 ${s.name}`}>
                    启用
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <AddStaffDialog open={adding} onClose={() => setAdding(false)} />
      <ResetPinDialog staff={resetting} onClose={() => setResetting(null)} />
    </Flex>
  );
}
