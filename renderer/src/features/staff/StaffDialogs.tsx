import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Form, Modal } from 'antd';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { PIN_RULE, pinPairSchema } from '@shared/staff/pin-form';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import type { StaffMember } from '../../db';
import { busy } from '../../ui/busy';
import { PinPairFields } from './PinPairFields';
import { StaffFields } from './StaffFields';
import { useStaffForm } from './use-staff-form';

/** Adds a 前台 or 管理员 with a first PIN, which they may be asked to change by a 管理员 later. */
export function AddStaffDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const repos = useRepos();
  const write = useWrite();
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useStaffForm('前台');
  const close = () => {
    reset();
    onClose();
  };
  const submit = handleSubmit(async ({ name, role, pin }) => {
    if (await write(() => repos.staff.add({ name, role, pin }))) close();
  });
  return (
    <Modal open={open} title="添加工作人员" onCancel={close} footer={null} destroyOnHidden>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="添加工作人员">
        <Form component={false} layout="vertical" requiredMark>
          <StaffFields control={control} errors={errors} nameLabel="姓名" withRole focusName />
          <Flex gap={8} justify="end">
            <Button onClick={close}>取消</Button>
            <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
              添加
            </Button>
          </Flex>
        </Form>
      </form>
    </Modal>
  );
}

interface PinPair {
  pin: string;
  pinAgain: string;
}

/** Sets a new PIN for a staff member who forgot theirs (and clears any wait from wrong PINs). */
export function ResetPinDialog({ staff, onClose }: { staff: StaffMember | null; onClose: () => void }) {
  const repos = useRepos();
  const write = useWrite();
  const uid = useId();
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PinPair>({ resolver: zodResolver(pinPairSchema), defaultValues: { pin: '', pinAgain: '' } });
  const close = () => {
    reset();
    onClose();
  };
  const submit = handleSubmit(async ({ pin }) => {
    if (staff && (await write(() => repos.staff.resetPin(staff.id, pin)))) close();
  });
  return (
    <Modal
      open={staff !== null}
      title={`重置 ${staff?.name ?? ''} 的 PIN`}
      onCancel={close}
      footer={null}
      destroyOnHidden
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="重置 PIN">
        <Form component={false} layout="vertical" requiredMark>
          <PinPairFields
            control={control}
            errors={errors}
            idPrefix={uid}
            labels={{ pin: '新 PIN', again: '再次输入新 PIN' }}
            hint={PIN_RULE}
          />
          <Flex gap={8} justify="end">
            <Button onClick={close}>取消</Button>
            <Button type="primary" htmlType="submit" loading={busy(isSubmitting)}>
              重置 PIN
            </Button>
          </Flex>
        </Form>
      </form>
    </Modal>
  );
}
