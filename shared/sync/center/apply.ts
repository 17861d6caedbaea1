import type { CenterStep } from './plan';

/** One HTTP exchange with the center's CouchDB, as the runner makes it (fetch in Node). */
export type CouchSend = (
  method: 'GET' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
) => Promise<{ status: number; json: unknown }>;

const reasonOf = (json: unknown): string =>
  typeof json === 'object' && json !== null && 'reason' in json ? String(json.reason) : '';

/** Whether a stored document already holds every field of `body` (a replication set up as asked). */
const sameFields = (stored: unknown, body: object): boolean =>
  typeof stored === 'object' &&
  stored !== null &&
  Object.entries(body).every(
    ([key, value]) => JSON.stringify((stored as Record<string, unknown>)[key]) === JSON.stringify(value),
  );

/** The document's current revision, or null when there is none. */
function revisionOf(current: { status: number; json: unknown }): string | null {
  const json = current.json;
  return current.status === 200 && typeof json === 'object' && json !== null && '_rev' in json
    ? String(json._rev)
    : null;
}

function expectOk(step: CenterStep, answer: { status: number; json: unknown }): void {
  if (answer.status < 300) return;
  const reason = reasonOf(answer.json);
  throw new Error(`${step.says}：失败（HTTP ${answer.status}${reason ? `，${reason}` : ''}）`);
}

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
    if ((step.upsert || step.replace) && typeof body === 'object' && body !== null) {
      const current = await send('GET', step.path);
      const rev = revisionOf(current);
      if (rev && step.replace && sameFields(current.json, body)) {
        done.push(`${step.says}：已存在`);
        continue;
      }
      if (rev && step.replace)
        expectOk(step, await send('DELETE', `${step.path}?rev=${encodeURIComponent(rev)}`));
      else if (rev) body = { ...body, _rev: rev };
    }
    const answer = await send(step.method, step.path, body);
    if (answer.status === 412 && body === undefined) {
      done.push(`${step.says}：已存在`);
      continue;
    }
    expectOk(step, answer);
    done.push(`${step.says}：完成`);
  }
  return done;
}
