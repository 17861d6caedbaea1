import { Alert, Button, Flex, Progress } from 'antd';
import { useRef, useState } from 'react';
import type { ChainReport } from '@shared/audit/chain';
import { describeReport } from '@shared/audit/describe';
import { describeMissingTail } from '@shared/audit/tail';
import { useRepos } from '../../app/desk-context';
import { LoadCancelledError } from '../../db';
import { reportError } from '../../db/errors';
import { platform } from '../../platform';
import type { ChainedEntry } from '../../db/repos/audit-query';

type VerifyState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; report: ChainReport<ChainedEntry>; tail: string | null }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** 校验: walks the whole chain with progress and 取消, then says whether it holds or where it breaks. */
export function AuditVerify() {
  const repos = useRepos();
  const [state, setState] = useState<VerifyState>({ phase: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const run = async () => {
    const abort = new AbortController();
    abortRef.current = abort;
    setState({ phase: 'running', done: 0, total: 0 });
    try {
      const report = await repos.audit.verify(
        (done, total) => setState({ phase: 'running', done, total }),
        abort.signal,
      );
      // The newest write the sentinel saw, outside the database: a log cut at its end verifies otherwise.
      const [sentinel, latest] = await Promise.all([
        platform.readSentinel().catch(() => null),
        repos.audit.latestAt(),
      ]);
      const tail = describeMissingTail({
        sentinelLastWriteAt: sentinel?.lastWriteAt ?? null,
        logLatestAt: latest,
      });
      setState({ phase: 'done', report, tail });
    } catch (error) {
      if (error instanceof LoadCancelledError) setState({ phase: 'cancelled' });
      else setState({ phase: 'failed', message: reportError(error) });
    } finally {
      abortRef.current = null;
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        {state.phase === 'running' ? (
          <>
            <Progress
              aria-label="校验进度"
              percent={state.total ? Math.floor((state.done / state.total) * 100) : 0}
              style={{ width: 240, margin: 0 }}
            />
            <span className="tabular">
              已校验 {state.done.toLocaleString('zh-CN')} / {state.total.toLocaleString('zh-CN')} 条
            </span>
            <Button onClick={() => abortRef.current?.abort()}>取消校验</Button>
          </>
        ) : (
          <Button onClick={() => void run()}>校验操作记录</Button>
        )}
      </Flex>
      {state.phase === 'done' && (
        <Alert
          role="status"
          showIcon
          type={state.report.broken ? 'error' : 'success'}
          title={state.report.broken ? '操作记录校验未通过' : '操作记录校验通过'}
          description={
            state.report.broken
              ? `${describeReport(state.report)}从这一条起，之后的记录无法证明未被改动；请联系管理员，并用最近的备份核对。`
              : describeReport(state.report)
          }
        />
      )}
      {state.phase === 'done' && state.tail && (
        <Alert role="status" showIcon type="error" title="操作记录末尾可能缺失" description={state.tail} />
      )}
      {state.phase === 'cancelled' && <Alert role="status" type="info" showIcon title="已取消校验" />}
      {state.phase === 'failed' && (
        <Alert role="alert" type="error" showIcon title="校验未能完成" description={state.message} />
      )}
    </Flex>
  );
}
