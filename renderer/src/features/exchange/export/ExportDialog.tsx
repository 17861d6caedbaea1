import { Button, Checkbox, Modal, Progress, Result, Typography } from 'antd';

export type ExportState =
  | { phase: 'closed' }
  | { phase: 'choose' }
  | { phase: 'running'; done: number }
  | { phase: 'done'; rows: number; full: boolean }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

interface Props {
  list: string;
  /** How many rows the list holds now, when known cheaply (for the progress bar). */
  total: number | undefined;
  state: ExportState;
  /** Whether the columns hold ID numbers or phones. */
  personal: boolean;
  isAdmin: boolean;
  full: boolean;
  onFull: (full: boolean) => void;
  onStart: () => void;
  onCancel: () => void;
  onClose: () => void;
}

const count = (n: number) => n.toLocaleString('zh-CN');

/** Choosing, progress and outcome of one list export. While it runs, 取消 is the one way out. */
export function ExportDialog(props: Props) {
  const { state, total } = props;
  const running = state.phase === 'running';
  const percent = running && total ? Math.min(99, Math.floor((state.done / total) * 100)) : 0;

  const footer =
    state.phase === 'choose' ? (
      <>
        <Button onClick={props.onClose}>取消</Button>
        <Button type="primary" onClick={props.onStart}>
          开始导出
        </Button>
      </>
    ) : running ? (
      <Button onClick={props.onCancel}>取消</Button>
    ) : (
      <Button type="primary" onClick={props.onClose}>
        知道了
      </Button>
    );

  return (
    <Modal
      open={state.phase !== 'closed'}
      title={`导出 Excel：${props.list}`}
      closable={!running}
      keyboard={!running}
      mask={{ closable: false }}
      footer={footer}
      onCancel={running ? props.onCancel : props.onClose}
    >
      {state.phase === 'choose' && (
        <>
          <Typography.Paragraph>
            {total === undefined
              ? '将按当前筛选条件导出列表中的全部记录。'
              : `将按当前筛选条件导出 ${count(total)} 条记录。`}
            日期和时间导出为 Excel 日期，时长和人次导出为数字。
          </Typography.Paragraph>
          {props.personal && !props.isAdmin && (
            <Typography.Paragraph type="secondary">
              身份证号和手机号将打码导出（如 110105********1234）。需要完整号码时请由管理员导出。
            </Typography.Paragraph>
          )}
          {props.personal && props.isAdmin && (
            <>
              <Checkbox checked={props.full} onChange={(e) => props.onFull(e.target.checked)}>
                导出完整身份证号和手机号
              </Checkbox>
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {props.full
                  ? '完整号码的导出会记入操作记录（谁在何时导出了哪份名单）。请妥善保管文件。'
                  : '不勾选时身份证号和手机号打码导出。'}
              </Typography.Paragraph>
            </>
          )}
        </>
      )}
      {running && (
        <div role="status" aria-live="polite">
          <Typography.Paragraph>
            {total === undefined
              ? `正在读取：已读 ${count(state.done)} 条`
              : `正在读取：${count(state.done)} / ${count(total)} 条`}
          </Typography.Paragraph>
          <Progress percent={percent} status="active" aria-label="导出进度" />
        </div>
      )}
      {state.phase === 'done' && (
        <Result
          status="success"
          title={`已导出 ${count(state.rows)} 条`}
          subTitle={
            state.full
              ? '文件含完整身份证号和手机号，本次导出已记入操作记录。'
              : '文件已生成，身份证号和手机号已打码。'
          }
        />
      )}
      {state.phase === 'cancelled' && (
        <Result status="info" title="已取消导出" subTitle="没有生成文件，可以随时重新导出。" />
      )}
      {state.phase === 'failed' && (
        <Result status="warning" title="导出未完成" subTitle={`没有生成文件。原因：${state.message}`} />
      )}
    </Modal>
  );
}
