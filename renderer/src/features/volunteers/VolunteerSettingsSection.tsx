import { App, Button, Col, Form, Input, InputNumber, Row, Select, Skeleton } from 'antd';
import { useId, useState } from 'react';
import type { HoursRuleSet, MinorAgeRules, StarLadderSetting } from '@shared/model';
import { hoursRuleProblems } from '@shared/volunteers/hours';
import { DEFAULT_REPEAT_SCAN_SECONDS } from '@shared/volunteers/scanner';
import { minorRulesProblem } from '@shared/volunteers/minors';
import { customLadderProblem, STAR_LADDER_NAMES } from '@shared/volunteers/stars';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import type { VolunteerSettings } from '../../db/repos/service-records';
import { FormField } from '../../ui/FormField';
import { useVolunteerSettings } from './use-volunteer-settings';

const HOUR_FIELDS: [keyof HoursRuleSet, string][] = [
  ['roundingStepMinutes', '取整步长（分钟）'],
  ['minimumCreditMinutes', '最低计时（分钟，不足不计入）'],
  ['capPerSessionMinutes', '单次上限（分钟）'],
  ['capPerDayMinutes', '每日上限（分钟）'],
  ['autoCloseAfterMinutes', '未签退自动签退（分钟）'],
  ['repeatScanSeconds', '重复扫码忽略（秒）'],
];
const MINOR_FIELDS: [keyof MinorAgeRules, string][] = [
  ['guardianBelow', '须填监护人：未满（岁）'],
  ['consentBelow', '须监护人同意：未满（岁）'],
  ['accompanyBelow', '须监护人陪同：未满（岁）'],
  ['minimumAge', '最低注册年龄（岁）'],
];

/** 志愿服务设置: hours rules, star ladder, minor age limits, privacy notice version. */
export function VolunteerSettingsSection() {
  const current = useVolunteerSettings();
  return current ? <VolunteerSettingsForm initial={current} /> : <Skeleton active />;
}

function VolunteerSettingsForm({ initial }: { initial: VolunteerSettings }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [rules, setRules] = useState<HoursRuleSet>({
    ...initial.hoursRules,
    repeatScanSeconds: initial.hoursRules.repeatScanSeconds ?? DEFAULT_REPEAT_SCAN_SECONDS,
  });
  const [ladder, setLadder] = useState<StarLadderSetting>(initial.starLadder);
  const [customText, setCustomText] = useState(initial.starLadder.customHours.join('/'));
  const [minors, setMinors] = useState<MinorAgeRules>(initial.minorRules);
  const [notice, setNotice] = useState(initial.privacyNoticeVersion);
  const ruleProblems = hoursRuleProblems(rules);
  const customHours = customText
    .split(/[/,，、\s]+/)
    .filter(Boolean)
    .map(Number);
  const ladderProblem = ladder.kind === 'custom' ? customLadderProblem(customHours) : null;
  const minorProblem = minorRulesProblem(minors);
  const noticeProblem = notice.trim() ? null : '请填写告知版本';
  const bad = Object.keys(ruleProblems).length > 0 || ladderProblem || minorProblem || noticeProblem;

  const save = () =>
    void write(async () => {
      await repos.settings.set('hoursRules', rules);
      await repos.settings.set('starLadder', {
        kind: ladder.kind,
        customHours: ladder.kind === 'custom' ? customHours : [],
      });
      await repos.settings.set('minorRules', minors);
      await repos.settings.set('privacyNoticeVersion', notice.trim());
    }).then((ok) => ok && message.success('志愿服务设置已保存，新的签退按新规则计时'));

  return (
    <Form component={false} layout="vertical">
      <Row gutter={16}>
        {HOUR_FIELDS.map(([key, label]) => (
          <Col xs={12} md={8} key={key}>
            <FormField label={label} htmlFor={`${uid}-${key}`} error={ruleProblems[key]}>
              <InputNumber
                id={`${uid}-${key}`}
                value={rules[key] as number | undefined}
                onChange={(v) => setRules({ ...rules, [key]: v ?? 0 })}
                style={{ width: '100%' }}
              />
            </FormField>
          </Col>
        ))}
        <Col xs={24} md={12}>
          <FormField label="星级标准" htmlFor={`${uid}-ladder`}>
            <Select
              id={`${uid}-ladder`}
              value={ladder.kind}
              onChange={(kind: StarLadderSetting['kind']) => setLadder({ ...ladder, kind })}
              options={(Object.keys(STAR_LADDER_NAMES) as StarLadderSetting['kind'][]).map((k) => ({
                value: k,
                label: STAR_LADDER_NAMES[k],
              }))}
            />
          </FormField>
        </Col>
        {ladder.kind === 'custom' && (
          <Col xs={24} md={12}>
            <FormField
              label="各星级小时数"
              htmlFor={`${uid}-custom`}
              error={ladderProblem ?? undefined}
              extra="用 / 分隔，如 50/150/300"
            >
              <Input
                id={`${uid}-custom`}
                value={customText}
                onChange={(e) => setCustomText(e.target.value)}
              />
            </FormField>
          </Col>
        )}
        {MINOR_FIELDS.map(([key, label]) => (
          <Col xs={12} md={6} key={key}>
            <FormField label={label} htmlFor={`${uid}-${key}`}>
              <InputNumber
                id={`${uid}-${key}`}
                value={minors[key]}
                onChange={(v) => setMinors({ ...minors, [key]: v ?? 0 })}
                style={{ width: '100%' }}
              />
            </FormField>
          </Col>
        ))}
        {minorProblem && (
          <Col span={24} style={{ color: '#cf1322', marginBottom: 8 }}>
            {minorProblem}
          </Col>
        )}
        <Col xs={24} md={12}>
          <FormField label="个人信息告知版本" htmlFor={`${uid}-notice`} error={noticeProblem ?? undefined}>
            <Input
              id={`${uid}-notice`}
              value={notice}
              onChange={(e) => setNotice(e.target.value)}
              maxLength={20}
            />
          </FormField>
        </Col>
        <Col span={24}>
          <Button type="primary" disabled={Boolean(bad)} onClick={save}>
            保存志愿服务设置
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
