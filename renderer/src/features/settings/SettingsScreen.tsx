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
import { AdminOnly } from '../staff/AdminOnly';
import { StaffSection } from '../staff/StaffSection';
import { PostsSection } from '../organisation/PostsSection';
import { OrderCategoriesSection } from '../orders/OrderCategoriesSection';
import { StationsSection } from '../organisation/StationsSection';
import { ProjectsSection } from '../organisation/ProjectsSection';
import { SyncSection } from '../sync/SyncSection';
import { DataSection } from './DataSection';

/**
 * 设置: the center's details, where the data is, the audit trail and the version. Changing anything is
 * for a 管理员; a 前台 sees the settings greyed out with the reason, and the audit trail as it is.
 */
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
            <AdminOnly action="settings">
              <CenterProfileForm initial={profile.value} submitLabel="保存" onSubmit={save} />
            </AdminOnly>
          )}
        </Section>
      </Col>
      <Col xs={24} xl={14}>
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Section title="数据">
              <AdminOnly action="settings">
                <DataSection info={info} />
              </AdminOnly>
            </Section>
          </Col>
          <Col span={24}>
            <Section title="备份与恢复">
              <AdminOnly action="restore">
                <BackupSection />
              </AdminOnly>
            </Section>
          </Col>
          <Col span={24}>
            <Section title="同步">
              <SyncSection />
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
          <AdminOnly action="settings">
            <DocumentSettingsSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="志愿服务">
          <AdminOnly action="settings">
            <VolunteerSettingsSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="志愿服务岗位">
          <AdminOnly action="settings">
            <PostsSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="服务类别">
          <AdminOnly action="settings">
            <OrderCategoriesSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="所属所/站">
          <AdminOnly action="settings">
            <StationsSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="服务项目">
          <AdminOnly action="settings">
            <ProjectsSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="个人信息保留">
          <AdminOnly action="settings">
            <RetentionSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="场地预约规则">
          <AdminOnly action="settings">
            <BookingRulesSection />
          </AdminOnly>
        </Section>
      </Col>
      <Col span={24}>
        <Section title="人员与权限">
          <AdminOnly action="staff" mode="hide">
            <StaffSection />
          </AdminOnly>
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
