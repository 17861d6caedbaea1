import { describe, expect, it } from 'vitest';
import {
  activityFromForm,
  activityProblems,
  activityToForm,
  emptyActivityForm,
} from '@shared/activities/activity-schema';
import { fitPhoto, photoFileProblem } from '@shared/activities/activity-photos';

const form = (over = {}) => ({ ...emptyActivityForm('2026-12-01'), title: '敬老义诊', ...over });

describe('activity form validation', () => {
  it('accepts a complete form', () => {
    expect(activityProblems(form())).toEqual({});
  });

  it('says at the end field when the end is not after the start', () => {
    expect(activityProblems(form({ startTime: '10:00', endTime: '09:30' }))).toEqual({
      endTime: '结束时间须晚于开始时间',
    });
    expect(activityProblems(form({ startTime: '10:00', endTime: '10:00' })).endTime).toBe(
      '结束时间须晚于开始时间',
    );
  });

  it('asks for a title, a real date and whole counts', () => {
    const p = activityProblems(
      form({ title: ' ', date: '2026-02-30', participants: '3.5', beneficiaries: '-1' }),
    );
    expect(p.title).toBe('请填写活动名称');
    expect(p.date).toMatch('请填写正确的日期');
    expect(p.participants).toBe('参与人次须为不小于 0 的整数');
    expect(p.beneficiaries).toBe('受益人次须为不小于 0 的整数');
  });

  it('turns the form into instants in center time and back', () => {
    const d = activityFromForm(
      form({ startTime: '９:００', endTime: '11:30', participants: '３０', projectId: '' }),
    );
    expect(d.start).toBe(Date.UTC(2026, 11, 1, 1));
    expect(d.end).toBe(Date.UTC(2026, 11, 1, 3, 30));
    expect(d.participants).toBe(30);
    expect(d.projectId).toBeNull();
    expect(activityToForm(d)).toMatchObject({ date: '2026-12-01', startTime: '09:00', endTime: '11:30' });
  });
});

describe('activity photos', () => {
  it('refuses a non-image, a file over 10 MB and a tenth photo', () => {
    expect(photoFileProblem({ name: 'a.pdf', type: 'application/pdf', size: 1 }, 0)).toMatch('不是图片');
    expect(photoFileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 11 * 1024 * 1024 }, 0)).toMatch(
      '超过 10 MB',
    );
    expect(photoFileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 1 }, 9)).toMatch('最多 9 张');
    expect(photoFileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 1 }, 8)).toBeNull();
  });

  it('shrinks the long side to 1600 px and never enlarges', () => {
    expect(fitPhoto(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitPhoto(1200, 3200)).toEqual({ width: 600, height: 1600 });
    expect(fitPhoto(800, 600)).toEqual({ width: 800, height: 600 });
  });
});

describe('volunteer minutes', () => {
  it('takes whole minutes up to the activity length and says why otherwise', async () => {
    const { readVolunteerMinutes } = await import('@shared/activities/activity-schema');
    expect(readVolunteerMinutes('９０', 120)).toEqual({ minutes: 90 });
    expect(readVolunteerMinutes('121', 120)).toEqual({ problem: '服务时长不能超过活动时长（120分钟）' });
    expect(readVolunteerMinutes('0', 120)).toEqual({ problem: '请填写服务时长（分钟），须为正整数' });
    expect(readVolunteerMinutes('1.5', 120)).toEqual({ problem: '请填写服务时长（分钟），须为正整数' });
  });
});
