import { Alert, App, Button, Form, Modal, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import type { Honour } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { PrintProgressModal } from '../documents/PrintProgressModal';
import { useBatch, type PrintSpec } from '../documents/use-batch';
import { useDocumentSettings } from '../documents/use-document-settings';
import { FormField } from '../../ui/FormField';
import { PlainList } from '../../ui/PlainList';
import { issueHonourCertificates } from './issue-certificates';

/**
 * 发放荣誉证书: issues a certificate to each confirmed winner of a period that has none yet, titled
 * with the honour, and prints them with the documents screen's progress and report.
 */
export function CertificateDialog({
  open,
  honours,
  periodLabel,
  onClose,
}: {
  open: boolean;
  honours: readonly Honour[];
  periodLabel: string;
  onClose(): void;
}) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const batch = useBatch();
  const docSettings = useDocumentSettings();
  const templates = useLive(() => repos.templates.list('荣誉证书'), [repos]);
  const [templateId, setTemplateId] = useState('builtin:honour-a4');
  const template = templates?.find((t) => t.id === templateId);
  const pending = honours.filter((h) => h.documentId === null);
  const spec = (): PrintSpec | null =>
    template && docSettings
      ? {
          paper: template.form.layout.paper,
          choice: { mode: 'pdf', printer: null, copies: 1 },
          stockOnly: false,
          offsets: docSettings.offsets,
          fileName: `荣誉证书-${periodLabel}`,
        }
      : null;

  const issue = async () => {
    const print = spec();
    if (!template || !docSettings || !print) return;
    let ids: string[] = [];
    const ok = await write(async () => {
      ids = await issueHonourCertificates(repos, pending, {
        templateId: template.id,
        layout: template.form.layout,
        issuer: docSettings.issuer,
        today: dateKey(Date.now()),
      });
    });
    if (!ok || ids.length === 0) return;
    onClose();
    void message.success(`已开具 ${ids.length} 份荣誉证书`);
    await batch.reprint(ids, print);
  };

  return (
    <>
      <Modal
        open={open}
        title={`发放荣誉证书：${periodLabel}`}
        onCancel={onClose}
        footer={[
          <Button key="cancel" onClick={onClose}>
            返回
          </Button>,
          <Button
            key="ok"
            type="primary"
            disabled={pending.length === 0 || !template}
            onClick={() => void issue()}
          >
            开具并打印 {pending.length} 份
          </Button>,
        ]}
        destroyOnHidden
      >
        <Typography.Paragraph>
          荣誉证书的“荣誉称号”为当选称号，“表彰事由”写明评选期间、积分和评选理由；开具后记入文书登记簿。
        </Typography.Paragraph>
        {(!docSettings?.issuer.name || !docSettings.issuer.leader) && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="证书落款取自“设置 · 中心信息”和“证书与打印”，请先确认已填写。"
          />
        )}
        <Form component={false} layout="vertical">
          <FormField label="证书模板" htmlFor={`${uid}-template`}>
            <Select
              id={`${uid}-template`}
              value={templateId}
              onChange={setTemplateId}
              options={(templates ?? []).map((t) => ({ value: t.id, label: t.name }))}
            />
          </FormField>
        </Form>
        <PlainList
          items={honours}
          itemKey={(h) => h.id}
          emptyText="这一期还没有确认的当选者。"
          renderItem={(h) => (
            <span>
              {h.winnerName} · {h.title} · {h.documentId ? '已发证书' : '待发证书'}
            </span>
          )}
        />
      </Modal>
      <PrintProgressModal
        state={batch.state}
        onConfirmPrinted={(ids) => void batch.confirmPrinted(ids)}
        onCancel={batch.cancel}
        onClose={batch.close}
        onRetry={(ids) => {
          const print = spec();
          if (print) void batch.reprint(ids, print);
        }}
      />
    </>
  );
}
