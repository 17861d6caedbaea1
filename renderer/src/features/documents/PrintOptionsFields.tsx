import { Checkbox, Form, InputNumber, Radio, Select } from 'antd';
import { useEffect, useId, useState } from 'react';
import type { PrinterInfo } from '@shared/ipc/contract';
import { platform } from '../../platform';

/** The printers of this machine (none in web mode, where the browser dialog chooses). */
export function usePrinters(): PrinterInfo[] {
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  useEffect(() => {
    let active = true;
    platform.listPrinters().then(
      (list) => active && setPrinters(list),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  return printers;
}

export interface PrintOptionsValue {
  mode: 'print' | 'pdf';
  printer: string | null;
  copies: number;
  stockOnly: boolean;
}

/** Output, printer, copies and 套打: the same fields when issuing and when reprinting. */
export function PrintOptionsFields({
  value,
  onChange,
  copiesError,
}: {
  value: PrintOptionsValue;
  onChange(next: PrintOptionsValue): void;
  copiesError?: string | undefined;
}) {
  const uid = useId();
  const printers = usePrinters();
  return (
    <>
      <Form.Item label={<span id={`${uid}-mode`}>输出方式</span>}>
        <Radio.Group
          aria-labelledby={`${uid}-mode`}
          value={value.mode}
          onChange={(e) => onChange({ ...value, mode: e.target.value as 'print' | 'pdf' })}
          options={[
            { value: 'print', label: '打印' },
            { value: 'pdf', label: '保存为 PDF' },
          ]}
        />
      </Form.Item>
      {value.mode === 'print' && (
        <Form.Item
          label="打印机"
          htmlFor={`${uid}-printer`}
          extra={printers.length === 0 ? '网页模式下在浏览器的打印对话框中选择打印机' : undefined}
        >
          <Select<string | null>
            id={`${uid}-printer`}
            value={value.printer}
            disabled={printers.length === 0}
            onChange={(printer) => onChange({ ...value, printer })}
            options={[
              { value: null, label: '打印时选择（系统对话框）' },
              ...printers.map((p) => ({
                value: p.name,
                label: p.isDefault ? `${p.displayName}（默认）` : p.displayName,
              })),
            ]}
          />
        </Form.Item>
      )}
      {value.mode === 'print' && (
        <Form.Item
          label="份数"
          htmlFor={`${uid}-copies`}
          validateStatus={copiesError ? 'error' : undefined}
          help={copiesError}
        >
          <InputNumber
            id={`${uid}-copies`}
            min={1}
            max={99}
            precision={0}
            value={value.copies}
            onChange={(copies) => onChange({ ...value, copies: copies ?? 1 })}
          />
        </Form.Item>
      )}
      <Form.Item extra="只打印姓名、编号、日期等可变内容，不打印边框与固定文字，按该打印机的校准偏移对齐">
        <Checkbox
          checked={value.stockOnly}
          onChange={(e) => onChange({ ...value, stockOnly: e.target.checked })}
        >
          套打（预印证书纸）
        </Checkbox>
      </Form.Item>
    </>
  );
}
