import { Empty } from 'antd';
import { Section } from '../../ui/Section';

/** 服务单: under construction in this change; the screen exists so the navigation is final. */
export function OrdersScreen() {
  return (
    <Section title="服务单">
      <Empty description="群众点单、审单、派单、接单、评单都在这里办理。" />
    </Section>
  );
}
