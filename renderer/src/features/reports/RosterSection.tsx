import { Empty, Flex, Typography } from 'antd';
import { Section } from '../../ui/Section';
import type { ReportBundle } from './load-report';
import { ReportTableView } from './ReportTableView';
import type { ReportTable } from './report-tables';

/**
 * 岗位排班 in the 统计报表: places filled against needed, attendance and the volunteers with most
 * absences, for the posts of the report's scope; says how to start when the center has no post.
 */
export function RosterSection({ bundle, tables }: { bundle: ReportBundle; tables: ReportTable[] }) {
  const scope = bundle.stationId === null ? '全中心的岗位' : `${bundle.scopeName}的岗位`;
  return (
    <Section title="岗位排班">
      {!bundle.rosters.centerHasPosts ? (
        <Empty description="在 志愿者 → 岗位排班 新建岗位后，这里显示排班完成率和出勤率" />
      ) : (
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
      )}
    </Section>
  );
}
