import { App, Button, Col, Flex, Input, Row, Select } from 'antd';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { POLITICAL_STATUSES, type Team } from '@shared/model';
import {
  AVAILABILITY_CHOICES,
  SERVICE_INTENTIONS,
  type RegistrationInput,
  type RegistrationValues,
} from '@shared/volunteers/registration';
import { FilePicker } from '../../ui/FilePicker';
import { FormField } from '../../ui/FormField';
import { MaskedEditInput } from './MaskedEditInput';
import { textLimit } from '@shared/validation/text-limit';

type TextName = 'address' | 'workUnit' | 'emergencyName' | 'emergencyPhone' | 'notes';

/** The rest of the volunteer's profile: politics, address, skills, intentions, teams, contacts, photo. */
export function ProfileFields({
  control,
  errors,
  idOf,
  teams,
  originalEmergencyPhone = '',
}: {
  control: Control<RegistrationInput, unknown, RegistrationValues>;
  errors: FieldErrors<RegistrationInput>;
  idOf: (name: string) => string;
  teams: Team[] | undefined;
  /** The stored emergency phone when editing: kept masked until staff change it. */
  originalEmergencyPhone?: string;
}) {
  const { message } = App.useApp();
  const text = (field: TextName, placeholder?: string, max = 60) => (
    <Controller
      name={field}
      control={control}
      render={({ field: f }) => (
        <Input
          {...f}
          id={idOf(field)}
          aria-invalid={errors[field] ? true : undefined}
          placeholder={placeholder}
          count={textLimit(max)}
          autoComplete="off"
        />
      )}
    />
  );
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <FormField label="政治面貌" htmlFor={idOf('politicalStatus')} required>
          <Controller
            name="politicalStatus"
            control={control}
            render={({ field }) => (
              <Select
                {...field}
                id={idOf('politicalStatus')}
                options={POLITICAL_STATUSES.map((s) => ({ value: s, label: s }))}
              />
            )}
          />
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField label="社区/住址" htmlFor={idOf('address')} error={errors.address?.message}>
          {text('address', '如：东街街道南营社区', 100)}
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField label="工作单位或学校" htmlFor={idOf('workUnit')} error={errors.workUnit?.message}>
          {text('workUnit')}
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField
          label="特长"
          htmlFor={idOf('skills')}
          error={errors.skills?.message}
          extra="输入后按回车添加"
        >
          <Controller
            name="skills"
            control={control}
            render={({ field }) => (
              <Select
                {...field}
                id={idOf('skills')}
                mode="tags"
                open={false}
                suffixIcon={null}
                placeholder="如：书法、摄影"
              />
            )}
          />
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField label="服务意向" htmlFor={idOf('intentions')}>
          <Controller
            name="intentions"
            control={control}
            render={({ field }) => (
              <Select
                {...field}
                id={idOf('intentions')}
                mode="multiple"
                options={SERVICE_INTENTIONS.map((s) => ({ value: s, label: s }))}
              />
            )}
          />
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField label="可服务时间" htmlFor={idOf('availability')}>
          <Controller
            name="availability"
            control={control}
            render={({ field }) => (
              <Select
                {...field}
                id={idOf('availability')}
                allowClear
                options={AVAILABILITY_CHOICES.map((s) => ({ value: s, label: s }))}
              />
            )}
          />
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField label="加入服务队" htmlFor={idOf('teamIds')}>
          <Controller
            name="teamIds"
            control={control}
            render={({ field }) => (
              <Select
                {...field}
                id={idOf('teamIds')}
                mode="multiple"
                options={(teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
              />
            )}
          />
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField label="紧急联系人" htmlFor={idOf('emergencyName')} error={errors.emergencyName?.message}>
          {text('emergencyName', '', 30)}
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField
          label="紧急联系人电话"
          htmlFor={idOf('emergencyPhone')}
          error={errors.emergencyPhone?.message}
        >
          {originalEmergencyPhone ? (
            <Controller
              name="emergencyPhone"
              control={control}
              render={({ field }) => (
                <MaskedEditInput
                  id={idOf('emergencyPhone')}
                  label="紧急联系人电话"
                  kind="phone"
                  original={originalEmergencyPhone}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  invalid={Boolean(errors.emergencyPhone)}
                  maxLength={20}
                />
              )}
            />
          ) : (
            text('emergencyPhone', '', 20)
          )}
        </FormField>
      </Col>
      <Col xs={24} md={16}>
        <FormField label="备注" htmlFor={idOf('notes')} error={errors.notes?.message}>
          {text('notes', '', 200)}
        </FormField>
      </Col>
      <Col xs={24} md={8}>
        <FormField label="照片（可选）" htmlFor={idOf('photo')} extra="不超过 1 MB 的 JPG 或 PNG">
          <Controller
            name="photo"
            control={control}
            render={({ field }) => (
              <Flex gap={8} align="center">
                <FilePicker
                  id={idOf('photo')}
                  accept="image/png,image/jpeg"
                  buttonText="选择照片…"
                  inputLabel="志愿者照片文件"
                  onFile={(file) => {
                    if (file.size > 1_000_000) {
                      void message.error('照片不能超过 1 MB');
                      return;
                    }
                    const reader = new FileReader();
                    reader.onload = () =>
                      field.onChange(typeof reader.result === 'string' ? reader.result : null);
                    reader.readAsDataURL(file);
                  }}
                />
                {field.value && (
                  <>
                    <img src={field.value} alt="照片预览" style={{ height: 48 }} />
                    <Button size="small" onClick={() => field.onChange(null)}>
                      删除照片
                    </Button>
                  </>
                )}
              </Flex>
            )}
          />
        </FormField>
      </Col>
    </Row>
  );
}
