import { Button, Progress, Result, Typography } from 'antd';
import type { ImportResult } from '../../../db/repos/volunteer-import';

/** What was imported, for the messages: 志愿者 counted with 名, 场地 with 个, 单位 with 家. */
interface Noun {
  noun?: string;
  measure?: string;
}

interface Running extends Noun {
  done: number;
  total: number;
  onCancel(): void;
}

/** Step 4: the chunked write with its progress bar; 取消 takes back everything written so far. */
export function ImportRunning({ done, total, onCancel, noun = '志愿者' }: Running) {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <div role="status" aria-live="polite">
      <Typography.Paragraph>
        正在写入：{done.toLocaleString('zh-CN')} / {total.toLocaleString('zh-CN')} 行
      </Typography.Paragraph>
      <Progress percent={percent} status="active" aria-label="导入进度" />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        取消后，已写入的{noun}会被撤回，数据恢复到导入前的样子。
      </Typography.Paragraph>
      <Button onClick={onCancel}>取消导入</Button>
    </div>
  );
}

interface Summary extends Noun {
  result: ImportResult | { failed: string };
  rejected: number;
  onDownload(): void;
}

/** Step 5: what was written, and the rows left out as a file to fix and import again. */
export function ImportSummary({ result, rejected, onDownload, noun = '志愿者', measure = '名' }: Summary) {
  const onRecord = noun === '志愿者' ? '已登记志愿者' : `已有${noun}`;
  const download =
    rejected > 0 ? (
      <Button key="download" onClick={onDownload}>
        下载未导入的行（{rejected} 行）
      </Button>
    ) : undefined;
  if ('failed' in result)
    return (
      <Result status="warning" title="导入未完成" subTitle={`没有写入任何数据。原因：${result.failed}`} />
    );
  if (result.cancelled)
    return <Result status="info" title="已取消导入" subTitle="已写入的行都已撤回，数据与导入前相同。" />;
  return (
    <Result
      status="success"
      title="导入完成"
      subTitle={`新增 ${result.created} ${measure}${noun}${result.filled > 0 ? `，补充了 ${result.filled} ${measure}${onRecord}的空白信息` : ''}；${rejected} 行未导入。${rejected > 0 ? '可下载未导入的行，修改后再次导入。' : ''}`}
      extra={download}
    />
  );
}
