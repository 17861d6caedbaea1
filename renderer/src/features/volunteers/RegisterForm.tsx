import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Col, Flex, Form, Input, Radio, Row, Select } from 'antd';
import { useEffect, useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { ageOn, validateIdNumber } from '@shared/identity/id-card';
import { ID_TYPES, type Volunteer } from '@shared/model';
import { registrationFromVolunteer } from '@shared/volunteers/editing';
import { EditReasonField } from './EditReasonField';
import { minorRequirements } from '@shared/volunteers/minors';
import {
  DERIVING_ID_TYPES,
  emptyRegistration,
  registrationSchema,
  type RegistrationInput,
  type RegistrationValues,
} from '@shared/volunteers/registration';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import type { VolunteerSettings } from '../../db/repos/service-records';
import { ConsentFields } from './ConsentFields';
import { DuplicateAlerts, type Dup } from './DuplicateAlerts';
import { FormField } from '../../ui/FormField';
import { GuardianFields } from './GuardianFields';
import { MaskedEditInput } from './MaskedEditInput';
import { ProfileFields } from './ProfileFields';
import { quietUntilSubmitted } from './quiet-resolver';
import { useSaveVolunteer } from './use-save-volunteer';
import { busy } from '../../ui/busy';
import { textLimit } from '@shared/validation/text-limit';

/**
 * The registration form: keyboard only, Enter saves; the ID number is checked as it is typed. With
 * `editing` it is the same form prefilled, saving only what changed (duplicates exclude the person).
 */
export function RegisterForm({ settings, editing }: { settings: VolunteerSettings; editing?: Volunteer }) {
  const repos = useRepos();
  const navigate = useNavigate();
  const today = useTodayKey();
  const { modal } = App.useApp();
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const schema = useMemo(
    () => registrationSchema({ today, minorRules: settings.minorRules }),
    [today, settings],
  );
  // Empty required fields are flagged from the first submit on, not when merely tabbed through.
  const quiet = useMemo(() => quietUntilSubmitted(zodResolver(schema)), [schema]);
  const { control, handleSubmit, setError, formState } = useForm<
    RegistrationInput,
    unknown,
    RegistrationValues
  >({
    resolver: quiet.resolver,
    defaultValues: editing ? registrationFromVolunteer(editing) : emptyRegistration(),
    mode: 'onTouched',
  });
  const { errors, isSubmitting, isDirty } = formState;
  const [idType, idNumber, phone, name, birthDate] = useWatch({
    control,
    name: ['idType', 'idNumber', 'phone', 'name', 'birthDate'],
  });
  const teams = useLive(() => repos.teams.active(), [repos]);
  const [dup, setDup] = useState<Dup>({ blocking: null, warnings: [] });
  const selfId = editing?.id ?? null;

  const derives = DERIVING_ID_TYPES.has(idType);
  const checked = idNumber.trim() ? validateIdNumber(idType, idNumber, { today }) : null;
  const effectiveBirth = derives ? (checked?.ok ? (checked.birthDate ?? '') : '') : birthDate.trim();
  const age =
    /^\d{4}-\d{2}-\d{2}$/.test(effectiveBirth) && effectiveBirth <= today
      ? ageOn(effectiveBirth, today)
      : null;
  const needs = age === null ? null : minorRequirements(age, settings.minorRules);

  // Duplicates are looked up as soon as the number is valid, before the person finishes the form.
  const normalisedId = checked?.ok ? checked.normalised : '';
  useEffect(() => {
    let stale = false;
    void repos.volunteers
      .checkDuplicates(
        {
          idType,
          idNumber: normalisedId,
          phone: phone.replace(/\D/g, ''),
          name: name.trim(),
          birthDate: effectiveBirth || null,
        },
        selfId,
      )
      .then((r) => {
        if (!stale) setDup(r);
      });
    return () => {
      stale = true;
    };
  }, [repos, idType, normalisedId, phone, name, effectiveBirth, selfId]);

  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const save = useSaveVolunteer({ settings, today, editing, setError, setDup, reason, setReasonError });
  const submit = handleSubmit(async (values) => {
    if (dup.blocking) {
      setError('idNumber', {
        message: `该证件号码已登记（${dup.blocking.name}，${dup.blocking.volunteerNo}）`,
      });
      return;
    }
    await save(values);
  });

  const leaveTo = editing ? `/volunteers/${editing.id}` : '/volunteers';
  // Leaving with unsaved typing asks first: nothing typed is thrown away by a stray click.
  const leave = () => {
    if (!isDirty) {
      void navigate(leaveTo);
      return;
    }
    modal.confirm({
      title: editing ? '放弃未保存的修改？' : '放弃正在填写的登记？',
      content: '已填写的内容不会保存。',
      okText: '放弃',
      okButtonProps: { danger: true },
      cancelText: '继续填写',
      onOk: () => void navigate(leaveTo),
    });
  };

  const text = (field: 'name' | 'idNumber' | 'phone' | 'birthDate', placeholder?: string, max = 60) => (
    <Controller
      name={field}
      control={control}
      render={({ field: f }) =>
        editing && (field === 'idNumber' || field === 'phone') ? (
          <MaskedEditInput
            id={id(field)}
            label={field === 'idNumber' ? '证件号码' : '手机号码'}
            kind={field}
            original={editing[field]}
            value={f.value}
            onChange={f.onChange}
            onBlur={f.onBlur}
            invalid={Boolean(errors[field])}
            placeholder={placeholder}
            maxLength={max}
          />
        ) : (
          <Input
            {...f}
            id={id(field)}
            aria-invalid={errors[field] ? true : undefined}
            placeholder={placeholder}
            count={textLimit(max)}
            autoComplete="off"
          />
        )
      }
    />
  );

  return (
    <form
      onSubmit={(e) => {
        quiet.submitted();
        void submit(e);
      }}
      noValidate
      aria-label={editing ? `编辑志愿者 ${editing.name}` : '登记志愿者'}
    >
      <Form component={false} layout="vertical" requiredMark>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <FormField label="姓名" htmlFor={id('name')} required error={errors.name?.message}>
              {text('name', '与证件一致', 30)}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField label="证件类型" htmlFor={id('idType')} required error={errors.idType?.message}>
              <Controller
                name="idType"
                control={control}
                render={({ field }) => (
                  <Select
                    {...field}
                    id={id('idType')}
                    options={ID_TYPES.map((t) => ({ value: t, label: t }))}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField
              label="证件号码"
              htmlFor={id('idNumber')}
              required
              error={errors.idNumber?.message}
              extra={
                checked?.ok && checked.birthDate ? (
                  <span role="status">
                    出生日期 {checked.birthDate} · 性别 {checked.gender} · {age} 岁
                    {checked.converted15 ? ' · 已由15位升为18位' : ''}
                  </span>
                ) : checked && !checked.ok && !errors.idNumber ? (
                  <span>{checked.message}</span>
                ) : (
                  '全角数字、空格会自动规范；末位 x 自动转为 X'
                )
              }
            >
              {text('idNumber', '18位号码', 24)}
            </FormField>
          </Col>
        </Row>
        <DuplicateAlerts dup={dup} />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <FormField label="手机号码" htmlFor={id('phone')} required error={errors.phone?.message}>
              {text('phone', idType === '居民身份证' ? '11位手机号码' : '可带国家或地区区号，如 +852', 20)}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField
              label={<span id={id('gender-label')}>性别</span>}
              required
              error={errors.gender?.message}
              extra={derives ? '由证件号码得出' : undefined}
            >
              <Controller
                name="gender"
                control={control}
                render={({ field }) => (
                  <Radio.Group
                    aria-labelledby={id('gender-label')}
                    value={derives && checked?.ok ? checked.gender : field.value}
                    disabled={derives && checked?.ok === true}
                    onChange={(e) => field.onChange(e.target.value)}
                    options={['男', '女']}
                  />
                )}
              />
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            {derives ? (
              <FormField label="出生日期" htmlFor={id('birthShown')} extra="由证件号码得出">
                <Input id={id('birthShown')} value={effectiveBirth} readOnly tabIndex={-1} />
              </FormField>
            ) : (
              <FormField
                label="出生日期"
                htmlFor={id('birthDate')}
                required
                error={errors.birthDate?.message}
              >
                {text('birthDate', 'YYYY-MM-DD', 10)}
              </FormField>
            )}
          </Col>
        </Row>
        {needs?.needsGuardian && (
          <GuardianFields
            control={control}
            errors={errors}
            idOf={id}
            needs={needs}
            age={age ?? 0}
            rules={settings.minorRules}
            originalPhone={editing?.guardian?.phone ?? ''}
          />
        )}
        <ProfileFields
          control={control}
          errors={errors}
          idOf={id}
          teams={teams}
          originalEmergencyPhone={editing?.emergencyContact?.phone ?? ''}
        />
        <ConsentFields
          control={control}
          errors={errors}
          idOf={id}
          noticeVersion={settings.privacyNoticeVersion}
        />
        {editing && (
          <EditReasonField id={id('reason')} value={reason} onChange={setReason} error={reasonError} />
        )}
        <Flex gap={8}>
          {/* A fixed name: antd's leaving loading icon would otherwise read as "loading 登记". */}
          <Button
            type="primary"
            htmlType="submit"
            loading={busy(isSubmitting)}
            aria-label={editing ? '保存修改' : '登记'}
          >
            {editing ? '保存修改' : '登记'}
          </Button>
          <Button onClick={leave}>{editing ? '取消' : '返回名册'}</Button>
        </Flex>
      </Form>
    </form>
  );
}
