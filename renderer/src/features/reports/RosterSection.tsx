import { Alert, Empty, Flex, Spin, Typography } from 'antd';
import { Section } from '../../ui/Section';
import type { ReportBundle } from './load-report';
import { ReportTableView } from './ReportTableView';
import type { ReportTable } from './report-tables';

/**
 * 岗位排班 in the 统计报表: places filled against needed, attendance and the volunteers with most
 * absences, for the posts of the report's scope; says how to start when the center has no post. Its
 * figures arrive after the rest of the report (see loadRosterPart), so it says they are being counted.
 */
export function RosterSection({
  bundle,
  tables,
  problem,
}: {
  bundle: ReportBundle;
  tables: ReportTable[];
  problem: string | null;
}) {
  const scope = bundle.stationId === null ? '全中心的岗位' : `${bundle.scopeName}的岗位`;
  const body = () => {
    if (problem) return <Alert type="error" showIcon title={`岗位排班统计读取失败：${problem}`} />;
    if (!bundle.rosters)
      return (
        <Flex gap={8} align="center" role="status">
          <Spin size="small" aria-hidden />
          <Typography.Text type="secondary">正在统计岗位排班…（其他统计已可查看）</Typography.Text>
        </Flex>
      );
    if (!bundle.rosters.centerHasPosts)
      return <Empty description="在 志愿者 → 岗位排班 新建岗位后，这里显示排班完成率和出勤率" />;
    return (
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          统计{scope}。应排人次只计岗位上岗的日子（节假日、周末和学校假期按岗位的日历不计）；排班完成率 =
          已排人次 ÷ 应排人次，替班计入，超出需要的人数不计；到岗率 = 到岗 ÷（到岗 + 缺勤），请假不计入；
          服务时长为到岗班次对应签到记录中已确认的计入时长。
        </Typography.Paragraph>
        {tables.map((t) => (
          <ReportTableView key={t.title} table={t} />
        ))}
      </Flex>
    );
  };
  return <Section title="岗位排班">{body()}</Section>;
}
