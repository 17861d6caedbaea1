import { zodResolver } from '@hookform/resolvers/zod';
import {
  App,
  Button,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Switch,
  Typography,
} from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { issuerSettingsSchema, printerOffsetSchema } from '@shared/documents/issue-form';
import type { DocumentIssuerSettings } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { PrintButton } from '../print/PrintButton';
import { usePrinters } from './PrintOptionsFields';
import { PDF_PRINTER_KEY, useDocumentSettings } from './use-document-settings';
import { busy } from '../../ui/busy';
import { textLimit } from '@shared/validation/text-limit';

function IssuerForm({ initial }: { initial: DocumentIssuerSettings }) {
  const uid = useId();
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<DocumentIssuerSettings>({
    resolver: zodResolver(issuerSettingsSchema),
    defaultValues: initial,
  });
  const submit = handleSubmit(async (values) => {
    if (await write(() => repos.settings.set('documentIssuer', values))) {
      reset(values);
      void message.success('出具信息已保存');
    }
  });
  const text = (name: 'leader' | 'handler' | 'phone', label: string, extra?: string) => (
    <Form.Item
      label={label}
      htmlFor={`${uid}-${name}`}
      required={name !== 'phone'}
      validateStatus={errors[name] ? 'error' : undefined}
      help={errors[name]?.message ?? extra}
    >
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <Input
            {...field}
            id={`${uid}-${name}`}
            count={textLimit(name === 'phone' ? 30 : 20)}
            autoComplete="off"
          />
        )}
      />
    </Form.Item>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="出具信息">
      <Form component={false} layout="vertical">
        <Flex gap={16} wrap>
          {text('leader', '负责人')}
          {text('handler', '经办人')}
          {text('phone', '证明上的联系电话', '留空则用中心电话')}
        </Flex>
        <Form.Item
          label="志愿服务记录证明上显示完整证件号码"
          htmlFor={`${uid}-full`}
          extra="关闭后证明上的证件号码也按“前 6 位 + 后 4 位”脱敏；感谢信和荣誉证书始终不显示完整号码"
        >
          <Controller
            name="proofFullIdNumber"
            control={control}
            render={({ field }) => (
              <Switch id={`${uid}-full`} checked={field.value} onChange={field.onChange} />
            )}
          />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={busy(isSubmitting)}>
          保存出具信息
        </Button>
      </Form>
    </form>
  );
}

function OffsetFields({
  printer,
  printerSelect,
  offsets,
}: {
  printer: string;
  printerSelect: ReactNode;
  offsets: Record<string, { xMm: number; yMm: number }>;
}) {
  const uid = useId();
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const [x, setX] = useState<number | null>(offsets[printer]?.xMm ?? 0);
  const [y, setY] = useState<number | null>(offsets[printer]?.yMm ?? 0);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const parsed = printerOffsetSchema.safeParse({ printer, xMm: x, yMm: y });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '偏移有误');
    setError(null);
    const next = { ...offsets, [printer]: { xMm: parsed.data.xMm, yMm: parsed.data.yMm } };
    if (await write(() => repos.settings.set('printerOffsets', next))) void message.success('套打偏移已保存');
  };
  return (
    <Flex gap={16} wrap align="end">
      {printerSelect}
      <Form.Item
        label="横向偏移（毫米）"
        htmlFor={`${uid}-x`}
        validateStatus={error ? 'error' : undefined}
        help={error}
      >
        <InputNumber id={`${uid}-x`} step={0.5} min={-20} max={20} value={x} onChange={setX} />
      </Form.Item>
      <Form.Item label="纵向偏移（毫米）" htmlFor={`${uid}-y`}>
        <InputNumber id={`${uid}-y`} step={0.5} min={-20} max={20} value={y} onChange={setY} />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => void save()}>保存偏移</Button>
      </Form.Item>
      <Form.Item>
        <PrintButton
          label="打印校准页"
          what="套打校准页"
          job={{
            kind: 'calibration',
            params: { w: '210', h: '297' },
            pageSizeMm: { widthMm: 210, heightMm: 297 },
            fileName: '套打校准页',
          }}
        />
      </Form.Item>
    </Flex>
  );
}

function OffsetForm({ offsets }: { offsets: Record<string, { xMm: number; yMm: number }> }) {
  const uid = useId();
  const printers = usePrinters();
  const [printer, setPrinter] = useState(PDF_PRINTER_KEY);
  const select = (
    <Form.Item label="打印机" htmlFor={`${uid}-p`}>
      <Select
        id={`${uid}-p`}
        style={{ width: 240 }}
        value={printer}
        onChange={setPrinter}
        options={[
          { value: PDF_PRINTER_KEY, label: '保存 PDF / 浏览器打印' },
          ...printers.map((p) => ({ value: p.name, label: p.displayName })),
        ]}
      />
    </Form.Item>
  );
  return (
    <Form layout="vertical" component="div">
      <Typography.Paragraph type="secondary">
        先打印校准页，用直尺量出十字位置，按页上说明算出偏移；正数向右、向下移动。
      </Typography.Paragraph>
      {/* Keyed so switching printer starts from that printer's saved values. */}
      <OffsetFields
        key={`${printer}|${JSON.stringify(offsets[printer] ?? null)}`}
        printer={printer}
        printerSelect={select}
        offsets={offsets}
      />
    </Form>
  );
}

/** 设置 › 证书与打印: who signs documents, ID printing, and per-printer 套打 offsets. */
export function DocumentSettingsSection() {
  const data = useDocumentSettings();
  if (!data) return <Skeleton active />;
  return (
    <>
      <IssuerForm initial={data.settings} />
      <Divider titlePlacement="start" plain>
        套打校准
      </Divider>
      <OffsetForm offsets={data.offsets} />
    </>
  );
}
