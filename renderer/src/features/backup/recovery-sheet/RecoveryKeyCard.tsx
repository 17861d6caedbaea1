import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { dateKey } from '@shared/time/center-time';
import type { CenterProfile } from '@shared/model';
import { useDeskStatus, useRepos } from '../../../app/desk-context';
import { reportError } from '../../../db/errors';
import { platform } from '../../../platform';
import { PrintButton } from '../../print/PrintButton';
import { busy } from '../../../ui/busy';
import { makeRecoveryKey } from '../format/desk-key';

/** Whether this desk has a recovery sheet: undefined while reading, null when none was ever made. */
export function useRecoveryKeyState() {
  const [createdAt, setCreatedAt] = useState<number | null | undefined>(undefined);
  const reload = useCallback(() => {
    platform.readDeskKey().then(
      (stored) => setCreatedAt(stored?.recovery?.createdAt ?? null),
      () => setCreatedAt(null),
    );
  }, []);
  useEffect(reload, [reload]);
  return { createdAt, reload };
}

/**
 * 恢复密钥单 in 备份与恢复: made once (the key is shown only then, to print), remade when the sheet is
 * lost. Until it exists, backups open only on this PC, and the card says so.
 */
export function RecoveryKeyCard() {
  const repos = useRepos();
  const status = useDeskStatus();
  const { modal } = App.useApp();
  const { createdAt, reload } = useRecoveryKeyState();
  const [making, setMaking] = useState(false);
  const [shown, setShown] = useState<{ key: string; center: string; date: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const make = async () => {
    setMaking(true);
    setError(null);
    try {
      const now = Date.now();
      const profile = (await repos.settings.get('centerProfile')) as CenterProfile | undefined;
      const { printed } = await makeRecoveryKey(platform, () => crypto.randomUUID(), now);
      setShown({ key: printed, center: profile?.name ?? '', date: dateKey(now) });
      reload();
    } catch (e) {
      setError(`未能生成恢复密钥：${reportError(e)}`);
    } finally {
      setMaking(false);
    }
  };

  const ask = () => {
    if (!createdAt) {
      void make();
      return;
    }
    modal.confirm({
      title: '重新生成恢复密钥单？',
      content:
        '此后保存的备份要用新的恢复密钥单才能在别的电脑上打开；此前的备份仍用旧的那一张。旧的请不要销毁，与新的一并保管。',
      okText: '重新生成',
      cancelText: '取消',
      onOk: make,
    });
  };

  return (
    <section aria-labelledby="recovery-key-title">
      <Typography.Title level={3} id="recovery-key-title" style={{ fontSize: 15, marginTop: 8 }}>
        恢复密钥单
      </Typography.Title>
      {createdAt === null ? (
        <Alert
          type="warning"
          showIcon
          title="还没有打印恢复密钥单"
          description="备份文件都已加密。没有恢复密钥单，硬盘损坏、重装系统或换电脑后将无法打开这些备份。请现在生成并打印一张，与公章一同保管。"
          style={{ marginBottom: 8 }}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {createdAt === undefined
            ? '…'
            : `恢复密钥单已于 ${dateKey(createdAt)} 生成。备份文件都已加密：在本机恢复无需输入；在其他电脑上恢复须输入恢复密钥单上的密钥。`}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Button
        type={createdAt === null ? 'primary' : 'default'}
        loading={busy(making)}
        disabled={status.readOnly}
        onClick={ask}
      >
        {createdAt ? '重新生成恢复密钥单…' : '生成并打印恢复密钥单'}
      </Button>
      <Modal
        open={shown !== null}
        title="恢复密钥单"
        width={600}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={() => setShown(null)}>
            我已打印并妥善保管
          </Button>
        }
      >
        {shown && (
          <Flex vertical gap={12}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              这是本中心的恢复密钥，只显示这一次。请现在打印，与公章一同锁柜保管。
            </Typography.Paragraph>
            <Typography.Text
              aria-label="恢复密钥"
              style={{
                fontFamily: 'monospace',
                fontSize: 22,
                fontWeight: 700,
                textAlign: 'center',
                letterSpacing: 1,
              }}
            >
              {shown.key}
            </Typography.Text>
            <PrintButton
              label="打印恢复密钥单"
              what="恢复密钥单"
              job={{
                kind: 'recovery-sheet',
                params: { key: shown.key, center: shown.center, date: shown.date },
                pageSizeMm: { widthMm: 210, heightMm: 297 },
                fileName: `恢复密钥单-${shown.date}`,
              }}
            />
          </Flex>
        )}
      </Modal>
    </section>
  );
}
