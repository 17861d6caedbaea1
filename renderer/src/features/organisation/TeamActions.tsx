import { App, Button, Flex, Form, Input, Select } from 'antd';
import { useId, useState } from 'react';
import type { Team } from '@shared/model';
import { mergeProblem, parentProblem, TEAM_NAME_MAX, teamNameProblem } from '@shared/organisation/teams';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { FormField } from '../../ui/FormField';

const TOP = '';

/** 改名, 上级队伍, 合并 and 撤销 for one team; merging and retiring ask first and can be undone. */
export function TeamActions({ team, teams, size }: { team: Team; teams: Team[]; size: number | undefined }) {
  const repos = useRepos();
  const write = useWrite();
  const { modal, message } = App.useApp();
  const uid = useId();
  const [name, setName] = useState(team.name);
  const [into, setInto] = useState<string | undefined>(undefined);
  const active = teams.filter((t) => !t.retiredAt && t.id !== team.id);
  const nameProblem = name === team.name ? null : teamNameProblem(name, teams, team.id);
  const parents = active.filter((t) => parentProblem(teams, team.id, t.id) === null);
  const targets = active.filter((t) => mergeProblem(teams, team.id, t.id) === null);

  const undoable = (key: string, text: string) =>
    void message.success({
      key,
      duration: 8,
      content: (
        <span>
          {text}{' '}
          <Button
            size="small"
            type="link"
            onClick={() => {
              message.destroy(key);
              void write(() => repos.teams.restore(team.id));
            }}
          >
            撤销
          </Button>
        </span>
      ),
    });

  const merge = () => {
    const target = teams.find((t) => t.id === into);
    if (!target) return;
    modal.confirm({
      title: `把“${team.name}”并入“${target.name}”？`,
      content: `“${team.name}”的 ${size ?? '全部'} 名队员转入“${target.name}”，“${team.name}”随之撤销；之后可在“已撤销的队伍”中恢复。`,
      okText: '合并',
      cancelText: '返回',
      onOk: async () => {
        if (await write(() => repos.teams.merge(team.id, target.id))) {
          undoable(`merge-${team.id}`, `已并入“${target.name}”`);
        }
      },
    });
  };

  const retire = () =>
    modal.confirm({
      title: `撤销“${team.name}”？`,
      content: '队员和服务记录保持不变，只是不再供新队员选择；可随时恢复。',
      okText: '撤销队伍',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        if (await write(() => repos.teams.retire(team.id, '')))
          undoable(`retire-${team.id}`, `已撤销“${team.name}”`);
      },
    });

  return (
    <Form component={false} layout="vertical">
      <Flex gap={16} wrap align="flex-start">
        <Flex gap={8} align="flex-start">
          <FormField label="队伍名称" htmlFor={`${uid}-name`} error={nameProblem ?? undefined}>
            <Input
              id={`${uid}-name`}
              value={name}
              count={textLimit(TEAM_NAME_MAX)}
              onChange={(e) => setName(e.target.value)}
              style={{ width: 240 }}
            />
          </FormField>
          <Button
            style={{ marginTop: 30 }}
            disabled={name.trim() === team.name || nameProblem !== null}
            onClick={() =>
              void write(() => repos.teams.rename(team.id, name)).then(
                (ok) => ok && message.success('已改名'),
              )
            }
          >
            改名
          </Button>
        </Flex>
        <FormField label="上级队伍" htmlFor={`${uid}-parent`}>
          <Select
            id={`${uid}-parent`}
            style={{ width: 220 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={team.parentTeamId ?? TOP}
            onChange={(v: string) => void write(() => repos.teams.setParent(team.id, v === TOP ? null : v))}
            options={[
              { value: TOP, label: '无（作为总队）' },
              ...parents.map((t) => ({ value: t.id, label: t.name })),
            ]}
          />
        </FormField>
        <Flex gap={8} align="flex-start">
          <FormField label="并入队伍" htmlFor={`${uid}-into`}>
            <Select
              id={`${uid}-into`}
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择要并入的队伍"
              value={into}
              onChange={(v: string) => setInto(v)}
              options={targets.map((t) => ({ value: t.id, label: t.name }))}
            />
          </FormField>
          <Button style={{ marginTop: 30 }} disabled={!into} onClick={merge}>
            合并…
          </Button>
        </Flex>
        <Button style={{ marginTop: 30 }} danger onClick={retire}>
          撤销队伍…
        </Button>
      </Flex>
    </Form>
  );
}

/** 已撤销的队伍, each with 恢复 (a merged team gets its members back). */
export function RetiredTeams({ teams }: { teams: Team[] }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const retired = teams.filter((t) => t.retiredAt);
  const byId = new Map(teams.map((t) => [t.id, t.name]));
  if (retired.length === 0) return null;
  return (
    <section aria-label="已撤销的队伍">
      <h3 style={{ fontSize: 14, margin: '8px 0' }}>已撤销的队伍</h3>
      <Flex vertical gap={4}>
        {retired.map((t) => (
          <Flex key={t.id} gap={8} align="center">
            <span>
              {t.name}
              {t.mergedIntoId ? `（已并入“${byId.get(t.mergedIntoId) ?? '其他队伍'}”）` : ''}
            </span>
            <Button
              size="small"
              onClick={() =>
                void write(() => repos.teams.restore(t.id)).then(
                  (ok) => ok && message.success(`已恢复“${t.name}”`),
                )
              }
            >
              恢复
            </Button>
          </Flex>
        ))}
      </Flex>
    </section>
  );
}
