import { Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useId } from 'react';
import { PLACEHOLDERS, unknownPlaceholders } from '@shared/documents/placeholders';
import type { TemplateElement } from '@shared/documents/template';

const FONT_OPTIONS = [
  { value: 'serif', label: '宋体（Noto Serif SC）' },
  { value: 'kai', label: '楷体（霞鹜文楷）' },
  { value: 'sans', label: '黑体（Noto Sans SC）' },
];

const num = (
  label: string,
  id: string,
  value: number,
  onChange: (n: number) => void,
  min = -50,
  max = 1000,
  step = 0.5,
) => (
  <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8 }}>
    <InputNumber
      id={id}
      value={value}
      min={min}
      max={max}
      step={step}
      onChange={(n) => n !== null && onChange(n)}
      style={{ width: 110 }}
    />
  </Form.Item>
);

/** Edits one template element: text with placeholders, font, size and position in millimetres. */
export function ElementFields({
  element,
  onChange,
}: {
  element: TemplateElement;
  onChange(next: TemplateElement): void;
}) {
  const uid = useId();
  if (element.type === 'frame') {
    return num(
      '边框内缩（毫米）',
      `${uid}-inset`,
      element.insetMm,
      (insetMm) => onChange({ ...element, insetMm }),
      0,
      60,
    );
  }
  const position = (
    <Flex gap={12} wrap>
      {num('X（毫米）', `${uid}-x`, element.xMm, (xMm) => onChange({ ...element, xMm }))}
      {num('Y（毫米）', `${uid}-y`, element.yMm, (yMm) => onChange({ ...element, yMm }))}
      {'widthMm' in element &&
        num('宽度（毫米）', `${uid}-w`, element.widthMm, (widthMm) => onChange({ ...element, widthMm }), 5)}
      {'sizeMm' in element &&
        num('尺寸（毫米）', `${uid}-s`, element.sizeMm, (sizeMm) => onChange({ ...element, sizeMm }), 8, 80)}
    </Flex>
  );
  if (element.type !== 'text') return position;
  const unknown = unknownPlaceholders(element.text);
  return (
    <>
      <Form.Item
        label="文字"
        htmlFor={`${uid}-text`}
        style={{ marginBottom: 8 }}
        validateStatus={unknown.length ? 'error' : undefined}
        help={
          unknown.length
            ? `未知的占位符：${unknown.join('、')}（请从列表插入）`
            : '用 {{姓名}} 这样的占位符填入每位接收人的信息；段首用两个全角空格缩进'
        }
      >
        <Input.TextArea
          id={`${uid}-text`}
          value={element.text}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(e) => onChange({ ...element, text: e.target.value })}
        />
      </Form.Item>
      <Form.Item label="插入占位符" htmlFor={`${uid}-ph`} style={{ marginBottom: 8 }}>
        <Select<string>
          id={`${uid}-ph`}
          value={null}
          placeholder="选择后插入到文字末尾"
          showSearch={{ optionFilterProp: 'label' }}
          options={PLACEHOLDERS.map((p) => ({ value: p.key, label: `{{${p.key}}} ${p.description}` }))}
          onChange={(key) => onChange({ ...element, text: `${element.text}{{${key}}}` })}
        />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item label="字体" htmlFor={`${uid}-font`} style={{ marginBottom: 8 }}>
          <Select
            id={`${uid}-font`}
            value={element.font}
            style={{ width: 180 }}
            options={FONT_OPTIONS}
            onChange={(font) => onChange({ ...element, font })}
          />
        </Form.Item>
        {num('字号（磅）', `${uid}-pt`, element.sizePt, (sizePt) => onChange({ ...element, sizePt }), 5, 120)}
        {/* A long value shrinks the text down to this size; below it the document is refused. */}
        {num(
          '最小字号（磅）',
          `${uid}-minpt`,
          Math.min(element.minSizePt ?? element.sizePt, element.sizePt),
          (minSizePt) => onChange({ ...element, minSizePt }),
          5,
          120,
        )}
        <Form.Item label="对齐" htmlFor={`${uid}-align`} style={{ marginBottom: 8 }}>
          <Select
            id={`${uid}-align`}
            value={element.align}
            style={{ width: 100 }}
            onChange={(align) => onChange({ ...element, align })}
            options={[
              { value: 'left', label: '左' },
              { value: 'center', label: '居中' },
              { value: 'right', label: '右' },
              { value: 'justify', label: '两端' },
            ]}
          />
        </Form.Item>
        <Form.Item label=" " style={{ marginBottom: 8 }}>
          <Checkbox checked={element.bold} onChange={(e) => onChange({ ...element, bold: e.target.checked })}>
            加粗
          </Checkbox>
        </Form.Item>
      </Flex>
      {position}
    </>
  );
}
