import { App, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SAMPLE_ROWS, SAMPLE_VALUES } from '@shared/documents/content';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import type { TemplateView } from '../../db/repos/templates';
import { DocumentPreview } from './DocumentPreview';
import { TemplateEditor } from './TemplateEditor';

/** 模板: the built-in templates and the center's variants; copy, edit, delete (with 撤销). */
export function TemplatesPanel() {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const templates = useLive(() => repos.templates.list(), [repos]);
  const [editing, setEditing] = useState<TemplateView | null>(null);

  return (
    <>
      <Row gutter={[16, 16]}>
        {(templates ?? []).map((t) => (
          <Col key={t.id} xs={24} md={12} xl={8}>
            <Card
              size="small"
              title={<h3 style={{ fontSize: 14, margin: 0 }}>{t.name}</h3>}
              extra={t.builtin ? <Tag>内置</Tag> : <Tag color="blue">本中心</Tag>}
              actions={[
                <Button
                  key="copy"
                  type="link"
                  onClick={() => setEditing(t.builtin ? t : { ...t, builtin: true })}
                  aria-label={`复制${t.name}`}
                >
                  复制为新模板
                </Button>,
                ...(t.builtin
                  ? []
                  : [
                      <Button
                        key="edit"
                        type="link"
                        onClick={() => setEditing(t)}
                        aria-label={`编辑${t.name}`}
                      >
                        编辑
                      </Button>,
                      <Button
                        key="del"
                        type="link"
                        danger
                        aria-label={`删除${t.name}`}
                        onClick={() =>
                          void write(() => repos.templates.remove(t.id)).then(
                            (ok) =>
                              ok &&
                              void message.success({
                                content: (
                                  <span>
                                    已删除模板“{t.name}”{' '}
                                    <Button
                                      type="link"
                                      size="small"
                                      onClick={() => void write(() => repos.templates.restore(t.id))}
                                    >
                                      撤销
                                    </Button>
                                  </span>
                                ),
                                duration: 8,
                              }),
                          )
                        }
                      >
                        删除
                      </Button>,
                    ]),
              ]}
            >
              <Space orientation="vertical" style={{ width: '100%', alignItems: 'center' }}>
                <DocumentPreview
                  label={`${t.name}预览`}
                  layout={t.form.layout}
                  values={{ ...SAMPLE_VALUES, 编号: '示例编号' }}
                  rows={SAMPLE_ROWS}
                  images={t.form}
                  widthPx={t.form.layout.paper.widthMm > t.form.layout.paper.heightMm ? 300 : 210}
                />
                <Typography.Text type="secondary">
                  {t.kind}
                  {'\u3000'}
                  {t.form.layout.paper.widthMm} × {t.form.layout.paper.heightMm} 毫米
                </Typography.Text>
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <TemplateEditor
        base={editing}
        onClose={() => setEditing(null)}
        onSave={async (form) => {
          const own =
            editing && !editing.id.startsWith('builtin:') && !editing.builtin ? editing.id : undefined;
          const kind = editing?.kind;
          if (!kind) return false;
          const ok = await write(() => repos.templates.save(kind, form, own));
          if (ok) void message.success(`模板“${form.name}”已保存`);
          return ok;
        }}
      />
    </>
  );
}
