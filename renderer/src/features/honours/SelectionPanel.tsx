import { App, Button, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useId, useState, type Key } from 'react';
import { periodOf, type AssessmentPeriod } from '@shared/recognition/periods';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import type { HonourPick } from '../../db/repos/honours';
import { FormField } from '../../ui/FormField';
import { PlainList } from '../../ui/PlainList';
import { CandidateTables } from './CandidateTables';
import { CertificateDialog } from './CertificateDialog';
import { PeriodPicker } from './PeriodPicker';
import { breakdownText, countedLabel } from './breakdown-text';

/** 评选: a period's ranked candidates, winners chosen by checkbox and confirmed with a reason. */
export function SelectionPanel() {
  const repos = useRepos();
  const write = useWrite();
  const { message, modal } = App.useApp();
  const uid = useId();
  const today = useTodayKey();
  const [period, setPeriod] = useState<AssessmentPeriod>(() => periodOf('月', today));
  const [volunteerKeys, setVolunteerKeys] = useState<Key[]>([]);
  const [teamKeys, setTeamKeys] = useState<Key[]>([]);
  const [reason, setReason] = useState('');
  const [certificates, setCertificates] = useState(false);
  const candidates = useLive(() => repos.honours.candidates(period), [repos, period.kind, period.start]);
  const confirmed = useLive(
    () => repos.honours.forPeriod(period.kind, period.start),
    [repos, period.kind, period.start],
  );
  const confirmedIds = new Set((confirmed ?? []).map((h) => h.winnerId));

  const choose = (next: AssessmentPeriod) => {
    setPeriod(next);
    setVolunteerKeys([]);
    setTeamKeys([]);
  };

  const picks = (): HonourPick[] => [
    ...(candidates?.volunteers ?? [])
      .filter((v) => volunteerKeys.includes(v.volunteerId))
      .map((v) => ({
        winnerType: 'volunteer' as const,
        winnerId: v.volunteerId,
        winnerName: v.name,
        points: v.points,
        breakdown: v.breakdown.map((l) => ({ label: countedLabel(l), points: l.points })),
      })),
    ...(candidates?.teams ?? [])
      .filter((t) => teamKeys.includes(t.teamId))
      .map((t) => ({
        winnerType: 'team' as const,
        winnerId: t.teamId,
        winnerName: t.name,
        points: t.points,
        breakdown: [{ label: `${t.members}名队员积分合计`, points: t.points }],
      })),
  ];

  const confirm = () => {
    const chosen = picks();
    modal.confirm({
      title: `确认${period.label}评选结果？`,
      content: `当选：${chosen.map((p) => p.winnerName).join('、')}。确认后记入光荣榜，可撤销。`,
      okText: '确认评选结果',
      cancelText: '返回',
      onOk: async () => {
        let ids: string[] = [];
        const ok = await write(async () => {
          ids = (await repos.honours.confirm(period, chosen, reason)).map((h) => h.id);
        });
        if (!ok) return;
        setVolunteerKeys([]);
        setTeamKeys([]);
        setReason('');
        const key = `honours-${period.start}`;
        void message.success({
          key,
          duration: 8,
          content: (
            <span>
              已确认{period.label}评选结果（{ids.length}名）{' '}
              <Button
                size="small"
                type="link"
                onClick={() => {
                  message.destroy(key);
                  void write(() => repos.honours.undo(ids)).then(
                    (done) => done && message.info('已撤销评选结果'),
                  );
                }}
              >
                撤销
              </Button>
            </span>
          ),
        });
      },
    });
  };

  const chosenCount = volunteerKeys.length + teamKeys.length;
  return (
    <Flex vertical gap={12}>
      <PeriodPicker period={period} today={today} onChange={choose} />
      <CandidateTables
        volunteers={candidates?.volunteers}
        teams={candidates?.teams}
        confirmedIds={confirmedIds}
        selectedVolunteers={volunteerKeys}
        selectedTeams={teamKeys}
        onSelectVolunteers={setVolunteerKeys}
        onSelectTeams={setTeamKeys}
      />
      <Form component={false} layout="vertical">
        <FormField label="评选理由" htmlFor={`${uid}-reason`} extra="印在荣誉证书的表彰事由中，可不填。">
          <Input.TextArea
            id={`${uid}-reason`}
            rows={2}
            maxLength={60}
            showCount
            value={reason}
            placeholder="如：服务时长多，群众评价好"
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
      </Form>
      <Flex gap={8} align="center" wrap>
        <Button type="primary" disabled={chosenCount === 0} onClick={confirm}>
          确认评选结果
        </Button>
        <Typography.Text type="secondary">
          {chosenCount === 0 ? '勾选当选者后确认。' : `已勾选 ${chosenCount} 名`}
        </Typography.Text>
      </Flex>
      <section aria-label={`${period.label}已确认的当选者`}>
        <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
          <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
            {period.label}已确认的当选者
          </Typography.Title>
          <Button disabled={!confirmed?.length} onClick={() => setCertificates(true)}>
            发放荣誉证书
          </Button>
        </Flex>
        <PlainList
          items={confirmed}
          itemKey={(h) => h.id}
          emptyText="这一期还没有确认评选结果。勾选候选人并点“确认评选结果”。"
          renderItem={(h) => (
            <Flex justify="space-between" align="center" gap={8}>
              <span>
                {h.title} · {h.winnerName} · {h.points}分 · {breakdownText(h.breakdown)}
                {h.documentId ? ' · 已发证书' : ''}
              </span>
              <Popconfirm
                title={`撤销${h.winnerName}的当选？`}
                okText="撤销当选"
                cancelText="返回"
                onConfirm={() => void write(() => repos.honours.undo([h.id]))}
              >
                <Button size="small" aria-label={`撤销${h.winnerName}的当选`}>
                  撤销当选
                </Button>
              </Popconfirm>
            </Flex>
          )}
        />
      </section>
      <CertificateDialog
        open={certificates}
        honours={confirmed ?? []}
        periodLabel={period.label}
        onClose={() => setCertificates(false)}
      />
    </Flex>
  );
}
