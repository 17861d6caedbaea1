import { App, Button, Col, Flex, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useId, useState } from 'react';
import { BOOKING_CATEGORIES, type Project } from '@shared/model';
import {
  assessmentRulesProblems,
  DEFAULT_ASSESSMENT_RULES,
  DESCRIPTION_MAX,
  withRuleDefaults,
  type AssessmentRules,
  type AssessmentRulesField,
} from '@shared/recognition/assessment-rules';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { FormField } from '../../ui/FormField';
import { useProjects } from '../organisation/use-organisation';

/** 考评办法: points per hour, activity, theme, project, order and star, caps, and the published text. */
export function RulesPanel() {
  const repos = useRepos();
  const stored = useLive(async () => ({ value: await repos.settings.get('assessmentRules') }), [repos]);
  const projects = useProjects();
  if (!stored || !projects) return <Skeleton active />;
  const initial = withRuleDefaults(stored.value);
  return <RulesForm key={JSON.stringify(initial)} initial={initial} projects={projects} />;
}

type NumberKey = 'pointsPerHour' | 'pointsPerActivity' | 'pointsPerOrder' | 'pointsPerStar';
type CapKey = 'hoursCap' | 'activitiesCap' | 'ordersCap';

const NUMBERS: [NumberKey, string][] = [
  ['pointsPerHour', '每小时服务时长（分）'],
  ['pointsPerActivity', '每参加一次活动（分）'],
  ['pointsPerOrder', '每办结一张服务单（分）'],
  ['pointsPerStar', '服务单评价每一星（分）'],
];
const CAPS: [CapKey, string][] = [
  ['hoursCap', '时长积分上限（每期）'],
  ['activitiesCap', '活动积分上限（每期）'],
  ['ordersCap', '服务单积分上限（每期）'],
];

function RulesForm({ initial, projects }: { initial: AssessmentRules; projects: Project[] }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [rules, setRules] = useState<AssessmentRules>(initial);
  const [tried, setTried] = useState(false);
  const problems = assessmentRulesProblems(rules);
  const changed = JSON.stringify(rules) !== JSON.stringify(initial);
  const error = (field: AssessmentRulesField) => (tried || changed ? problems[field] : undefined);
  // An emptied number is kept as NaN so the problem shows at the field instead of a silent 0.
  const num = (v: number | null) => (v === null ? Number.NaN : v);
  const field = (key: string) => `${uid}-${key}`;

  const save = () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    void write(() =>
      repos.settings.set('assessmentRules', { ...rules, description: rules.description.trim() }),
    ).then((ok) => ok && message.success('考评办法已保存，评选按新办法计分'));
  };

  const numberInput = (
    id: string,
    label: string,
    value: number | null,
    f: AssessmentRulesField,
    set: (v: number | null) => void,
    placeholder?: string,
  ) => (
    <FormField label={label} htmlFor={field(id)} error={error(f)}>
      <InputNumber
        id={field(id)}
        step={1}
        value={value === null || Number.isNaN(value) ? null : value}
        placeholder={placeholder}
        onChange={(v) => set(typeof v === 'number' ? v : null)}
        style={{ width: '100%' }}
      />
    </FormField>
  );

  return (
    <Form component={false} layout="vertical">
      <Typography.Paragraph type="secondary">
        只计已确认的服务记录和已办结（含待回访）的服务单；上限对所评选的每一期适用，不填为不设上限。
      </Typography.Paragraph>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        基本积分
      </Typography.Title>
      <Row gutter={16}>
        {NUMBERS.map(([key, label]) => (
          <Col key={key} xs={24} sm={12} lg={6}>
            {numberInput(key, label, rules[key], key, (v) => setRules({ ...rules, [key]: num(v) }))}
          </Col>
        ))}
      </Row>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        按活动主题加分（每次活动）
      </Typography.Title>
      <Row gutter={16}>
        {BOOKING_CATEGORIES.map((c) => (
          <Col key={c} xs={12} sm={8} lg={4}>
            {numberInput(`cat-${c}`, `主题“${c}”`, rules.categoryPoints[c] ?? 0, `category:${c}`, (v) =>
              setRules({ ...rules, categoryPoints: { ...rules.categoryPoints, [c]: num(v) } }),
            )}
          </Col>
        ))}
      </Row>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        按服务项目加分（每次活动）
      </Typography.Title>
      {projects.length === 0 ? (
        <Typography.Paragraph type="secondary">
          还没有服务项目。在“设置 · 服务项目”中添加后，可为项目活动加分。
        </Typography.Paragraph>
      ) : (
        <Row gutter={16}>
          {projects.map((p) => (
            <Col key={p.id} xs={12} sm={8} lg={6}>
              {numberInput(
                `project-${p.id}`,
                `项目“${p.name}”`,
                rules.projectPoints[p.id] ?? 0,
                `project:${p.id}`,
                (v) => setRules({ ...rules, projectPoints: { ...rules.projectPoints, [p.id]: num(v) } }),
              )}
            </Col>
          ))}
        </Row>
      )}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        积分上限
      </Typography.Title>
      <Row gutter={16}>
        {CAPS.map(([key, label]) => (
          <Col key={key} xs={24} sm={8}>
            {numberInput(key, label, rules[key], key, (v) => setRules({ ...rules, [key]: v }), '不设上限')}
          </Col>
        ))}
      </Row>
      <FormField
        label="考评办法说明"
        htmlFor={field('description')}
        error={error('description')}
        extra="显示在评选页，供工作人员和志愿者查阅。"
      >
        <Input.TextArea
          id={field('description')}
          rows={4}
          count={textLimit(DESCRIPTION_MAX)}
          value={rules.description}
          onChange={(e) => setRules({ ...rules, description: e.target.value })}
        />
      </FormField>
      <Flex gap={8} wrap>
        <Button disabled={!changed} onClick={() => setRules(initial)}>
          撤销修改
        </Button>
        <Button onClick={() => setRules(DEFAULT_ASSESSMENT_RULES)}>恢复默认办法</Button>
        <Button type="primary" disabled={!changed} onClick={save}>
          保存考评办法
        </Button>
      </Flex>
    </Form>
  );
}
