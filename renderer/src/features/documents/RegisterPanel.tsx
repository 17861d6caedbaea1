import {
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId, useState } from 'react';
import { TEMPLATE_KINDS, type TemplateKind } from '@shared/documents/defaults';
import type { DocumentStatus, IssuedDocument } from '@shared/model';
import { dateKey, formatDateCn } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { PrintOptionsFields, type PrintOptionsValue } from './PrintOptionsFields';
import { PrintProgressModal } from './PrintProgressModal';
import { useBatch } from './use-batch';
import { useDocumentSettings } from './use-document-settings';
import { VerifyBox } from './VerifyBox';
import { VoidDialog } from './VoidDialog';
import { useTodayKey } from '../../app/use-clock';
import { ExportButton } from '../exchange/export/ExportButton';
import { documentRegisterExport } from '../exchange/export/list-exports';

const STATUS_COLOR: Record<DocumentStatus, string> = {
  待打印: 'gold',
  已打印: 'green',
  打印失败: 'red',
  已作废: 'default',
};

/** 登记簿: every numbered document, with reprint (same number), void with reason, and 核验. */
export function RegisterPanel() {
  const repos = useRepos();
  const write = useWrite();
  const uid = useId();
  const today = useTodayKey();
  const { message } = App.useApp();
  const settings = useDocumentSettings();
  const batch = useBatch();
  const [kind, setKind] = useState<TemplateKind | undefined>();
  const [query, setQuery] = useState('');
  const [voiding, setVoiding] = useState<IssuedDocument | null>(null);
  const [reprinting, setReprinting] = useState<IssuedDocument[] | null>(null);
  const [options, setOptions] = useState<PrintOptionsValue>({
    mode: 'pdf',
    printer: null,
    copies: 1,
    stockOnly: false,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const rows = useLive(() => repos.documents.register({ kind, query, limit: 500 }), [repos, kind, query]);

  const reprint = (docs: IssuedDocument[]) => {
    setReprinting(null);
    const paper = docs[0]?.layout.paper;
    if (!paper || !settings) return;
    if (
      docs.some((d) => d.layout.paper.widthMm !== paper.widthMm || d.layout.paper.heightMm !== paper.heightMm)
    ) {
      void message.error('所选文书纸张大小不同，请分开打印');
      return;
    }
    void batch.reprint(
      docs.map((d) => d.id),
      {
        paper,
        choice: options,
        stockOnly: options.stockOnly,
        offsets: settings.offsets,
        fileName: docs.length === 1 ? `${docs[0]?.kind}-${docs[0]?.number}` : `${docs.length}份文书`,
      },
    );
  };

  const columns: ColumnsType<IssuedDocument> = [
    { title: '编号', dataIndex: 'number', key: 'number', width: 150, className: 'tabular' },
    { title: '类别', dataIndex: 'kind', key: 'kind', width: 140 },
    { title: '接收人', dataIndex: 'recipientName', key: 'recipient' },
    { title: '开具日期', key: 'issuedAt', width: 190, render: (_, d) => formatDateCn(dateKey(d.issuedAt)) },
    { title: '开具人', dataIndex: 'issuedBy', key: 'issuedBy', width: 90 },
    {
      title: '打印次数',
      dataIndex: 'printCount',
      key: 'printCount',
      width: 90,
      align: 'right',
      className: 'tabular',
    },
    {
      title: '状态',
      key: 'status',
      width: 100,
      render: (_, d) => (
        <Tooltip title={d.voidReason ?? d.lastPrintError ?? undefined}>
          <Tag color={STATUS_COLOR[d.status]}>{d.status}</Tag>
        </Tooltip>
      ),
    },
    {
      title: '操作',
      key: 'op',
      width: 130,
      render: (_, d) =>
        d.status === '已作废' ? null : (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              onClick={() => setReprinting([d])}
              aria-label={`打印${d.number}`}
            >
              {d.printCount > 0 ? '重印' : '打印'}
            </Button>
            <Button
              type="link"
              size="small"
              danger
              onClick={() => setVoiding(d)}
              aria-label={`作废${d.number}`}
            >
              作废
            </Button>
          </Space>
        ),
    },
  ];

  const printable = (rows ?? []).filter((d) => selected.includes(d.id) && d.status !== '已作废');
  return (
    <Flex vertical gap={16}>
      <VerifyBox />
      <Flex gap={12} wrap align="end">
        <Form.Item label="类别" htmlFor={`${uid}-kind`} style={{ marginBottom: 0 }}>
          <Select<TemplateKind | undefined>
            id={`${uid}-kind`}
            style={{ width: 180 }}
            allowClear
            placeholder="全部"
            value={kind}
            onChange={setKind}
            options={TEMPLATE_KINDS.map((k) => ({ value: k, label: k }))}
          />
        </Form.Item>
        <Form.Item label="查找" htmlFor={`${uid}-q`} style={{ marginBottom: 0 }}>
          <Input
            id={`${uid}-q`}
            allowClear
            placeholder="编号或接收人"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Button disabled={printable.length === 0} onClick={() => setReprinting(printable)}>
          打印所选（{printable.length}）
        </Button>
        <ExportButton spec={documentRegisterExport(repos, { kind, query }, today)} />
      </Flex>
      <Table<IssuedDocument>
        aria-label="开具登记簿"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={rows === undefined}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        pagination={rows && rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{
          emptyText: (
            <Empty description={query || kind ? '没有符合条件的文书' : '还没有开具任何证书或感谢信'}>
              <Typography.Text type="secondary">
                在“开具”页选择接收人开具；每份文书按类别和年份连续编号，作废的也保留记录。
              </Typography.Text>
            </Empty>
          ),
        }}
      />
      <Modal
        open={reprinting !== null}
        title={
          reprinting?.length === 1 ? `打印 ${reprinting[0]?.number}` : `打印 ${reprinting?.length ?? 0} 份`
        }
        okText="开始"
        cancelText="取消"
        onCancel={() => setReprinting(null)}
        onOk={() => reprinting && reprint(reprinting)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">重印沿用原编号和开具时固定的内容。</Typography.Paragraph>
        <Form layout="vertical" component="div">
          <PrintOptionsFields value={options} onChange={setOptions} />
        </Form>
      </Modal>
      <VoidDialog
        doc={voiding}
        onClose={() => setVoiding(null)}
        onVoid={async (reason) => {
          const doc = voiding;
          if (!doc) return false;
          const ok = await write(() => repos.documents.voidDocument(doc.id, reason));
          if (ok) {
            void message.success({
              content: (
                <span>
                  {doc.number} 已作废{' '}
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void write(() => repos.documents.restoreDocument(doc.id))}
                  >
                    撤销
                  </Button>
                </span>
              ),
              duration: 8,
            });
          }
          return ok;
        }}
      />
      <PrintProgressModal
        state={batch.state}
        onConfirmPrinted={(ids) => void batch.confirmPrinted(ids)}
        onCancel={batch.cancel}
        onClose={batch.close}
        onRetry={(ids) => reprint((rows ?? []).filter((d) => ids.includes(d.id)))}
      />
    </Flex>
  );
}
