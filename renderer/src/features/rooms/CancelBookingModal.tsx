import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useId, useState } from 'react';
import { SCOPE_LABELS, type SeriesScope } from '@shared/booking/series';
import type { Booking } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';

interface Props {
  booking: Booking;
  open: boolean;
  onClose(): void;
  onCancelled(): void;
}

/** Asks for the reason (and, in a series, which occurrences), cancels, and offers 撤销. */
export function CancelBookingModal({ booking, open, onClose, onCancelled }: Props) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [scope, setScope] = useState<SeriesScope>('this');
  const submit = async () => {
    if (reason.trim() === '') {
      setError('请填写取消原因');
      return;
    }
    let undo: { id: string; status: Booking['status'] }[] = [];
    const ok = await write(async () => {
      undo = await repos.bookings.cancel(booking.id, reason, booking.seriesId ? scope : 'this');
    });
    if (!ok) return;
    onCancelled();
    const key = `cancel-${booking.id}`;
    void message.success({
      key,
      duration: 8,
      content: (
        <span>
          已取消 {undo.length} 次预约{' '}
          <Button
            size="small"
            type="link"
            onClick={() => {
              message.destroy(key);
              void write(() => repos.bookings.restoreCancelled(undo)).then((done) => {
                if (done) void message.success('已撤销取消');
              });
            }}
          >
            撤销
          </Button>
        </span>
      ),
    });
  };
  return (
    <Modal
      open={open}
      title={`取消预约 ${booking.number}`}
      okText="确认取消"
      okButtonProps={{ danger: true }}
      cancelText="返回"
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" component={false}>
        {booking.seriesId && (
          <Form.Item label={<span id={`${uid}-scope`}>取消范围</span>}>
            <Radio.Group
              aria-labelledby={`${uid}-scope`}
              value={scope}
              onChange={(e) => setScope(e.target.value as SeriesScope)}
              options={(Object.keys(SCOPE_LABELS) as SeriesScope[]).map((s) => ({
                value: s,
                label: SCOPE_LABELS[s],
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          label="取消原因"
          htmlFor={`${uid}-reason`}
          required
          validateStatus={error ? 'error' : undefined}
          help={error}
        >
          <Input
            id={`${uid}-reason`}
            value={reason}
            maxLength={100}
            onChange={(e) => {
              setReason(e.target.value);
              if (e.target.value.trim()) setError(null);
            }}
            placeholder="如：单位活动改期"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
