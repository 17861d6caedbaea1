import { Checkbox, Typography } from 'antd';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import type { RegistrationInput, RegistrationValues } from '@shared/volunteers/registration';
import { FormField } from '../../ui/FormField';

/** The privacy notice and the two consents (general, and separately for the ID number). */
export function ConsentFields({
  control,
  errors,
  idOf,
  noticeVersion,
}: {
  control: Control<RegistrationInput, unknown, RegistrationValues>;
  errors: FieldErrors<RegistrationInput>;
  idOf: (name: string) => string;
  noticeVersion: string;
}) {
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        个人信息处理告知（版本 {noticeVersion}
        ）：本中心仅为志愿服务登记、记录与证明收集上述信息，不用于商业用途，未经本人同意不向他人提供；证件号码默认隐藏显示。
      </Typography.Paragraph>
      <Controller
        name="privacyConsent"
        control={control}
        render={({ field }) => (
          <FormField label={null} error={errors.privacyConsent?.message}>
            <Checkbox
              id={idOf('privacyConsent')}
              checked={field.value}
              onChange={(e) => field.onChange(e.target.checked)}
            >
              本人已阅读个人信息处理告知并同意
            </Checkbox>
          </FormField>
        )}
      />
      <Controller
        name="idNumberConsent"
        control={control}
        render={({ field }) => (
          <FormField label={null} error={errors.idNumberConsent?.message}>
            <Checkbox
              id={idOf('idNumberConsent')}
              checked={field.value}
              onChange={(e) => field.onChange(e.target.checked)}
            >
              单独同意收集证件号码（敏感个人信息，用于实名注册与出具证明）
            </Checkbox>
          </FormField>
        )}
      />
    </>
  );
}
