import { App, Button, Descriptions, Flex, Typography } from 'antd';
import type { AppInfo } from '@shared/ipc/contract';
import { useDeskStatus, useRepos } from '../../app/desk-context';
import { LATEST_SCHEMA_VERSION } from '../../db';
import { useLive } from '../../db/live-query';
import { platform } from '../../platform';
import { useDemoLoader } from '../demo/demo-loader-context';
import { busy } from '../../ui/busy';

/** Where the data lives and what state it is in; the demo-data entry point after setup. */
export function DataSection({ info }: { info: AppInfo | undefined }) {
  const repos = useRepos();
  const status = useDeskStatus();
  const demo = useDemoLoader();
  const { message } = App.useApp();
  const isEmpty = useLive(() => repos.demo.isEmpty(), [repos]);

  const openFolder = async () => {
    if (!(await platform.openDataFolder())) void message.warning('无法打开数据文件夹');
  };

  const location =
    info === undefined
      ? '…'
      : info.shell === 'web'
        ? '浏览器本地存储（仅用于网页模式）'
        : (info.dataDir ?? '（未知）');

  return (
    <Flex vertical gap={16}>
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 140 } }}
        items={[
          {
            key: 'where',
            label: '数据位置',
            children: (
              <Flex align="center" gap={12} wrap>
                <Typography.Text copyable={info?.dataDir ? { text: info.dataDir } : false}>
                  {location}
                </Typography.Text>
                {info?.shell === 'electron' && (
                  <Button onClick={() => void openFolder()}>打开数据文件夹</Button>
                )}
              </Flex>
            ),
          },
          {
            key: 'schema',
            label: '数据库版本',
            children: status.readOnly
              ? `${status.foundVersion}（本程序支持到 ${status.supportedVersion}，只读）`
              : String(LATEST_SCHEMA_VERSION),
          },
          {
            key: 'desk',
            label: '本机标识',
            children: <Typography.Text code>{status.deskId}</Typography.Text>,
          },
          {
            key: 'demo',
            label: '示例数据',
            children:
              isEmpty === undefined ? (
                '…'
              ) : status.readOnly ? (
                <Typography.Text type="secondary">只读模式下不能载入示例数据。</Typography.Text>
              ) : isEmpty ? (
                <Flex align="center" gap={12} wrap>
                  <Button onClick={demo.start} loading={busy(demo.running)}>
                    载入示例数据
                  </Button>
                  <Typography.Text type="secondary">
                    场地、200 名志愿者、一个月的预约，均为虚构内容
                  </Typography.Text>
                </Flex>
              ) : (
                <Typography.Text type="secondary">
                  示例数据只能载入到空白的数据库中；当前数据库已有数据。
                </Typography.Text>
              ),
          },
        ]}
      />
    </Flex>
  );
}
