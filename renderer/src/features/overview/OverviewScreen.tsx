import { CalendarOutlined, ClockCircleOutlined, IdcardOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Flex, Row } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { formatHours } from '@shared/stats/period-summary';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import { EmptyDesk } from '../../ui/EmptyDesk';
import { Section } from '../../ui/Section';
import { StatCard } from '../../ui/StatCard';
import { BackupAlert } from '../backup/BackupAlert';
import { dayRange, describePeriod, periodOf } from '../reports/periods';
import { TodaySchedule } from './TodaySchedule';

/** 今日概览: what the desk needs at a glance when it opens in the morning. */
export function OverviewScreen() {
  const repos = useRepos();
  const navigate = useNavigate();
  const today = useTodayKey();
  const { from, to } = dayRange(today);
  const month = periodOf('month', today);

  const bookings = useLive(() => repos.places.bookingsBetween(from, to), [repos, from, to]);
  const rooms = useLive(() => repos.places.rooms(), [repos]);
  const organisations = useLive(() => repos.places.organisations(), [repos]);
  const onDuty = useLive(() => repos.people.onDuty(), [repos]);
  const volunteerCount = useLive(() => repos.people.volunteerCount(), [repos]);
  const summary = useLive(
    () => repos.reports.periodSummary(month.from, month.to),
    [repos, month.from, month.to],
  );

  const roomById = new Map((rooms ?? []).map((r) => [r.id, r]));
  const orgById = new Map((organisations ?? []).map((o) => [o.id, o]));
  const active = bookings?.filter((b) => b.status !== '已取消');
  const cancelledToday = (bookings?.length ?? 0) - (active?.length ?? 0);
  const onDutyPeople = onDuty && new Set(onDuty.map((r) => r.volunteerId)).size;
  const deskEmpty = rooms !== undefined && rooms.length === 0;

  return (
    <Flex vertical gap={16}>
      <BackupAlert />
      <Row gutter={[16, 16]}>
        <Col xs={12} xl={6}>
          <StatCard
            title="今日预约"
            value={active?.length}
            suffix="场"
            icon={<CalendarOutlined />}
            note={cancelledToday > 0 ? `另有 ${cancelledToday} 场已取消` : '不含已取消的预约'}
          />
        </Col>
        <Col xs={12} xl={6}>
          <StatCard
            title="在岗志愿者"
            value={onDutyPeople}
            suffix="人"
            icon={<UserOutlined />}
            note={
              <>
                已签到、尚未签退 · <Link to="/volunteers/sign-in">查看在岗名单</Link>
              </>
            }
          />
        </Col>
        <Col xs={12} xl={6}>
          <StatCard
            title="注册志愿者"
            value={volunteerCount}
            suffix="人"
            icon={<IdcardOutlined />}
            note="实名注册，不含已删除"
          />
        </Col>
        <Col xs={12} xl={6}>
          <StatCard
            title="本月志愿服务时长"
            value={summary && formatHours(summary.volunteerMinutes)}
            suffix="小时"
            icon={<ClockCircleOutlined />}
            note="只计已确认的服务记录"
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Section
            title="今日场地安排"
            flush
            extra={
              <Button type="link" onClick={() => void navigate('/rooms')}>
                查看场地预约
              </Button>
            }
          >
            <TodaySchedule
              bookings={active}
              rooms={roomById}
              organisations={orgById}
              empty={
                deskEmpty ? (
                  <EmptyDesk description="还没有场地和预约。可以先载入示例数据熟悉各项功能。" />
                ) : undefined
              }
            />
          </Section>
        </Col>
        <Col xs={24} xl={7}>
          <Section title="本月概况">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'sessions', label: '场次', children: summary ? `${summary.sessions} 场` : '…' },
                {
                  key: 'people',
                  label: '人次',
                  children: summary ? `${summary.peopleReached.toLocaleString('zh-CN')} 人次` : '…',
                },
                {
                  key: 'vol',
                  label: '志愿者人次',
                  children: summary ? `${summary.volunteerServices} 人次` : '…',
                },
                { key: 'bookings', label: '预约总数', children: summary ? `${summary.bookings} 个` : '…' },
              ]}
            />
            <div className="desk-stat-note">{describePeriod(month)}</div>
          </Section>
        </Col>
      </Row>
    </Flex>
  );
}
