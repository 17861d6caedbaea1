import { Form, Input, Modal } from 'antd';
import { useId, useState } from 'react';
import type { IssuedDocument } from '@shared/model';

/** Asks for the reason a document is voided; the number stays in the register with it. */
export function VoidDialog({
  doc,
  onClose,
  onVoid,
}: {
  doc: IssuedDocument | null;
  onClose(): void;
  onVoid(reason: string): Promise<boolean>;
}) {
  const uid = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open={doc !== null}
      title={doc ? `作废 ${doc.number}` : ''}
      okText="作废"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      destroyOnHidden
      afterClose={() => {
        setReason('');
        setError(null);
      }}
      onCancel={onClose}
      onOk={async () => {
        if (!reason.trim()) return setError('请填写作废原因');
        if (await onVoid(reason.trim())) onClose();
      }}
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label="作废原因"
          htmlFor={`${uid}-r`}
          required
          validateStatus={error ? 'error' : undefined}
          help={error ?? '编号不会被再次使用，作废记录保留在登记簿中'}
        >
          <Input.TextArea
            id={`${uid}-r`}
            value={reason}
            maxLength={200}
            autoSize={{ minRows: 2 }}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
