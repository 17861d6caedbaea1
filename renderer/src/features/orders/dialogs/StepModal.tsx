import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  okText: string;
  width?: number;
  /** A step that ends the order (不受理, 取消) shows its button in red. */
  danger?: boolean;
  submitting: boolean;
  onOk(): void;
  onClose(): void;
  children: ReactNode;
}

/** The frame every order step opens in: 返回 never saves, and the form is built anew each time. */
export function StepModal({ title, okText, width, danger, submitting, onOk, onClose, children }: Props) {
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText}
      cancelText="返回"
      okButtonProps={{ danger, loading: submitting }}
      onOk={onOk}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form component={false} layout="vertical">
        {children}
      </Form>
    </Modal>
  );
}
