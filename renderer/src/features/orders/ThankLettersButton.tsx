import { App, Button } from 'antd';
import type { ServiceOrder } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { prepareRecipients } from '../documents/build-drafts';
import { PrintProgressModal } from '../documents/PrintProgressModal';
import { useBatch } from '../documents/use-batch';
import { useDocumentSettings } from '../documents/use-document-settings';

/** The built-in 感谢信 to a volunteer (the documents screen's default for the kind). */
const THANKS_TEMPLATE = 'builtin:thanks-volunteer';

/** 感谢信 for the order's volunteers in one action: numbered in the register, then printed (PDF). */
export function ThankLettersButton({ order }: { order: ServiceOrder }) {
  const repos = useRepos();
  const write = useWrite();
  const { message, modal } = App.useApp();
  const docSettings = useDocumentSettings();
  const batch = useBatch();
  const templates = useLive(() => repos.templates.list('感谢信'), [repos]);
  const people = useLive(
    () => repos.orders.volunteersOf(order.completedVolunteerIds),
    [repos, order.completedVolunteerIds],
  );
  const template = templates?.find((t) => t.id === THANKS_TEMPLATE) ?? templates?.[0];
  const ready = !!template && !!docSettings && !!people && people.length > 0;

  const run = async () => {
    if (!template || !docSettings || !people) return;
    const today = dateKey(Date.now());
    const input = {
      kind: '感谢信' as const,
      templateId: template.id,
      layout: template.form.layout,
      volunteers: people,
      batch: { 荣誉称号: '', 表彰事由: order.completionSummary, 活动名称: `${order.category}服务` },
      units: {},
      issuer: docSettings.issuer,
      fullIdOnProof: false,
      issueDate: today,
    };
    const prepared = await prepareRecipients(
      repos,
      input,
      () => undefined,
      () => false,
    );
    const lacking = prepared?.find((r) => r.missing.length > 0);
    if (lacking) {
      void message.error(
        `${lacking.volunteer.name}的感谢信缺少：${lacking.missing.join('、')}。请先确认其服务记录，或到“证书与感谢信”补全后开具。`,
      );
      return;
    }
    await write(() =>
      batch.issueAndPrint(async () => prepared?.map((r) => r.draft) ?? null, people.length, {
        paper: template.form.layout.paper,
        choice: { mode: 'pdf', printer: null, copies: 1 },
        stockOnly: false,
        offsets: docSettings.offsets,
        fileName: `感谢信-${order.number}-${today}`,
      }),
    );
  };

  return (
    <>
      <Button
        style={{ marginTop: 8 }}
        disabled={!ready}
        onClick={() =>
          modal.confirm({
            title: `为 ${people?.length ?? 0} 名志愿者开具感谢信？`,
            content: `${(people ?? []).map((p) => p.name).join('、')}，每人一份，编号登记到文书台账后打印。`,
            okText: '开具并打印',
            cancelText: '返回',
            onOk: () => void run(),
          })
        }
      >
        为志愿者开具感谢信
      </Button>
      <PrintProgressModal
        state={batch.state}
        onConfirmPrinted={(ids) => void batch.confirmPrinted(ids)}
        onCancel={batch.cancel}
        onClose={batch.close}
        onRetry={(ids) =>
          template &&
          docSettings &&
          void batch.reprint(ids, {
            paper: template.form.layout.paper,
            choice: { mode: 'pdf', printer: null, copies: 1 },
            stockOnly: false,
            offsets: docSettings.offsets,
            fileName: `感谢信-${order.number}-重试`,
          })
        }
      />
    </>
  );
}
