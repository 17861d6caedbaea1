import { UserDeleteOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useId, useState } from 'react';
import type { Volunteer } from '@shared/model';
import { anonymisedName } from '@shared/volunteers/anonymise';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';

/**
 * 注销并匿名化: erases a volunteer's personal data on their request. Asked twice: a warning that it
 * cannot be undone, then the volunteer number typed in, which the repository checks again.
 */
export function AnonymiseAction({ volunteer }: { volunteer: Volunteer }) {
  const repos = useRepos();
  const write = useWrite();
  const { modal, message } = App.useApp();
  const uid = useId();
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const matches = typed.trim().toUpperCase() === volunteer.volunteerNo;

  const ask = () =>
    modal.confirm({
      title: `注销并匿名化 ${volunteer.name}（${volunteer.volunteerNo}）？`,
      content: (
        <>
          <p>
            将永久清除此人的姓名、证件号码、手机号码、住址、照片、监护人和紧急联系人等全部个人信息，
            包括变更记录和已出具文书中的姓名。此操作不能撤销，也不能从名册恢复。
          </p>
          <p>
            志愿者编号、服务记录和服务时长保留，统计数字不变；此人以“{anonymisedName(volunteer.volunteerNo)}
            ”显示。较早的备份文件中仍有原信息，请按备份保留期限处理。
          </p>
        </>
      ),
      okText: '继续',
      okButtonProps: { danger: true },
      cancelText: '取消',
      width: 520,
      onOk: () => {
        setTyped('');
        setTyping(true);
      },
    });

  const confirm = async () => {
    setBusy(true);
    const ok = await write(() => repos.volunteers.anonymise(volunteer.id, typed));
    setBusy(false);
    if (!ok) return;
    setTyping(false);
    void message.success(`已注销并匿名化 ${volunteer.volunteerNo}`);
  };

  return (
    <>
      <Button danger icon={<UserDeleteOutlined />} onClick={ask}>
        注销并匿名化
      </Button>
      <Modal
        title="再次确认：注销并匿名化"
        open={typing}
        onCancel={() => setTyping(false)}
        okText="注销并清除个人信息"
        okButtonProps={{ danger: true, disabled: !matches, loading: busy }}
        onOk={() => void confirm()}
        cancelText="取消"
        destroyOnHidden
      >
        <Typography.Paragraph>
          此操作不能撤销。请输入志愿者编号 <Typography.Text strong>{volunteer.volunteerNo}</Typography.Text>{' '}
          以确认。
        </Typography.Paragraph>
        <Form component={false} layout="vertical">
          <Form.Item label="志愿者编号" htmlFor={`${uid}-no`}>
            <Input
              id={`${uid}-no`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onPressEnter={() => matches && void confirm()}
              autoComplete="off"
              autoFocus
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
