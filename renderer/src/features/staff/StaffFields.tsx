import { Form, Input, Radio } from 'antd';
import { useId } from 'react';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { STAFF_ROLES, type StaffRole } from '@shared/model';
import { PIN_RULE } from '@shared/staff/pin-form';
import { PinPairFields } from './PinPairFields';

/** What the staff form holds while typing (the same shape staffFormSchema parses). */
export interface StaffFormInput {
  name: string;
  role: StaffRole;
  pin: string;
  pinAgain: string;
}

interface Props {
  control: Control<StaffFormInput>;
  errors: FieldErrors<StaffFormInput>;
  /** The name field's label: 管理员姓名 at first run, 姓名 when adding staff. */
  nameLabel: string;
  /** Whether to offer the role (fixed to 管理员 at first run). */
  withRole: boolean;
  /** Whether the name field takes the focus when shown (a dialog opened to add someone). */
  focusName?: boolean;
}

/**
 * Name, role and a new PIN typed twice, for first run and for 人员与权限. The PIN rule is said at the
 * field, not only after a wrong entry.
 */
export function StaffFields({ control, errors, nameLabel, withRole, focusName }: Props) {
  const uid = useId();
  const ids = { name: `${uid}-name`, role: `${uid}-role` };
  const status = (field: keyof StaffFormInput) => (errors[field] ? ('error' as const) : undefined);
  return (
    <>
      <Form.Item
        label={nameLabel}
        htmlFor={ids.name}
        required
        validateStatus={status('name')}
        help={errors.name?.message}
        extra={errors.name ? undefined : '操作记录中以此称呼记录每一次修改和查看'}
      >
        <Controller
          name="name"
          control={control}
          render={({ field }) => (
            <Input
              {...field}
              id={ids.name}
              maxLength={20}
              autoComplete="off"
              placeholder="如：王芳"
              autoFocus={focusName}
            />
          )}
        />
      </Form.Item>
      {withRole && (
        <Form.Item label={<span id={`${ids.role}-label`}>角色</span>} required>
          <Controller
            name="role"
            control={control}
            render={({ field }) => (
              <Radio.Group
                aria-labelledby={`${ids.role}-label`}
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                options={STAFF_ROLES.map((role) => ({ value: role, label: role }))}
              />
            )}
          />
        </Form.Item>
      )}
      <PinPairFields
        control={control}
        errors={errors}
        idPrefix={uid}
        labels={{ pin: '设置 PIN', again: '再次输入 PIN' }}
        hint={`${PIN_RULE}，用于登录和解锁，不要告诉他人`}
      />
    </>
  );
}
