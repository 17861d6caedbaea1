import { App, Button, Flex, Input, Select, Table } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Team } from '@shared/model';
import { teamTree } from '@shared/organisation/teams';
import { describeMinutes } from '@shared/volunteers/hours';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { RetiredTeams, TeamActions } from '../organisation/TeamActions';

/** Teams with leader, size and confirmed hours of current members; create a team, set its leader. */
export function TeamsPanel({ teams }: { teams: Team[] | undefined }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [name, setName] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const tree = teamTree(teams ?? []);
  const depth = new Map(tree.map((r) => [r.team.id, r.depth]));
  const ids = (teams ?? []).map((t) => t.id);
  const sizes = useLive(() => repos.teams.sizes(ids), [repos, ids.join()]);
  const leaders = useLive(
    () => repos.volunteers.many((teams ?? []).flatMap((t) => (t.leaderId ? [t.leaderId] : []))),
    [repos, teams],
  );
  const members = useLive(() => (open ? repos.teams.members(open) : Promise.resolve([])), [repos, open]);
  const hours = useLive(
    () =>
      open && members
        ? repos.serviceRecords.confirmedMinutesOf(members.map((m) => m.id))
        : Promise.resolve(null),
    [repos, open, members],
  );

  return (
    <Flex vertical gap={12} style={{ padding: 16 }}>
      <Flex gap={8} align="center">
        <label htmlFor={`${uid}-name`}>新服务队名称</label>
        <Input
          id={`${uid}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ maxWidth: 260 }}
          maxLength={30}
        />
        <Button
          disabled={!name.trim()}
          onClick={() =>
            void write(() => repos.teams.create(name, '')).then((ok) => {
              if (ok) {
                void message.success('已新建服务队');
                setName('');
              }
            })
          }
        >
          新建服务队
        </Button>
      </Flex>
      <Table<Team>
        rowKey="id"
        size="small"
        loading={teams === undefined}
        dataSource={teams && tree.map((r) => r.team)}
        pagination={false}
        locale={{ emptyText: '还没有志愿服务队。在上方输入名称即可新建。' }}
        expandable={{
          expandedRowKeys: open ? [open] : [],
          onExpand: (expanded, t) => setOpen(expanded ? t.id : null),
          expandedRowRender: (t) => (
            <Flex vertical gap={8}>
              <div>
                队员已确认服务时长合计：{hours === undefined || hours === null ? '…' : describeMinutes(hours)}
              </div>
              <Flex gap={8} align="center">
                <label htmlFor={`${uid}-leader-${t.id}`}>队长</label>
                <Select
                  id={`${uid}-leader-${t.id}`}
                  style={{ minWidth: 220 }}
                  value={t.leaderId}
                  allowClear
                  onChange={(v: string | undefined) =>
                    void write(() => repos.teams.setLeader(t.id, v ?? null))
                  }
                  options={(members ?? []).map((m) => ({ value: m.id, label: `${m.name} ${m.volunteerNo}` }))}
                />
              </Flex>
              <TeamActions
                key={`${t.id}-${t.updatedAt}`}
                team={t}
                teams={teams ?? []}
                size={sizes?.get(t.id)}
              />
              <div>
                {(members ?? []).map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && '、'}
                    <Link to={`/volunteers/${m.id}`}>{m.name}</Link>
                  </span>
                ))}
              </div>
            </Flex>
          ),
        }}
        columns={[
          {
            title: '队伍',
            key: 'name',
            render: (_, t) =>
              depth.get(t.id) === 1 ? (
                <span style={{ paddingLeft: 20 }}>
                  <span aria-hidden="true">└ </span>
                  {t.name}
                </span>
              ) : (
                t.name
              ),
          },
          {
            title: '上级队伍',
            key: 'parent',
            render: (_, t) =>
              t.parentTeamId ? (teams?.find((p) => p.id === t.parentTeamId)?.name ?? '—') : '—',
          },
          {
            title: '队长',
            key: 'leader',
            render: (_, t) => (t.leaderId ? (leaders?.get(t.leaderId)?.name ?? '…') : '未设'),
          },
          {
            title: '人数',
            key: 'size',
            width: 72,
            align: 'right',
            render: (_, t) => sizes?.get(t.id) ?? '…',
          },
        ]}
      />
      <RetiredTeams teams={teams ?? []} />
    </Flex>
  );
}
