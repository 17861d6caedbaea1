import { App, Col, Descriptions, Row, Skeleton } from 'antd';
import type { CenterProfile } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useAppInfo } from '../../app/use-app-info';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { Section } from '../../ui/Section';
import { CenterProfileForm } from '../center-profile/CenterProfileForm';
import { DocumentSettingsSection } from '../documents/DocumentSettingsSection';
import { BackupSection } from '../backup/BackupSection';
import { RetentionSection } from '../volunteers/RetentionSection';
import { VolunteerSettingsSection } from '../volunteers/VolunteerSettingsSection';
import { BookingRulesSection } from '../rooms/BookingRulesSection';
import { AuditLogSection } from '../audit/AuditLogSection';
import { DataSection } from './DataSection';

/** 设置: the center's details, where the data is, the audit trail and the version. */
export function SettingsScreen() {
  const repos = useRepos();
  const write = useWrite();
  const info = useAppInfo();
  const { message } = App.useApp();
  const profile = useLive(async () => ({ value: await repos.settings.get('centerProfile') }), [repos]);

  const save = async (next: CenterProfile): Promise<boolean> => {
    const ok = await write(() => repos.settings.set('centerProfile', next));
    if (ok) void message.success('中心信息已保存');
    return ok;
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Section title="中心信息">
          {profile === undefined ? (
            <Skeleton active />
          ) : (
            <CenterProfileForm initial={profile.value} submitLabel="保存" onSubmit={save} />
          )}
        </Section>
      </Col>
      <Col xs={24} xl={14}>
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Section title="数据">
              <DataSection info={info} />
            </Section>
          </Col>
          <Col span={24}>
            <Section title="备份与恢复">
              <BackupSection />
            </Section>
          </Col>
          <Col span={24}>
            <Section title="关于">
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'name', label: '程序', children: '文明实践前台' },
                  { key: 'version', label: '版本', children: info?.version ?? '…' },
                  {
                    key: 'shell',
                    label: '运行方式',
                    children: info ? (info.shell === 'electron' ? '桌面版' : '网页模式') : '…',
                  },
                ]}
              />
            </Section>
          </Col>
        </Row>
      </Col>
      <Col span={24}>
        <Section title="证书与打印">
          <DocumentSettingsSection />
        </Section>
      </Col>
      <Col span={24}>
        <Section title="志愿服务">
          <VolunteerSettingsSection />
        </Section>
      </Col>
      <Col span={24}>
        <Section title="个人信息保留">
          <RetentionSection />
        </Section>
      </Col>
      <Col span={24}>
        <Section title="场地预约规则">
          <BookingRulesSection />
        </Section>
      </Col>
      <Col span={24}>
        <Section title="操作记录" flush>
          <AuditLogSection />
        </Section>
      </Col>
    </Row>
  );
}
