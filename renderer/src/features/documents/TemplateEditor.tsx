import {
  App,
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useId, useState } from 'react';
import { SAMPLE_ROWS, SAMPLE_VALUES } from '@shared/documents/content';
import { paperName, paperOf } from '@shared/documents/paper';
import { templateFormSchema, type TemplateElement, type TemplateForm } from '@shared/documents/template';
import type { TemplateView } from '../../db/repos/templates';
import { DocumentPreview } from './DocumentPreview';
import { ElementHandles } from './ElementHandles';
import { ImageInput } from './ImageInput';
import { ElementFields } from './ElementFields';

const ELEMENT_NAMES: Record<TemplateElement['type'], string> = {
  text: '文字',
  records: '服务明细表',
  qr: '二维码',
  seal: '印章',
  frame: '边框',
};

/** How an element is named in the picker and on its handle. */
function describeElement(e: TemplateElement): string {
  return `${ELEMENT_NAMES[e.type]}：${e.type === 'text' ? e.text.slice(0, 24) : e.id}`;
}

/** Edits a template variant with a live preview on sample data; saving validates with the shared schema. */
export function TemplateEditor({
  base,
  onClose,
  onSave,
}: {
  base: TemplateView | null;
  onClose(): void;
  onSave(form: TemplateForm): Promise<boolean>;
}) {
  // Remounted per template, so the draft always starts from the template being edited.
  return base ? (
    <EditorModal key={`${base.id}|${base.builtin}`} base={base} onClose={onClose} onSave={onSave} />
  ) : null;
}

function EditorModal({
  base,
  onClose,
  onSave,
}: {
  base: TemplateView;
  onClose(): void;
  onSave(form: TemplateForm): Promise<boolean>;
}) {
  const uid = useId();
  const { message } = App.useApp();
  const [form, setForm] = useState<TemplateForm>(() => ({
    ...base.form,
    name: base.builtin ? `${base.name}（副本）` : base.name,
  }));
  const [selected, setSelected] = useState(0);
  const [nameError, setNameError] = useState<string | null>(null);

  const element = form.layout.elements[selected];
  const setElement = (next: TemplateElement) =>
    setForm({
      ...form,
      layout: { ...form.layout, elements: form.layout.elements.map((e, i) => (i === selected ? next : e)) },
    });
  const paper = form.layout.paper;
  // Orientation follows the size, so the two fields can never disagree with it.
  const setPaperSize = (widthMm: number, heightMm: number) =>
    setForm({
      ...form,
      layout: {
        ...form.layout,
        paper: { widthMm, heightMm, orientation: widthMm > heightMm ? 'landscape' : 'portrait' },
      },
    });
  const previewWidth = paper.widthMm > paper.heightMm ? 600 : 440;
  const moveElement = (index: number, xMm: number, yMm: number) => {
    setSelected(index);
    setForm((f) => ({
      ...f,
      layout: {
        ...f.layout,
        elements: f.layout.elements.map((e, i) =>
          i === index && e.type !== 'frame' ? { ...e, xMm, yMm } : e,
        ),
      },
    }));
  };
  const paperKey = `${paperName(paper)}-${paper.orientation}`;

  const save = async () => {
    const parsed = templateFormSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (issue?.path[0] === 'name') setNameError(issue.message);
      else void message.error(`模板有误：${issue?.message ?? ''}`);
      return;
    }
    if (await onSave(parsed.data)) onClose();
  };

  return (
    <Modal
      open
      title={base.builtin ? '新建模板（由内置模板复制）' : '编辑模板'}
      width={1200}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存模板"
      cancelText="取消"
      destroyOnHidden
    >
      <Row gutter={24}>
        <Col span={11}>
          <Form layout="vertical" component="div">
            <Form.Item
              label="模板名称"
              htmlFor={`${uid}-name`}
              required
              validateStatus={nameError ? 'error' : undefined}
              help={nameError}
            >
              <Input
                id={`${uid}-name`}
                value={form.name}
                maxLength={40}
                onChange={(e) => {
                  setForm({ ...form, name: e.target.value });
                  setNameError(null);
                }}
              />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item label="纸张" htmlFor={`${uid}-paper`} style={{ marginBottom: 8 }}>
                <Select
                  id={`${uid}-paper`}
                  style={{ width: 150 }}
                  value={paperKey.startsWith('自定义') ? 'custom' : paperKey}
                  onChange={(key: string) => {
                    if (key === 'custom') return;
                    const [name, orientation] = key.split('-') as [
                      'A4' | 'A3' | 'A5',
                      'portrait' | 'landscape',
                    ];
                    setForm({ ...form, layout: { ...form.layout, paper: paperOf(name, orientation) } });
                  }}
                  options={[
                    { value: 'A4-portrait', label: 'A4 纵向' },
                    { value: 'A4-landscape', label: 'A4 横向' },
                    { value: 'A3-landscape', label: 'A3 横向' },
                    { value: 'A5-landscape', label: 'A5 横向' },
                    { value: 'custom', label: '自定义' },
                  ]}
                />
              </Form.Item>
              <Form.Item label="宽（毫米）" htmlFor={`${uid}-pw`} style={{ marginBottom: 8 }}>
                <InputNumber
                  id={`${uid}-pw`}
                  min={50}
                  max={1000}
                  value={paper.widthMm}
                  onChange={(w) => w && setPaperSize(w, paper.heightMm)}
                />
              </Form.Item>
              <Form.Item label="高（毫米）" htmlFor={`${uid}-ph`} style={{ marginBottom: 8 }}>
                <InputNumber
                  id={`${uid}-ph`}
                  min={50}
                  max={1000}
                  value={paper.heightMm}
                  onChange={(h) => h && setPaperSize(paper.widthMm, h)}
                />
              </Form.Item>
            </Flex>
            <Flex gap={12} wrap align="center">
              <ImageInput
                id={`${uid}-bg`}
                label="背景图（证书纸扫描件）"
                accept="image/png,image/jpeg"
                onImage={(url) => setForm({ ...form, backgroundImage: url })}
                onError={(m) => void message.error(m)}
              />
              <Form.Item label="打印背景图" htmlFor={`${uid}-pbg`} style={{ marginBottom: 8 }}>
                <Switch
                  id={`${uid}-pbg`}
                  checked={form.printBackground}
                  onChange={(printBackground) => setForm({ ...form, printBackground })}
                />
              </Form.Item>
              {form.backgroundImage && (
                <Button size="small" onClick={() => setForm({ ...form, backgroundImage: null })}>
                  移除背景图
                </Button>
              )}
            </Flex>
            <Flex gap={12} wrap align="center">
              <ImageInput
                id={`${uid}-seal`}
                label="印章图片（透明 PNG）"
                accept="image/png"
                onImage={(url) => setForm({ ...form, sealImage: url })}
                onError={(m) => void message.error(m)}
              />
              {form.sealImage && (
                <Button size="small" onClick={() => setForm({ ...form, sealImage: null })}>
                  移除印章图片
                </Button>
              )}
            </Flex>
            <Form.Item label="要编辑的元素" htmlFor={`${uid}-el`} style={{ marginBottom: 8 }}>
              <Select
                id={`${uid}-el`}
                value={selected}
                onChange={setSelected}
                options={form.layout.elements.map((e, i) => ({ value: i, label: describeElement(e) }))}
              />
            </Form.Item>
            {element && <ElementFields element={element} onChange={setElement} />}
          </Form>
        </Col>
        <Col span={13}>
          <Typography.Text type="secondary">
            实时预览（示例数据；红色虚线圈为盖章处，不会打印）
          </Typography.Text>
          <div style={{ marginTop: 8, position: 'relative' }}>
            <DocumentPreview
              label="模板预览"
              layout={form.layout}
              values={SAMPLE_VALUES}
              rows={SAMPLE_ROWS}
              images={form}
              widthPx={previewWidth}
            />
            <ElementHandles
              layout={form.layout}
              widthPx={previewWidth}
              selected={selected}
              onSelect={setSelected}
              onMove={moveElement}
              describe={describeElement}
            />
          </div>
        </Col>
      </Row>
    </Modal>
  );
}
