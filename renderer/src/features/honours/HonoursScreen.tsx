import { Empty } from 'antd';
import { Section } from '../../ui/Section';

/** 评选表彰: under construction in this change; the screen exists so the navigation is final. */
export function HonoursScreen() {
  return (
    <Section title="评选表彰">
      <Empty description="按考评办法评选时尚达人和先进集体，发放荣誉证书。" />
    </Section>
  );
}
