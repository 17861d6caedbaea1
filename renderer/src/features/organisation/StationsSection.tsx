import { App, Button, Form, Col, Flex, Input, Row, Select, Skeleton, Typography } from 'antd';
import { useId, useState } from 'react';
import {
  orderStations,
  STATION_NAME_MAX,
  stationListProblems,
  stationRemovalProblem,
  type Station,
} from '@shared/organisation/stations';
import { textLimit } from '@shared/validation/text-limit';
import { useRepos } from '../../app/desk-context';
import { useWrite } from '../../app/use-write';
import { FormField } from '../../ui/FormField';
import { useStations } from './use-organisation';

const CENTER = '';

/** 所/站: the center's own 所 and 站, with the 所 each 站 belongs to. */
export function StationsSection() {
  const stations = useStations();
  return stations ? <StationsForm key={JSON.stringify(stations)} initial={stations} /> : <Skeleton active />;
}

function StationsForm({ initial }: { initial: Station[] }) {
  const repos = useRepos();
  const write = useWrite();
  const { message } = App.useApp();
  const uid = useId();
  const [rows, setRows] = useState<Station[]>(initial);
  const [removal, setRemoval] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const problems = stationListProblems(rows);
  const changed = JSON.stringify(rows) !== JSON.stringify(initial);
  const offices = rows.filter((r) => r.level === '所' && r.name.trim() !== '');
  const update = (id: string, change: Partial<Station>) =>
    setRows(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));
  const add = (level: Station['level']) => {
    setRemoval(null);
    setRows([...rows, { id: crypto.randomUUID(), name: '', level, parentId: null }]);
  };
  const remove = (id: string) => {
    const problem = stationRemovalProblem(rows, id);
    setRemoval(problem);
    if (!problem) setRows(rows.filter((r) => r.id !== id));
  };
  const save = () => {
    setTried(true);
    if (problems) return;
    void write(() => repos.settings.set('stations', orderStations(rows))).then(
      (ok) => ok && message.success('所/站已保存'),
    );
  };

  return (
    <Form component={false} layout="vertical">
      <Flex vertical gap={4}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {rows.length === 0
            ? '还没有登记所/站。点击“添加所”或“添加站”，活动和服务单就能注明在哪里开展。'
            : '活动和服务单从这里选择开展地点所属的所/站。'}
        </Typography.Paragraph>
        {rows.map((row, i) => (
          <Row key={row.id} gutter={12} align="top">
            <Col xs={24} md={12}>
              <FormField
                label={`${row.level} ${i + 1} 名称`}
                htmlFor={`${uid}-${row.id}-name`}
                error={row.name || tried ? problems?.[i]?.name : undefined}
              >
                <Input
                  id={`${uid}-${row.id}-name`}
                  value={row.name}
                  count={textLimit(STATION_NAME_MAX)}
                  placeholder={
                    row.level === '所' ? '如：东街街道新时代文明实践所' : '如：三坊七巷社区新时代文明实践站'
                  }
                  onChange={(e) => update(row.id, { name: e.target.value })}
                />
              </FormField>
            </Col>
            <Col xs={16} md={8}>
              <FormField label="隶属" htmlFor={`${uid}-${row.id}-parent`} error={problems?.[i]?.parentId}>
                <Select
                  id={`${uid}-${row.id}-parent`}
                  disabled={row.level === '所'}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={row.parentId ?? CENTER}
                  onChange={(v: string) => update(row.id, { parentId: v === CENTER ? null : v })}
                  options={[
                    { value: CENTER, label: '本中心' },
                    ...offices.map((o) => ({ value: o.id, label: o.name.trim() })),
                  ]}
                />
              </FormField>
            </Col>
            <Col xs={8} md={4}>
              <Button
                style={{ marginTop: 30 }}
                aria-label={`删除${row.level}${row.name ? `“${row.name.trim()}”` : ` ${i + 1}`}`}
                onClick={() => remove(row.id)}
              >
                删除
              </Button>
            </Col>
          </Row>
        ))}
        {removal && (
          <Typography.Text type="danger" role="alert">
            {removal}
          </Typography.Text>
        )}
        {problems && rows.some((r) => r.name === '') && (
          <Typography.Text type="danger">请填写每个所/站的名称，或删去空行</Typography.Text>
        )}
        <Flex gap={8} wrap>
          <Button onClick={() => add('所')}>添加所</Button>
          <Button onClick={() => add('站')}>添加站</Button>
          <Button disabled={!changed} onClick={() => setRows(initial)}>
            撤销修改
          </Button>
          <Button type="primary" disabled={!changed} onClick={save}>
            保存所/站
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
