import type { CenterStep } from './plan';

/** One HTTP exchange with the center's CouchDB, as the runner makes it (fetch in Node). */
export type CouchSend = (
  method: 'GET' | 'PUT',
  path: string,
  body?: unknown,
) => Promise<{ status: number; json: unknown }>;

const reasonOf = (json: unknown): string =>
  typeof json === 'object' && json !== null && 'reason' in json ? String(json.reason) : '';

/**
 * Applies the steps in order and returns what was done, step by step. Safe to run again: an existing
 * database is kept, and an existing document is replaced on its current revision. Stops at the first
 * refusal with the step and CouchDB's reason.
 *
 * @example
 * await applyCenterPlan(centerPlan(config, url, auth), send) // => ['建立中心数据库 center-gulou（鼓楼）：完成', …]
 */
export async function applyCenterPlan(steps: readonly CenterStep[], send: CouchSend): Promise<string[]> {
  const done: string[] = [];
  for (const step of steps) {
    let body = step.body;
    if (step.upsert && typeof body === 'object' && body !== null) {
      const current = await send('GET', step.path);
      const rev =
        current.status === 200 &&
        typeof current.json === 'object' &&
        current.json !== null &&
        '_rev' in current.json
          ? String(current.json._rev)
          : null;
      if (rev) body = { ...body, _rev: rev };
    }
    const answer = await send(step.method, step.path, body);
    if (answer.status === 412 && body === undefined) {
      done.push(`${step.says}：已存在`);
      continue;
    }
    if (answer.status >= 300) {
      const reason = reasonOf(answer.json);
      throw new Error(`${step.says}：失败（HTTP ${answer.status}${reason ? `，${reason}` : ''}）`);
    }
    done.push(`${step.says}：完成`);
  }
  return done;
}
