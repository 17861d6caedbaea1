import { Col, Radio, Row, Select } from 'antd';
import { useId } from 'react';
import { useRepos } from '../../app/desk-context';
import { useTodayKey } from '../../app/use-clock';
import { useLive } from '../../db/live-query';
import type { SignInTarget } from '../../db/repos/service-records';
import { dayRange } from '../reports/periods';
import { FormField } from '../../ui/FormField';
import { usePosts } from '../organisation/use-organisation';

export type TargetKind = 'post' | 'booking' | 'activity';

/** What the desk is signing people in for; the choice stays while many people are signed in. */
export interface TargetChoice {
  kind: TargetKind;
  post: string;
  bookingId: string | null;
  activityId: string | null;
}

/**
 * Builds the service-record fields of a choice, from today's bookings and activities: null when nothing
 * is chosen, undefined while what the choice needs (the center's name, the posts, today's list) still loads.
 */
export function useSignInTarget(
  choice: TargetChoice,
  centerName: string | undefined,
): SignInTarget | null | undefined {
  const repos = useRepos();
  const today = useTodayKey();
  const { from, to } = dayRange(today);
  const bookings = useLive(() => repos.places.bookingsBetween(from, to), [repos, from, to]);
  const activities = useLive(() => repos.serviceRecords.activitiesBetween(from, to), [repos, from, to]);
  const rooms = useLive(() => repos.places.rooms(), [repos]);
  const posts = usePosts();
  if (centerName === undefined) return undefined;
  if (choice.kind === 'post') {
    if (!choice.post.trim() && posts === undefined) return undefined;
    const post = chosenPost(choice, posts);
    if (!post) return null;
    return {
      activityId: null,
      bookingId: null,
      post,
      projectName: `${post}岗位服务`,
      place: centerName,
      serviceObject: '来访群众',
      content: post,
      leader: '',
    };
  }
  if (choice.kind === 'booking') {
    if (bookings === undefined || rooms === undefined) return undefined;
    const b = bookings.find((x) => x.id === choice.bookingId);
    if (!b) return null;
    const room = rooms.find((r) => r.id === b.roomId)?.name ?? centerName;
    return {
      activityId: null,
      bookingId: b.id,
      post: '活动服务',
      projectName: b.title,
      place: room,
      serviceObject: '参加活动的群众',
      content: `${b.title}：活动服务`,
      leader: '',
    };
  }
  if (activities === undefined) return undefined;
  const a = activities.find((x) => x.id === choice.activityId);
  if (!a) return null;
  return {
    activityId: a.id,
    bookingId: a.bookingId,
    post: '活动服务',
    projectName: a.title,
    place: a.place,
    serviceObject: '参加活动的群众',
    content: `${a.title}：活动服务`,
    leader: a.organiser,
  };
}

/** The post signed in for: the one chosen, else the first of the desk's list. */
function chosenPost(choice: TargetChoice, posts: readonly string[] | undefined): string {
  return choice.post.trim() || posts?.[0] || '';
}

/** Chooses a standing post, one of today's bookings, or one of today's activities. */
export function SignInTargetPicker({
  value,
  onChange,
}: {
  value: TargetChoice;
  onChange: (next: TargetChoice) => void;
}) {
  const repos = useRepos();
  const today = useTodayKey();
  const uid = useId();
  const posts = usePosts();
  const { from, to } = dayRange(today);
  const bookings = useLive(() => repos.places.bookingsBetween(from, to), [repos, from, to]);
  const activities = useLive(() => repos.serviceRecords.activitiesBetween(from, to), [repos, from, to]);
  return (
    // Marked for the page's scan reader: a card scanned while focus is still here is read, not typed in.
    <Row gutter={16} align="bottom" data-sign-in-picker="">
      <Col xs={24} md={10}>
        <FormField label={<span id={`${uid}-kind`}>签到事项</span>}>
          <Radio.Group
            aria-labelledby={`${uid}-kind`}
            optionType="button"
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.target.value as TargetKind })}
            options={[
              { value: 'post', label: '岗位' },
              { value: 'booking', label: '今日预约' },
              { value: 'activity', label: '今日活动' },
            ]}
          />
        </FormField>
      </Col>
      <Col xs={24} md={14}>
        {value.kind === 'post' && (
          <FormField label="岗位" htmlFor={`${uid}-post`} extra="岗位可在 设置 → 志愿服务岗位 中修改">
            <Select
              id={`${uid}-post`}
              showSearch={{ optionFilterProp: 'label' }}
              value={chosenPost(value, posts) || undefined}
              placeholder="选择岗位"
              onChange={(post: string) => onChange({ ...value, post })}
              options={(posts ?? []).map((p) => ({ value: p, label: p }))}
            />
          </FormField>
        )}
        {value.kind === 'booking' && (
          <FormField
            label="预约"
            htmlFor={`${uid}-booking`}
            extra={bookings?.length === 0 ? '今天没有预约，可改选岗位' : undefined}
          >
            <Select
              id={`${uid}-booking`}
              value={value.bookingId}
              placeholder="选择今天的预约"
              onChange={(bookingId: string) => onChange({ ...value, bookingId })}
              options={(bookings ?? [])
                .filter((b) => b.status !== '已取消')
                .map((b) => ({ value: b.id, label: b.title }))}
            />
          </FormField>
        )}
        {value.kind === 'activity' && (
          <FormField
            label="活动"
            htmlFor={`${uid}-activity`}
            extra={activities?.length === 0 ? '今天没有登记的活动，可改选岗位或预约' : undefined}
          >
            <Select
              id={`${uid}-activity`}
              value={value.activityId}
              placeholder="选择今天的活动"
              onChange={(activityId: string) => onChange({ ...value, activityId })}
              options={(activities ?? []).map((a) => ({ value: a.id, label: a.title }))}
            />
          </FormField>
        )}
      </Col>
    </Row>
  );
}
