import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { FilePicker } from '../../../ui/FilePicker';
import { readInWorker } from './read-in-worker';
import type { SheetRows } from './read-spreadsheet';

interface Props {
  onRead(fileName: string, sheet: SheetRows): void;
  /** Example headers the first row should hold, e.g. 姓名、身份证号、手机号. */
  headersHint?: string;
}

/**
 * Step 1: the file. It is read in a Web Worker (the desk keeps answering); 取消 stops the reading, and
 * a file the desk cannot import is refused with the reason, nothing imported.
 */
export function ImportFileStep({ onRead, headersHint = '姓名、身份证号、手机号' }: Props) {
  const inputId = useId();
  const [stage, setStage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const read = async (file: File) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setStage('读取文件');
    const result = await readInWorker(file, setStage, controller.signal);
    if (controller.signal.aborted) return;
    setStage(null);
    if (!result) return;
    if (result.ok) onRead(file.name, result);
    else setError(result.message);
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {`支持 Excel（.xlsx、.xls）和 CSV 文件，读取第一个工作表；第一行应为表头（${headersHint}等）。导入前会先列出每一行的检查结果，确认后才写入。`}
      </Typography.Paragraph>
      <label htmlFor={inputId} style={{ fontWeight: 500 }}>
        表格文件
      </label>
      <FilePicker
        id={inputId}
        accept=".xlsx,.xls,.csv"
        buttonText="选择文件…"
        inputLabel="选择表格文件"
        disabled={stage !== null}
        onFile={(file) => void read(file)}
      />
      <Typography.Text type="secondary">
        文件不超过 30 MB；加密的文件请先在 Excel 中取消密码。
      </Typography.Text>
      {stage !== null && (
        <Flex align="center" gap={12} role="status" aria-live="polite">
          <Spin size="small" />
          <span>正在{stage}…</span>
          <Button
            onClick={() => {
              abort.current?.abort();
              setStage(null);
            }}
          >
            取消读取
          </Button>
        </Flex>
      )}
      {error && <Alert type="error" showIcon role="alert" title={`无法导入：${error}`} />}
    </Flex>
  );
}
