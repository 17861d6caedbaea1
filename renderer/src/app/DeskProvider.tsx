import { Flex, Progress, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { DeskContext } from './desk-context';
import { bootDesk, loadDictionaryWhenIdle, type DeskBoot } from './open-desk';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { subscribeUpgradeProgress, upgradeProgressSnapshot } from './upgrade-progress';

// Only a lost or damaged database needs it: kept out of the first screen's scripts.
const RecoveryScreen = lazy(() => import('./RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));

/** Shown only when opening takes a moment: a quick start goes straight to the desk, with no flash. */
function Opening({ delayMs = 0 }: { delayMs?: number }) {
  const [shown, setShown] = useState(delayMs === 0);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [shown, delayMs]);
  if (!shown) return null;
  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ height: '100%' }} role="status">
      <Spin size="large" />
      <span>正在打开数据库…</span>
    </Flex>
  );
}

const OPENING_DELAY_MS = 400;

/**
 * Opens the database and provides its repositories; shows the recovery screen when it cannot, or when
 * the database was lost or damaged (see decideDeskHealth).
 */
export function DeskProvider({ children }: { children: ReactNode }) {
  const [boot, setBoot] = useState<DeskBoot | null>(null);
  const upgrade = useSyncExternalStore(subscribeUpgradeProgress, upgradeProgressSnapshot);

  useEffect(() => {
    let active = true;
    void bootDesk().then((result) => {
      if (active) setBoot(result);
    });
    return () => {
      active = false;
    };
  }, []);
  // After the first screen has been shown, whichever it is (the desk, setup, the lock or recovery).
  useEffect(() => (boot ? loadDictionaryWhenIdle() : undefined), [boot]);

  if (!boot && upgrade && upgrade.total > 0) {
    const percent = Math.floor((upgrade.done / upgrade.total) * 100);
    return (
      <Flex vertical align="center" justify="center" gap={16} style={{ height: '100%' }}>
        <Typography.Title level={4}>正在升级数据库</Typography.Title>
        <div role="status">
          {upgrade.task}：已完成 {upgrade.done} / {upgrade.total} 个月
        </div>
        <Progress percent={percent} style={{ width: 360 }} aria-label="数据库升级进度" />
        <Typography.Text type="secondary">
          新版本第一次打开时需要整理已有数据，数据多时要几分钟。请不要关闭程序，完成后自动进入。
        </Typography.Text>
      </Flex>
    );
  }
  if (!boot) return <Opening delayMs={OPENING_DELAY_MS} />;
  if (boot.kind === 'error' || boot.kind === 'recovery') {
    return (
      <Suspense fallback={<Opening />}>
        {boot.kind === 'error' ? (
          <RecoveryScreen failure={{ name: boot.name, message: boot.message }} />
        ) : (
          <RecoveryScreen recovery={boot} />
        )}
      </Suspense>
    );
  }

  const { status } = boot.desk;
  return (
    <DeskContext value={boot.desk}>
      <Flex vertical style={{ height: '100%' }}>
        {status.readOnly && (
          <ReadOnlyBanner foundVersion={status.foundVersion} supportedVersion={status.supportedVersion} />
        )}
        <div style={{ flex: 1, minHeight: 0 }}>{children}</div>
      </Flex>
    </DeskContext>
  );
}
