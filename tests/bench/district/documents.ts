import { builtinTemplate } from '@shared/documents/defaults';
import { SAMPLE_ROWS, SAMPLE_VALUES } from '@shared/documents/content';
import { addDays, fromDateAndMinutes } from '@shared/time/center-time';
import type { Repos } from '../../../renderer/src/db';
import type { IssueDraft } from '../../../renderer/src/db/repos/documents';
import { HISTORY_DAYS, type DistrictContext } from './context';

/** Documents per issue: a year-end batch of thank-you letters or certificates, as the desk prints them. */
const BATCH = 50;

/**
 * Issues `count` documents to volunteers through repos.documents.issue, in batches of 50 spread over
 * the five years in time order, so each year's numbering runs on from the last batch. Every fourth
 * batch is 荣誉证书, the rest 感谢信; recipients are taken in turn from `volunteerIds`.
 *
 * @example
 * await generateDocuments(g, repos, { volunteerIds, count: 100 }); // => 100
 */
export async function generateDocuments(
  g: DistrictContext,
  repos: Repos,
  input: { volunteerIds: readonly string[]; count: number },
  onProgress: (done: number) => void = () => undefined,
): Promise<number> {
  const { volunteerIds, count } = input;
  const thanks = builtinTemplate('builtin:thanks-volunteer');
  const honour = builtinTemplate('builtin:honour-a4');
  if (!thanks || !honour) throw new Error('built-in templates missing');
  const batches = Math.ceil(count / BATCH);
  let done = 0;
  for (let b = 0; b < batches; b += 1) {
    const size = Math.min(BATCH, count - done);
    const ids = Array.from(
      { length: size },
      (_, k) => volunteerIds[((done + k) * 13) % volunteerIds.length] ?? '',
    );
    const people = await repos.volunteers.many(ids);
    const template = b % 4 === 3 ? honour : thanks;
    const drafts: IssueDraft[] = ids.map((id) => {
      const v = people.get(id);
      if (!v) throw new Error('recipient missing');
      return {
        kind: template.kind,
        templateId: template.id,
        layout: template.layout,
        recipientType: 'volunteer',
        recipientId: v.id,
        recipientName: v.name,
        content: { ...SAMPLE_VALUES, 姓名: v.name, 志愿者编号: v.volunteerNo, 性别: v.gender ?? '' },
        rows: SAMPLE_ROWS.map((r) => [...r]),
      };
    });
    g.setTime(
      fromDateAndMinutes(addDays(g.firstDay, Math.floor(((b + 1) * HISTORY_DAYS) / batches) - 1), 960),
    );
    const issued = await repos.documents.issue(drafts);
    done += issued.length;
    if (b % 20 === 0) onProgress(done);
  }
  onProgress(done);
  return done;
}
