import { Tabs } from 'antd';
import { useTodayKey } from '../../app/use-clock';
import { Section } from '../../ui/Section';
import { IssuePanel } from './IssuePanel';
import { RegisterPanel } from './RegisterPanel';
import { TemplatesPanel } from './TemplatesPanel';

/** 证书与感谢信: issue numbered documents, keep the register, and manage templates. */
export function DocumentsScreen() {
  const today = useTodayKey();
  return (
    <Section title="证书与感谢信">
      <Tabs
        items={[
          { key: 'issue', label: '开具', children: <IssuePanel today={today} /> },
          { key: 'register', label: '登记簿与核验', children: <RegisterPanel /> },
          { key: 'templates', label: '模板', children: <TemplatesPanel /> },
        ]}
      />
    </Section>
  );
}
