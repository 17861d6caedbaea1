import { Alert } from 'antd';
import { READ_ONLY_MESSAGE } from './desk-context';

/** Stays on screen for the whole session: staff must not believe their changes are being saved. */
export function ReadOnlyBanner({
  foundVersion,
  supportedVersion,
}: {
  foundVersion: number;
  supportedVersion: number;
}) {
  return (
    <Alert
      type="error"
      showIcon
      banner
      title={READ_ONLY_MESSAGE}
      description={`数据库结构版本为 ${foundVersion}，本程序最高支持 ${supportedVersion}。可以查看数据，但不能修改。请安装最新版本的文明实践前台。`}
    />
  );
}
