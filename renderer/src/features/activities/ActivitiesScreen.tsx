import { Empty } from 'antd';
import { Section } from '../../ui/Section';

/** 活动记录: under construction in this change; the screen exists so the navigation is final. */
export function ActivitiesScreen() {
  return (
    <Section title="活动记录">
      <Empty description="每一次活动都在这里登记：场次、参与人次、志愿者和时长。" />
    </Section>
  );
}
