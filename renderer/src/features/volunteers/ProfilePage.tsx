import {
  DeleteOutlined,
  EditOutlined,
  IdcardOutlined,
  LoginOutlined,
  MergeCellsOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  Button,
  Col,
  Descriptions,
  Empty,
  Flex,
  Modal,
  Progress,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ageOn } from '@shared/identity/id-card';
import { maskIdNumber, maskPhone } from '@shared/privacy/mask';
import { dateKey, fromDateAndMinutes, isValidDateKey } from '@shared/time/center-time';
import { isAnonymised } from '@shared/volunteers/anonymise';
import { describeMinutes } from '@shared/volunteers/hours';
import { hoursByMonth } from '@shared/volunteers/rankings';
import { ladderHours, starProgress } from '@shared/volunteers/stars';
import { adminOnlyReason } from '@shared/staff/policy';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useWrite } from '../../app/use-write';
import { useLive } from '../../db/live-query';
import { PlainList } from '../../ui/PlainList';
import { Section } from '../../ui/Section';
import { useMayDo } from '../staff/staff-session';
import { AnonymiseAction } from './AnonymiseAction';
import { ChangeHistory } from './ChangeHistory';
import { MonthlyChart } from './MonthlyChart';
import { ProfileNotice } from './ProfileNotice';
import { AddPastDialog, MergeDialog } from './ProfileDialogs';
import { RecordsTable } from './RecordsTable';
import { ExportButton } from '../exchange/export/ExportButton';
import { volunteerRecordsExport } from '../exchange/export/list-exports';
import { useVolunteerRemoval } from './use-volunteer-removal';
import { useVolunteerSettings } from './use-volunteer-settings';
import { PrintButton } from '../print/PrintButton';
import { CARD_MM, VolunteerCard } from './VolunteerCard';

/** A volunteer's profile: details (masked), recognition, hours by month, records, documents, history. */
export function ProfilePage() {
  const { id = '' } = useParams();
  const repos = useRepos();
  const write = useWrite();
  const navigate = useNavigate();
  const today = useTodayKey();
  const settings = useVolunteerSettings();
  const [revealed, setRevealed] = useState<{ idNumber?: string; phone?: string }>({});
  const [dialog, setDialog] = useState<'card' | 'past' | 'merge' | null>(null);
  const found = useLive(async () => ({ v: await repos.volunteers.get(id) }), [repos, id]);
  const records = useLive(() => repos.serviceRecords.recordsOf(id), [repos, id]);
  const yearFrom = fromDateAndMinutes(`${today.slice(0, 4)}-01-01`, 0);
  const totals = useLive(() => repos.serviceRecords.totals(id, yearFrom), [repos, id, yearFrom]);
  const documents = useLive(() => repos.volunteers.documents(id), [repos, id]);
  const history = useLive(() => repos.volunteers.history(id), [repos, id]);
  const teams = useLive(() => repos.teams.list(), [repos]);
  const profile = useLive(() => repos.settings.get('centerProfile'), [repos]);
  const removal = useVolunteerRemoval();
  const mayRevealId = useMayDo('revealIdNumber');

  if (found === undefined) return <Skeleton active />;
  const v = found.v;
  if (!v)
    return (
      <Empty
        description={
          <span>
            找不到该志愿者。<Link to="/volunteers">返回名册</Link>
          </span>
        }
      />
    );
  const reveal = (field: 'idNumber' | 'phone') =>
    void write(async () => {
      const value = await repos.volunteers.reveal(v.id, field);
      setRevealed((r) => ({ ...r, [field]: value }));
    });
  const progress = settings && totals ? starProgress(totals.total, ladderHours(settings.starLadder)) : null;
  const age = v.birthDate && isValidDateKey(v.birthDate) ? ageOn(v.birthDate, today) : null;
  const teamNames = v.teamIds.map((t) => teams?.find((x) => x.id === t)?.name ?? '').filter(Boolean);
  const gone = v.deletedAt !== null;
  const erased = isAnonymised(v);

  return (
    <Flex vertical gap={16}>
      <Section
        title={erased ? v.name : `${v.name}（${v.volunteerNo}）`}
        extra={
          <Flex gap={8} wrap>
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => void navigate(`/volunteers/${v.id}/edit`)}
              disabled={gone}
            >
              编辑
            </Button>
            <Button icon={<IdcardOutlined />} onClick={() => setDialog('card')} disabled={gone}>
              打印志愿者证
            </Button>
            <Button icon={<LoginOutlined />} onClick={() => void navigate('/volunteers/sign-in')}>
              签到签退
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setDialog('past')} disabled={gone}>
              补录服务记录
            </Button>
            <Button icon={<MergeCellsOutlined />} onClick={() => setDialog('merge')} disabled={gone}>
              合并重复登记
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={() => removal.remove(v)} disabled={gone}>
              删除
            </Button>
            {!erased && <AnonymiseAction volunteer={v} />}
          </Flex>
        }
      >
        <ProfileNotice v={v} />
        {!erased && (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'gender', label: '性别', children: v.gender ?? '—' },
              {
                key: 'birth',
                label: '出生日期',
                children: v.birthDate ? `${v.birthDate}（${age ?? '—'} 岁）` : '—',
              },
              {
                key: 'id',
                label: v.idType,
                children: (
                  <span className="tabular">
                    {revealed.idNumber ?? maskIdNumber(v.idNumber)}{' '}
                    {!revealed.idNumber && (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => reveal('idNumber')}
                        aria-label="显示完整证件号码"
                        disabled={!mayRevealId}
                      >
                        显示
                      </Button>
                    )}
                    {!mayRevealId && (
                      <Typography.Text type="secondary">
                        （{adminOnlyReason('revealIdNumber')}）
                      </Typography.Text>
                    )}
                  </span>
                ),
              },
              {
                key: 'phone',
                label: '手机号码',
                children: (
                  <span className="tabular">
                    {revealed.phone ?? maskPhone(v.phone)}{' '}
                    {!revealed.phone && (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => reveal('phone')}
                        aria-label="显示完整手机号码"
                      >
                        显示
                      </Button>
                    )}
                  </span>
                ),
              },
              { key: 'pol', label: '政治面貌', children: v.politicalStatus },
              { key: 'unit', label: '工作单位或学校', children: v.workUnit || '—' },
              { key: 'addr', label: '社区/住址', children: v.address || '—' },
              {
                key: 'teams',
                label: '服务队',
                children: teamNames.length ? teamNames.map((n) => <Tag key={n}>{n}</Tag>) : '—',
              },
              { key: 'skills', label: '特长', children: v.skills.length ? v.skills.join('、') : '—' },
              { key: 'int', label: '服务意向', children: v.intentions.join('、') || '—' },
              { key: 'avail', label: '可服务时间', children: v.availability || '—' },
              {
                key: 'guardian',
                label: '监护人',
                children: v.guardian
                  ? `${v.guardian.name}（${v.guardian.relation}，${maskPhone(v.guardian.phone)}）${v.guardian.consentAt ? '，已同意' : ''}${v.guardian.accompanies ? '，陪同服务' : ''}`
                  : '—',
              },
              {
                key: 'consent',
                label: '个人信息同意',
                children: v.consent
                  ? `告知版本 ${v.consent.noticeVersion}，${dateKey(v.consent.consentedAt)}${v.consent.idNumberConsent ? '，含证件号码' : ''}`
                  : '未记录',
              },
            ]}
          />
        )}
      </Section>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Section title="服务时长与星级">
            {totals && progress ? (
              <Flex vertical gap={12}>
                <Flex gap={32}>
                  <Statistic title="累计服务时长" value={describeMinutes(totals.total)} />
                  <Statistic title="本年度" value={describeMinutes(totals.year)} />
                  <Statistic title="服务次数" value={totals.sessions} suffix="次" />
                </Flex>
                <div>
                  <Tag color={progress.stars > 0 ? 'red' : 'default'}>{progress.label}</Tag>
                  {progress.next && (
                    <Typography.Text type="secondary">
                      距{progress.next.label}还差 {describeMinutes(progress.next.remainingMinutes)}
                    </Typography.Text>
                  )}
                  <Progress
                    percent={Math.round(progress.ratio * 100)}
                    showInfo={false}
                    strokeColor="#c0392b"
                    aria-label="星级达标进度"
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    星级由志愿者协会按申请认定，此处仅显示达标进度；只计已确认的服务记录。
                  </Typography.Text>
                </div>
              </Flex>
            ) : (
              <Skeleton active />
            )}
          </Section>
        </Col>
        <Col xs={24} xl={14}>
          <Section title="近12个月服务时长">
            <MonthlyChart months={hoursByMonth(records ?? [], today, (ms) => dateKey(ms))} />
          </Section>
        </Col>
      </Row>
      <Section
        title="服务记录"
        flush
        extra={records && records.length > 0 && <ExportButton spec={volunteerRecordsExport(v, records)} />}
      >
        <RecordsTable records={records} />
      </Section>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Section title="已出具的文书">
            <PlainList
              items={documents ?? []}
              itemKey={(d) => d.id}
              emptyText="尚未出具感谢信、证书或记录证明"
              renderItem={(d) => (
                <>
                  {d.kind} {d.number}（{dateKey(d.issuedAt)}，{d.status}）
                </>
              )}
            />
          </Section>
        </Col>
        <Col xs={24} xl={14}>
          <Section title="变更记录">
            <ChangeHistory entries={history} teams={teams} />
          </Section>
        </Col>
      </Row>
      <Modal
        title="志愿者证"
        open={dialog === 'card'}
        onCancel={() => setDialog(null)}
        footer={
          <PrintButton
            label="打印"
            what="志愿者证"
            job={{
              kind: 'volunteer-card',
              params: { ids: v.id },
              pageSizeMm: { widthMm: CARD_MM.width, heightMm: CARD_MM.height },
              fileName: `志愿者证-${v.volunteerNo}`,
            }}
          />
        }
        width={420}
      >
        <VolunteerCard volunteer={v} centerName={profile?.name ?? ''} />
      </Modal>
      <AddPastDialog open={dialog === 'past'} volunteerId={v.id} onClose={() => setDialog(null)} />
      <MergeDialog open={dialog === 'merge'} keep={v} onClose={() => setDialog(null)} />
    </Flex>
  );
}
