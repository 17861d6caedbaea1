import { Alert, Tabs } from 'antd';
import { useState } from 'react';
import { withRuleDefaults } from '@shared/recognition/assessment-rules';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { AdminOnly } from '../staff/AdminOnly';
import { HonourRoll } from './HonourRoll';
import { RulesPanel } from './RulesPanel';
import { SelectionPanel } from './SelectionPanel';

/** 评选表彰: choose 时尚达人 and 先进集体 by the 考评办法, the 光荣榜, and the rules themselves. */
export function HonoursScreen() {
  const repos = useRepos();
  const [tab, setTab] = useState('select');
  const rules = useLive(async () => withRuleDefaults(await repos.settings.get('assessmentRules')), [repos]);
  return (
    <Section title="评选表彰">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'select',
            label: '评选',
            children: (
              <>
                {rules?.description && (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title="考评办法 说明"
                    description={rules.description}
                  />
                )}
                <SelectionPanel />
              </>
            ),
          },
          { key: 'roll', label: '光荣榜', children: <HonourRoll /> },
          {
            key: 'rules',
            label: '考评办法',
            children: (
              <AdminOnly action="settings">
                <RulesPanel />
              </AdminOnly>
            ),
          },
        ]}
      />
    </Section>
  );
}
