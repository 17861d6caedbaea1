import { Alert, Checkbox, Col, Input, Row } from 'antd';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import type { MinorAgeRules } from '@shared/model';
import type { MinorRequirements } from '@shared/volunteers/minors';
import type { RegistrationInput, RegistrationValues } from '@shared/volunteers/registration';
import { FormField } from '../../ui/FormField';
import { MaskedEditInput } from './MaskedEditInput';
import { textLimit } from '@shared/validation/text-limit';

interface Props {
  control: Control<RegistrationInput, unknown, RegistrationValues>;
  errors: FieldErrors<RegistrationInput>;
  idOf: (name: string) => string;
  needs: MinorRequirements;
  age: number;
  rules: MinorAgeRules;
  /** The stored guardian phone when editing: kept masked until staff change it. */
  originalPhone?: string;
}

/** Guardian details, shown as soon as the birth date makes the person a minor. */
export function GuardianFields({ control, errors, idOf, needs, age, rules, originalPhone = '' }: Props) {
  const input = (name: 'guardianName' | 'guardianRelation' | 'guardianPhone', placeholder: string) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Input
          {...field}
          id={idOf(name)}
          aria-invalid={errors[name] ? true : undefined}
          placeholder={placeholder}
          count={textLimit(30)}
        />
      )}
    />
  );
  return (
    <section aria-label="监护人信息" style={{ marginBottom: 8 }}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`未成年志愿者（${age} 岁）：须填写监护人信息${needs.needsConsent ? `；未满${rules.consentBelow}周岁须取得监护人同意` : ''}${needs.mustBeAccompanied ? `；未满${rules.accompanyBelow}周岁服务时须由监护人陪同` : ''}`}
      />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <FormField
            label="监护人姓名"
            htmlFor={idOf('guardianName')}
            required
            error={errors.guardianName?.message}
          >
            {input('guardianName', '')}
          </FormField>
        </Col>
        <Col xs={24} md={8}>
          <FormField
            label="与本人关系"
            htmlFor={idOf('guardianRelation')}
            required
            error={errors.guardianRelation?.message}
          >
            {input('guardianRelation', '如：父亲、母亲')}
          </FormField>
        </Col>
        <Col xs={24} md={8}>
          <FormField
            label="监护人电话"
            htmlFor={idOf('guardianPhone')}
            required
            error={errors.guardianPhone?.message}
          >
            {originalPhone ? (
              <Controller
                name="guardianPhone"
                control={control}
                render={({ field }) => (
                  <MaskedEditInput
                    id={idOf('guardianPhone')}
                    label="监护人电话"
                    kind="phone"
                    original={originalPhone}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    invalid={Boolean(errors.guardianPhone)}
                    maxLength={30}
                  />
                )}
              />
            ) : (
              input('guardianPhone', '')
            )}
          </FormField>
        </Col>
      </Row>
      <Controller
        name="guardianConsent"
        control={control}
        render={({ field }) => (
          <FormField label={null} error={errors.guardianConsent?.message}>
            <Checkbox
              id={idOf('guardianConsent')}
              checked={field.value}
              onChange={(e) => field.onChange(e.target.checked)}
            >
              监护人已同意本人注册并参加志愿服务
            </Checkbox>
          </FormField>
        )}
      />
      {needs.mustBeAccompanied && (
        <Controller
          name="guardianAccompanies"
          control={control}
          render={({ field }) => (
            <FormField label={null} error={errors.guardianAccompanies?.message}>
              <Checkbox
                id={idOf('guardianAccompanies')}
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
              >
                监护人承诺服务时全程陪同
              </Checkbox>
            </FormField>
          )}
        />
      )}
    </section>
  );
}
