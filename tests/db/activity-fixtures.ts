import type { ActivityDraft } from '@shared/activities/activity-schema';
import { fromDateAndMinutes } from '@shared/time/center-time';

/** A 志愿服务 activity on `day`, 09:00–11:00, 30 participants and 80 beneficiaries. */
export function activityDraft(day: string, over: Partial<ActivityDraft> = {}): ActivityDraft {
  return {
    title: '重阳敬老义诊',
    category: '志愿服务',
    projectId: null,
    stationId: null,
    place: '社区广场',
    start: fromDateAndMinutes(day, 9 * 60),
    end: fromDateAndMinutes(day, 11 * 60),
    organiser: '团委',
    serviceObject: '辖区老年人',
    beneficiaries: 80,
    participants: 30,
    summary: '',
    content: '测血压',
    evaluation: '优秀',
    leader: '王队长',
    ...over,
  };
}
