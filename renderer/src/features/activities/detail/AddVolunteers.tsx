import { App, Button, Flex, Input, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { activityMinutes } from '@shared/activities/activity-list';
import { readVolunteerMinutes } from '@shared/activities/activity-schema';
import type { Activity, Volunteer } from '@shared/model';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import { useLive } from '../../../db/live-query';
import { HoursRows } from './HoursRows';
import { useHoursDraft } from './use-hours-draft';

/**
 * Adds volunteers to an activity four ways (a whole team, card scans, a search, the desk sign-ins during
 * the activity), then saves every row's hours in one transaction.
 */
export function AddVolunteers({ activity, existing }: { activity: Activity; existing: ReadonlySet<string> }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const draft = useHoursDraft(activity);
  const scanId = useId();
  const scanProblemId = useId();
  const [scan, setScan] = useState('');
  const [scanProblem, setScanProblem] = useState<string | null>(null);
  const [team, setTeam] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [saving, setSaving] = useState(false);
  const teams = useLive(() => repos.teams.active(), [repos]);
  const found = useLive(
    () => (query.trim() ? repos.people.searchVolunteers(query.trim(), 20) : Promise.resolve([])),
    [repos, query],
  );
  const length = activityMinutes(activity);

  const report = (n: number, what: string) =>
    void (n > 0
      ? message.success(`已加入 ${n} 名${what}`)
      : message.info(`没有可加入的${what}（已在名单中）`));

  const addTeam = async () => {
    if (!team) return;
    report(draft.add(await repos.teams.members(team), existing), '服务队队员');
  };
  const addScanned = async () => {
    const code = scan.trim();
    if (!code) return;
    const v = await repos.volunteers.byNumber(code);
    if (!v) {
      setScanProblem(`找不到编号为“${code}”的志愿者`);
      return;
    }
    if (existing.has(v.id) || draft.rows.some((r) => r.volunteerId === v.id)) {
      setScanProblem(`${v.name} 已在名单中`);
    } else {
      draft.add([v], existing);
      setScanProblem(null);
    }
    setScan('');
  };
  const addSignedIn = async () => {
    report(draft.add(await repos.activities.signedInDuring(activity.id), existing), '签到的志愿者');
  };

  const save = async () => {
    const checked = draft.rows.map((r) => {
      const read = readVolunteerMinutes(r.minutes, length);
      return { row: r, read };
    });
    if (checked.some((c) => 'problem' in c.read)) {
      draft.setRows(
        checked.map(({ row, read }) => ({ ...row, problem: 'problem' in read ? read.problem : null })),
      );
      return;
    }
    setSaving(true);
    let results: Awaited<ReturnType<typeof repos.activities.saveHours>> = [];
    const ok = await write(async () => {
      results = await repos.activities.saveHours(
        activity.id,
        checked.map(({ row, read }) => ({
          volunteerId: row.volunteerId,
          minutes: 'minutes' in read ? read.minutes : 0,
          content: row.content,
          evaluation: row.evaluation,
          leader: row.leader,
        })),
      );
    });
    setSaving(false);
    if (!ok) return;
    const refused = new Map(
      results.flatMap((r) => (r.kind === 'refused' ? [[r.volunteerId, r.reason]] : [])),
    );
    const linked = results.filter((r) => r.kind === 'linked').length;
    const saved = results.length - refused.size;
    draft.setRows(
      draft.rows
        .filter((r) => refused.has(r.volunteerId))
        .map((r) => ({ ...r, problem: refused.get(r.volunteerId) ?? null })),
    );
    if (saved > 0)
      void message.success(
        `已登记 ${saved} 名志愿者的服务时长${linked > 0 ? `，其中 ${linked} 名沿用前台签到记录，不重复计时` : ''}`,
      );
    if (refused.size > 0) void message.warning(`${refused.size} 名志愿者未能登记，原因见名单`);
  };

  const pick = (v: Volunteer) => {
    if (draft.add([v], existing) === 0) void message.info(`${v.name} 已在名单中`);
    setQuery('');
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap align="flex-start">
        <Flex vertical gap={4}>
          <label htmlFor={scanId}>志愿者编号</label>
          <Input
            id={scanId}
            value={scan}
            placeholder="刷卡或输入编号后按回车"
            style={{ width: 220 }}
            status={scanProblem ? 'error' : undefined}
            aria-describedby={scanProblem ? scanProblemId : undefined}
            onChange={(e) => setScan(e.target.value)}
            onPressEnter={() => void addScanned()}
          />
          {scanProblem && (
            <Typography.Text type="danger" id={scanProblemId}>
              {scanProblem}
            </Typography.Text>
          )}
        </Flex>
        <Flex vertical gap={4}>
          <span id={`${scanId}-search`}>搜索志愿者</span>
          <Select<string>
            aria-labelledby={`${scanId}-search`}
            showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
            value={null}
            placeholder="姓名、拼音或编号"
            style={{ width: 220 }}
            notFoundContent={query.trim() ? '没有找到' : '请输入姓名、拼音或编号'}
            options={(found ?? []).map((v) => ({ value: v.id, label: `${v.name}（${v.volunteerNo}）` }))}
            onChange={(id) => {
              const v = found?.find((x) => x.id === id);
              if (v) pick(v);
            }}
          />
        </Flex>
        <Flex vertical gap={4}>
          <span id={`${scanId}-team`}>按服务队添加</span>
          <Flex gap={4}>
            <Select<string>
              aria-labelledby={`${scanId}-team`}
              value={team}
              placeholder="选择服务队"
              style={{ width: 180 }}
              onChange={setTeam}
              options={(teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
            />
            <Button disabled={!team} onClick={() => void addTeam()}>
              加入全队
            </Button>
          </Flex>
        </Flex>
        <Flex vertical gap={4}>
          <span aria-hidden>&nbsp;</span>
          <Button onClick={() => void addSignedIn()}>带入签到的志愿者</Button>
        </Flex>
      </Flex>
      <HoursRows rows={draft.rows} length={length} onChange={draft.change} onDrop={draft.drop} />
      {draft.rows.length > 0 && (
        <Flex gap={8}>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            保存服务时长（{draft.rows.length} 人）
          </Button>
          <Button onClick={() => draft.setRows([])}>清空名单</Button>
        </Flex>
      )}
    </Flex>
  );
}
