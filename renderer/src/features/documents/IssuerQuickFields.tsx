import { App, Alert, Button, Flex, Input, Typography } from 'antd';
import { useId, useState } from 'react';
import { issuerSettingsSchema } from '@shared/documents/issue-form';
import type { DocumentIssuerSettings } from '@shared/model';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';

type Name = 'leader' | 'handler';
const LABEL: Record<Name, string> = { leader: '负责人', handler: '经办人' };

/**
 * 负责人 and 经办人 filled in where the document is issued, when 设置 has none yet: going to 设置 lost
 * the recipients and the kind. Saved into the same settings 设置 › 证书与打印 edits.
 */
export function IssuerQuickFields({ settings }: { settings: DocumentIssuerSettings }) {
  const uid = useId();
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const [values, setValues] = useState({ leader: settings.leader, handler: settings.handler });
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const save = async () => {
    const parsed = issuerSettingsSchema.safeParse({ ...settings, ...values });
    if (!parsed.success) {
      const next: Partial<Record<Name, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (key === 'leader' || key === 'handler') next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    if (await write(() => repos.settings.set('documentIssuer', parsed.data)))
      void message.success('负责人和经办人已保存，以后开具时自动填入');
  };
  const input = (name: Name) => (
    <Flex vertical gap={2} style={{ flex: 1, minWidth: 120 }}>
      <label htmlFor={`${uid}-${name}`}>{LABEL[name]}</label>
      <Input
        id={`${uid}-${name}`}
        value={values[name]}
        status={errors[name] ? 'error' : undefined}
        count={textLimit(20)}
        autoComplete="off"
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      />
      {errors[name] && <Typography.Text type="danger">{errors[name]}</Typography.Text>}
    </Flex>
  );
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="证明须写明负责人和经办人"
      description={
        <div role="group" aria-label="出具信息">
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            在此填写后保存，以后开具时自动填入（也可在“设置 › 证书与打印”中修改）。
          </Typography.Paragraph>
          <Flex gap={8} wrap align="end">
            {input('leader')}
            {input('handler')}
            <Button onClick={() => void save()}>保存</Button>
          </Flex>
        </div>
      }
    />
  );
}
