import { PrinterOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Modal, Typography } from 'antd';
import { useId, useState } from 'react';
import type { Activity } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { PrintButton } from '../../print/PrintButton';
import { SIGN_LINES_DEFAULT, SIGN_LINES_MAX, SIGN_LINES_PER_PAGE } from './print-styles';

/** 打印签到表: asks how many lines (default 40, 20 a page), then prints the 活动签到表. */
export function SignSheetButton({ activity }: { activity: Activity }) {
  const [open, setOpen] = useState(false);
  const [lines, setLines] = useState<number | null>(SIGN_LINES_DEFAULT);
  const id = useId();
  const valid = lines !== null && Number.isInteger(lines) && lines >= 1 && lines <= SIGN_LINES_MAX;
  return (
    <>
      <Button icon={<PrinterOutlined aria-hidden />} onClick={() => setOpen(true)}>
        打印签到表
      </Button>
      <Modal
        title="打印活动签到表"
        open={open}
        onCancel={() => setOpen(false)}
        footer={
          <PrintButton
            label="打印"
            what="活动签到表"
            disabled={!valid}
            job={{
              kind: 'activity-sign-sheet',
              params: { id: activity.id, lines: String(lines ?? SIGN_LINES_DEFAULT) },
              pageSizeMm: { widthMm: 210, heightMm: 297 },
              fileName: `活动签到表-${dateKey(activity.start)}-${activity.title}`,
            }}
          />
        }
      >
        <Form layout="vertical" component="div">
          <Form.Item
            label="签到行数"
            htmlFor={id}
            validateStatus={valid ? undefined : 'error'}
            help={
              valid
                ? `每页 ${SIGN_LINES_PER_PAGE} 行，共 ${Math.ceil((lines ?? 0) / SIGN_LINES_PER_PAGE)} 页`
                : `请填写 1 到 ${SIGN_LINES_MAX} 之间的整数`
            }
          >
            <InputNumber
              id={id}
              min={1}
              max={SIGN_LINES_MAX}
              precision={0}
              value={lines}
              onChange={setLines}
            />
          </Form.Item>
          <Typography.Text type="secondary">签到表印出空白的编号行，供到场人员填写。</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
