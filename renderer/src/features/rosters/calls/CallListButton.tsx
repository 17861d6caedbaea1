import { PhoneOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { CallListView } from './CallListView';

/** 明日通话名单: opens the call list of tomorrow (or a date picked there) in a dialog. */
export function CallListButton({ today }: { today: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<PhoneOutlined aria-hidden />} onClick={() => setOpen(true)}>
        明日通话名单
      </Button>
      <Modal
        open={open}
        title="上岗通话名单"
        width={900}
        footer={null}
        onCancel={() => setOpen(false)}
        // Closing forgets any full phones on screen: the next opening starts masked.
        destroyOnHidden
      >
        <CallListView today={today} />
      </Modal>
    </>
  );
}
