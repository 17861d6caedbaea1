import { Skeleton } from 'antd';
import { Section } from '../../ui/Section';
import { RegisterForm } from './RegisterForm';
import { useVolunteerSettings } from './use-volunteer-settings';

/** 登记志愿者: walk-in real-name registration. */
export function RegisterPage() {
  const settings = useVolunteerSettings();
  return (
    <Section title="登记志愿者">
      {settings ? <RegisterForm settings={settings} /> : <Skeleton active />}
    </Section>
  );
}
