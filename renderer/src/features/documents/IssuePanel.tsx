import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Col, Flex, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { TEMPLATE_KINDS, type TemplateKind } from '@shared/documents/defaults';
import { issueFormSchema, type IssueForm } from '@shared/documents/issue-form';
import type { Volunteer } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useDeskStatus, READ_ONLY_MESSAGE } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { NO_IMAGES } from '../print/DocumentPage';
import { IssuerQuickFields } from './IssuerQuickFields';
import { PreviewModal } from './PreviewModal';
import { PrintOptionsFields } from './PrintOptionsFields';
import { PrintProgressModal } from './PrintProgressModal';
import { RecipientPicker } from './RecipientPicker';
import { RecipientTable } from './RecipientTable';
import { useBatch } from './use-batch';
import { useDocumentSettings } from './use-document-settings';
import { useFieldFit } from './use-field-fit';
import { prepareRecipients } from './build-drafts';
import { recipientInput, usePreparedRecipients } from './use-prepared-recipients';
import { textLimit } from '@shared/validation/text-limit';
import { overflowMessage } from '@shared/documents/fit';

const DEFAULT_TEMPLATE: Record<TemplateKind, string> = {
  感谢信: 'builtin:thanks-volunteer',
  荣誉证书: 'builtin:honour-a4',
  志愿服务记录证明: 'builtin:proof',
};

/** 开具: choose kind and template, gather recipients, check their data, preview, issue and print. */
export function IssuePanel({ today }: { today: string }) {
  const repos = useRepos();
  const { readOnly } = useDeskStatus();
  const { message } = App.useApp();
  const uid = useId();
  const docSettings = useDocumentSettings();
  const batch = useBatch();
  const [people, setPeople] = useState<Volunteer[]>([]);
  const [units, setUnits] = useState<Record<string, string>>({});
  const [previewOpen, setPreviewOpen] = useState(false);

  const {
    control,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<IssueForm>({
    resolver: zodResolver(issueFormSchema),
    defaultValues: {
      kind: '荣誉证书',
      templateId: DEFAULT_TEMPLATE['荣誉证书'],
      荣誉称号: '优秀志愿者',
      表彰事由: '',
      活动名称: '',
      mode: 'pdf',
      printer: null,
      copies: 1,
      stockOnly: false,
    },
  });
  const form = useWatch({ control }) as IssueForm;
  const templates = useLive(() => repos.templates.list(form.kind), [repos, form.kind]);
  const template = templates?.find((t) => t.id === form.templateId);
  const usesUnit = useMemo(
    () =>
      template?.form.layout.elements.some((e) => e.type === 'text' && e.text.includes('{{致函单位}}')) ??
      false,
    [template],
  );

  const needsIssuer =
    !!docSettings &&
    (!docSettings.issuer.leader || !docSettings.issuer.handler) &&
    (form.kind === '志愿服务记录证明' ||
      (template?.form.layout.elements.some(
        (e) => e.type === 'text' && /\{\{(负责人|经办人)\}\}/.test(e.text),
      ) ??
        false));

  const prepared = usePreparedRecipients({ form, template, docSettings, people, units, today });

  const addPeople = (list: Volunteer[], label: string) => {
    // The message goes out here, not from the state updater: React runs updaters while rendering
    // IssuePanel (twice in development), and a message then updates antd's holder during that render.
    const known = new Set(people.map((v) => v.id));
    const fresh = list.filter((v) => !known.has(v.id));
    void message.info(fresh.length ? `从“${label}”加入 ${fresh.length} 人` : `“${label}”中的人都已在名单里`);
    setPeople((current) => {
      const ids = new Set(current.map((v) => v.id));
      return [...current, ...list.filter((v) => !ids.has(v.id))];
    });
  };

  const submit = handleSubmit(async (values) => {
    if (readOnly) return void message.error(READ_ONLY_MESSAGE);
    if (!template || !docSettings || !prepared) return;
    if (prepared.length === 0) return void message.error('请先加入接收人');
    const lacking = prepared.filter((r) => r.missing.length > 0);
    if (lacking.length > 0)
      return void message.error(`还有 ${lacking.length} 人缺少信息，请补全或跳过后再开具`);
    const tooLong = prepared.find((r) => r.overflow.length > 0);
    const first = tooLong?.overflow[0];
    if (tooLong && first)
      return void message.error(overflowMessage(tooLong.volunteer.name, values.kind, first));
    const issuerMissing = !docSettings.issuer.leader || !docSettings.issuer.handler;
    if (values.kind === '志愿服务记录证明' && issuerMissing)
      return void message.error('请先在左侧填写负责人和经办人');
    const snapshot = people;
    const input = recipientInput({ form: values, template, docSettings, people: snapshot, units, today });
    if (!input) return;
    await batch.issueAndPrint(
      async (progress, isCancelled) =>
        (await prepareRecipients(repos, input, progress, isCancelled))?.map((r) => r.draft) ?? null,
      snapshot.length,
      {
        paper: template.form.layout.paper,
        choice: { mode: values.mode, printer: values.printer, copies: values.copies },
        stockOnly: values.stockOnly,
        offsets: docSettings.offsets,
        fileName: `${values.kind}-${snapshot.length === 1 ? (snapshot[0]?.name ?? '') : `${snapshot.length}份`}-${today}`,
      },
    );
  });

  const images = template
    ? {
        backgroundImage: template.form.backgroundImage,
        printBackground: template.form.printBackground,
        sealImage: template.form.sealImage,
      }
    : NO_IMAGES;
  const count = prepared?.length ?? 0;
  const tooLong = useFieldFit(template?.form.layout, prepared, {
    荣誉称号: form.荣誉称号,
    表彰事由: form.表彰事由,
    活动名称: form.活动名称,
  });
  const field = (name: '荣誉称号' | '表彰事由' | '活动名称', label: string, area = false) => (
    <Form.Item
      label={label}
      htmlFor={`${uid}-${name}`}
      validateStatus={errors[name] || tooLong(name, label) ? 'error' : undefined}
      help={errors[name]?.message ?? tooLong(name, label)}
    >
      <Controller
        name={name}
        control={control}
        render={({ field: f }) =>
          area ? (
            <Input.TextArea {...f} id={`${uid}-${name}`} autoSize={{ minRows: 2 }} count={textLimit(200)} />
          ) : (
            <Input {...f} id={`${uid}-${name}`} count={textLimit(name === '荣誉称号' ? 20 : 60)} />
          )
        }
      />
    </Form.Item>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="开具文书">
      <Form component={false} layout="vertical">
        <Row gutter={24}>
          <Col xs={24} xl={9}>
            <Form.Item label={<span id={`${uid}-kind`}>文书类别</span>}>
              <Controller
                name="kind"
                control={control}
                render={({ field: f }) => (
                  <Radio.Group
                    aria-labelledby={`${uid}-kind`}
                    optionType="button"
                    value={f.value}
                    onChange={(e) => {
                      const kind = e.target.value as TemplateKind;
                      f.onChange(kind);
                      setValue('templateId', DEFAULT_TEMPLATE[kind]);
                    }}
                    options={TEMPLATE_KINDS.map((k) => ({ value: k, label: k }))}
                  />
                )}
              />
            </Form.Item>
            <Form.Item
              label="模板"
              htmlFor={`${uid}-tpl`}
              validateStatus={errors.templateId ? 'error' : undefined}
              help={errors.templateId?.message}
            >
              <Controller
                name="templateId"
                control={control}
                render={({ field: f }) => (
                  <Select
                    id={`${uid}-tpl`}
                    value={f.value}
                    onChange={f.onChange}
                    options={(templates ?? []).map((t) => ({ value: t.id, label: t.name }))}
                  />
                )}
              />
            </Form.Item>
            {form.kind === '荣誉证书' && field('荣誉称号', '荣誉称号')}
            {form.kind === '荣誉证书' && field('表彰事由', '表彰事由', true)}
            {template?.form.layout.elements.some(
              (e) => e.type === 'text' && e.text.includes('{{活动名称}}'),
            ) && field('活动名称', '活动名称')}
            {needsIssuer && docSettings && <IssuerQuickFields settings={docSettings.settings} />}
            <PrintOptionsFields
              value={{
                mode: form.mode,
                printer: form.printer,
                copies: form.copies,
                stockOnly: form.stockOnly,
              }}
              copiesError={errors.copies?.message}
              onChange={(v) => {
                setValue('mode', v.mode);
                setValue('printer', v.printer);
                setValue('copies', v.copies);
                setValue('stockOnly', v.stockOnly);
              }}
            />
          </Col>
          <Col xs={24} xl={15}>
            <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
              接收人
            </Typography.Title>
            <RecipientPicker year={Number(today.slice(0, 4))} onAdd={addPeople} />
            <div style={{ marginTop: 12 }}>
              <RecipientTable
                rows={prepared}
                needsUnit={usesUnit}
                onUnit={(id, unit) => setUnits((u) => ({ ...u, [id]: unit }))}
                onRemove={(ids) => setPeople((list) => list.filter((v) => !ids.includes(v.id)))}
              />
            </div>
            <Flex justify="end" style={{ marginTop: 12 }}>
              <Space>
                {people.length > 0 && <Button onClick={() => setPeople([])}>清空名单</Button>}
                <Button disabled={count === 0} onClick={() => setPreviewOpen(true)}>
                  预览全部
                </Button>
                <Button type="primary" htmlType="submit" disabled={count === 0}>
                  {form.mode === 'pdf' ? `开具并保存 PDF（${count} 份）` : `开具并打印（${count} 份）`}
                </Button>
              </Space>
            </Flex>
          </Col>
        </Row>
      </Form>
      <PreviewModal
        open={previewOpen}
        onClose={() => setPreviewOpen(false)}
        rows={prepared ?? []}
        images={images}
        stockOnly={form.stockOnly}
      />
      <PrintProgressModal
        state={batch.state}
        onConfirmPrinted={(ids) => void batch.confirmPrinted(ids)}
        onCancel={batch.cancel}
        onClose={() => {
          batch.close();
          if (batch.state?.result?.type === 'success' || batch.state?.handedIds?.length) setPeople([]);
        }}
        onRetry={(ids) =>
          template &&
          docSettings &&
          void batch.reprint(ids, {
            paper: template.form.layout.paper,
            choice: { mode: form.mode, printer: form.printer, copies: form.copies },
            stockOnly: form.stockOnly,
            offsets: docSettings.offsets,
            fileName: `${form.kind}-重试-${today}`,
          })
        }
      />
    </form>
  );
}
