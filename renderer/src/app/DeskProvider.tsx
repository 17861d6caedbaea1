import { Flex, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { DeskContext } from './desk-context';
import { bootDesk, type DeskBoot } from './open-desk';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Opens the database and provides its repositories; shows the recovery screen when it cannot, or when
 * the database was lost or damaged (see decideDeskHealth).
 */
export function DeskProvider({ children }: { children: ReactNode }) {
  const [boot, setBoot] = useState<DeskBoot | null>(null);

  useEffect(() => {
    let active = true;
    void bootDesk().then((result) => {
      if (active) setBoot(result);
    });
    return () => {
      active = false;
    };
  }, []);

  if (!boot) {
    return (
      <Flex vertical align="center" justify="center" gap={16} style={{ height: '100%' }} role="status">
        <Spin size="large" />
        <span>正在打开数据库…</span>
      </Flex>
    );
  }
  if (boot.kind === 'error') return <RecoveryScreen failure={{ name: boot.name, message: boot.message }} />;
  if (boot.kind === 'recovery') return <RecoveryScreen recovery={boot} />;

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
