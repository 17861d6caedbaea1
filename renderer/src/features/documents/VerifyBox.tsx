import { Alert, Descriptions, Form, Input } from 'antd';
import { useId, useState } from 'react';
import { parseDocumentNumber } from '@shared/documents/numbering';
import type { IssuedDocument } from '@shared/model';
import { dateKey, formatDateCn } from '@shared/time/center-time';
import { useRepos } from '../../app/desk-context';

type Result =
  { kind: 'found'; doc: IssuedDocument } | { kind: 'none'; number: string } | { kind: 'bad' } | null;

/** 核验: type or scan the number on a presented document and see its register entry. */
export function VerifyBox() {
  const repos = useRepos();
  const uid = useId();
  const [result, setResult] = useState<Result>(null);

  const check = async (input: string) => {
    const parsed = parseDocumentNumber(input);
    if (!parsed) return setResult({ kind: 'bad' });
    const doc = await repos.documents.byNumber(parsed.number);
    setResult(doc ? { kind: 'found', doc } : { kind: 'none', number: parsed.number });
  };

  return (
    <>
      <Form.Item
        label="核验编号"
        htmlFor={`${uid}-n`}
        extra="扫描文书上的二维码或输入编号，如 RY-2026-00001"
        style={{ marginBottom: 12 }}
      >
        <Input.Search
          id={`${uid}-n`}
          enterButton="核验"
          allowClear
          onSearch={(v) => void check(v)}
          placeholder="编号"
          style={{ maxWidth: 420 }}
        />
      </Form.Item>
      {result?.kind === 'bad' && (
        <Alert type="warning" showIcon title="这不是本系统的文书编号格式（如 ZM-2026-00042）" />
      )}
      {result?.kind === 'none' && (
        <Alert
          type="error"
          showIcon
          title={`登记簿中没有编号 ${result.number}：此文书不是本中心开具的，或编号有误`}
        />
      )}
      {result?.kind === 'found' && (
        <Alert
          type={result.doc.status === '已作废' ? 'error' : 'success'}
          showIcon
          title={
            result.doc.status === '已作废'
              ? `${result.doc.number} 已作废`
              : `${result.doc.number} 是本中心开具的有效文书`
          }
          description={
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'k', label: '类别', children: result.doc.kind },
                { key: 'r', label: '接收人', children: result.doc.recipientName },
                { key: 'd', label: '开具日期', children: formatDateCn(dateKey(result.doc.issuedAt)) },
                {
                  key: 'h',
                  label: '服务时长',
                  children: result.doc.content['服务时长'] ? `${result.doc.content['服务时长']} 小时` : '—',
                },
                { key: 's', label: '状态', children: result.doc.status },
                ...(result.doc.voidReason
                  ? [{ key: 'v', label: '作废原因', children: result.doc.voidReason }]
                  : []),
              ]}
            />
          }
        />
      )}
    </>
  );
}
