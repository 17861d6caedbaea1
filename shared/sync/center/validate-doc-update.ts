/*
 * The center's validate_doc_update, installed in every desk database by the center setup. CouchDB runs
 * it from its source text in its own JavaScript engine, so the body is self-contained ES5: no imports,
 * no closures over module values, no arrow functions or spread. Tests run the function itself and the
 * text installed (validateDocUpdateSource) against the same cases.
 */
/* eslint-disable no-var -- older CouchDB builds run SpiderMonkey 1.8.5: no let/const in plain functions */

/** CouchDB's user context as the validator receives it. */
export interface CouchUserCtx {
  db: string;
  name: string | null;
  roles: string[];
}

/** The desk role that may write a database: `desk:<database name>`. */
export const deskRole = (db: string): string => `desk:${db}`;

/** A database's `_security` as the validator receives it. */
export interface CouchSecurity {
  members?: { names?: string[]; roles?: string[] };
}

/**
 * Refuses, at the center, what no desk may write:
 * - anything in a database the writer is not a member of by `_security` (server admins excepted): the
 *   members check of CouchDB itself, kept here too so a loosened `_security` still refuses other desks;
 * - a change to a confirmed service record's hours (who, when, how long, under which rules), or its
 *   deletion: a correction is a new record, and voiding (作废) stays possible;
 * - a change to an issued document's contents or number, or its deletion: only its print state and
 *   voiding may change;
 * - a district task's claim (`claims:<task>:<site>`, see shared/district/tasks.ts) in any name but the
 *   database's own, or with figures that are not whole numbers from 0: the server's replicator carries
 *   claims up as they are, and the 中心 credits each to the site it names.
 * Documents are `{ _id: 'table:key', row, by }` (see renderer/src/db/sync/mirror.ts); claims keep their
 * fields at the top.
 *
 * @example
 * validateDocUpdate(
 *   { _id: 'serviceRecords:r1', row: { status: '已确认', creditedMinutes: 90 } },
 *   { _id: 'serviceRecords:r1', row: { status: '已确认', creditedMinutes: 60 } },
 *   { db: 'center-gulou', name: 'gulou-qiantai', roles: ['desk:center-gulou'] },
 *   { members: { roles: ['desk:center-gulou'] } },
 * ) // throws { forbidden: '已确认的服务时长不能修改，请新建一条更正记录' }
 */
export function validateDocUpdate(
  newDoc: {
    _id: string;
    _deleted?: boolean;
    row?: Record<string, unknown>;
    site?: unknown;
    figures?: unknown;
  },
  oldDoc: { _id: string; _deleted?: boolean; row?: Record<string, unknown> } | null,
  userCtx: CouchUserCtx,
  secObj: CouchSecurity,
): void {
  var roles = userCtx.roles || [];
  var members = (secObj && secObj.members) || {};
  var allowed = roles.indexOf('_admin') !== -1 || (members.names || []).indexOf(userCtx.name || '') !== -1;
  for (var r = 0; r < roles.length && !allowed; r += 1) {
    allowed = (members.roles || []).indexOf(roles[r] as string) !== -1;
  }
  if (!allowed) throw { forbidden: '本机无权写入这个数据库' };
  if (String(newDoc._id).indexOf('claims:') === 0 && roles.indexOf('_admin') === -1) {
    var own = ':' + userCtx.db;
    var id = String(newDoc._id);
    if (id.slice(-own.length) !== own || (!newDoc._deleted && newDoc.site !== userCtx.db)) {
      throw { forbidden: '只能以本所、站的名义领取任务' };
    }
    var figures = (newDoc.figures || {}) as Record<string, unknown>;
    var counts = ['activities', 'served', 'serviceMinutes'];
    for (var f = 0; newDoc.figures && f < counts.length; f += 1) {
      var n = figures[counts[f] as string];
      if (typeof n !== 'number' || n < 0 || Math.floor(n) !== n) {
        throw { forbidden: '任务完成情况的数字须为不小于0的整数' };
      }
    }
  }
  if (!oldDoc || oldDoc._deleted || !oldDoc.row) return;
  var table = String(newDoc._id).split(':')[0];
  var before = oldDoc.row;
  var after = newDoc.row || null;
  var same = function (a: unknown, b: unknown): boolean {
    return JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);
  };
  var unchanged = function (fields: string[]): boolean {
    for (var i = 0; i < fields.length; i += 1) {
      var field = fields[i] as string;
      if (!after || !same(before[field], after[field])) return false;
    }
    return true;
  };
  if (table === 'serviceRecords' && (before.status === '已确认' || before.status === '作废')) {
    if (newDoc._deleted) throw { forbidden: '已确认的服务记录不能删除，可以作废' };
    var hours = ['volunteerId', 'signInAt', 'signOutAt', 'creditedMinutes', 'rules', 'activityId'];
    if (!unchanged(hours)) throw { forbidden: '已确认的服务时长不能修改，请新建一条更正记录' };
    if (before.status === '作废' && after && after.status !== '作废') {
      throw { forbidden: '作废的服务记录不能恢复，请新建一条记录' };
    }
  }
  if (table === 'documents') {
    if (newDoc._deleted) throw { forbidden: '已出具的证书不能删除，可以作废' };
    var issued = [
      'kind',
      'number',
      'year',
      'recipientType',
      'recipientId',
      'recipientName',
      'content',
      'rows',
      'layout',
      'issuedAt',
      'issuedBy',
      'images',
    ];
    if (!unchanged(issued)) throw { forbidden: '已出具的证书内容不能修改，请作废后重新出具' };
  }
}

/**
 * The validator's source as CouchDB stores it in a design document.
 *
 * @example
 * validateDocUpdateSource().startsWith('function') // => true
 */
export function validateDocUpdateSource(): string {
  return validateDocUpdate.toString();
}
