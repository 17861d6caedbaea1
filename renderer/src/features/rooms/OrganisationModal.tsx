import { Modal } from 'antd';
import type { Organisation } from '@shared/model';
import { OrganisationForm } from './OrganisationForm';

interface Props {
  open: boolean;
  initial?: Organisation | null;
  onClose(): void;
  onSaved(org: Organisation): void;
}

/** The unit form in a dialog, used from the booking form and the 单位 list. */
export function OrganisationModal({ open, initial = null, onClose, onSaved }: Props) {
  return (
    <Modal
      open={open}
      title={initial ? `修改单位：${initial.name}` : '新建单位'}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <OrganisationForm initial={initial} onSaved={onSaved} />
    </Modal>
  );
}
