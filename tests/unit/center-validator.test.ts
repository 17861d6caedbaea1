import { describe, expect, it } from 'vitest';
import {
  validateDocUpdate,
  validateDocUpdateSource,
  type CouchSecurity,
  type CouchUserCtx,
} from '@shared/sync/center/validate-doc-update';

type Doc = Parameters<typeof validateDocUpdate>[0];
type Validator = (newDoc: Doc, oldDoc: Doc | null, userCtx: CouchUserCtx, secObj: CouchSecurity) => void;

const desk: CouchUserCtx = { db: 'center-gulou', name: 'gulou-qiantai', roles: ['desk:center-gulou'] };
const gulou: CouchSecurity = { members: { names: [], roles: ['desk:center-gulou'] } };
const confirmed: Doc = {
  _id: 'serviceRecords:r1',
  row: { status: '已确认', volunteerId: 'v1', signInAt: 1, signOutAt: 2, creditedMinutes: 60, rules: null },
};
const issued: Doc = {
  _id: 'documents:d1',
  row: {
    number: 'ZM-2026-0001',
    recipientName: '李明',
    content: { hours: '12' },
    printCount: 0,
    status: '待打印',
  },
};
const edit = (doc: Doc, row: Record<string, unknown>): Doc => ({ ...doc, row: { ...doc.row, ...row } });

// The function as the tests import it, and the text the center installs, evaluated as CouchDB would.
const installed = new Function(`return (${validateDocUpdateSource()})`)() as Validator;
const variants: [string, Validator][] = [
  ['the function', validateDocUpdate],
  ['the installed text', installed],
];

describe.each(variants)('the center’s validator (%s)', (_name, validate) => {
  const refusal = (
    newDoc: Doc,
    oldDoc: Doc | null,
    user: CouchUserCtx = desk,
    security: CouchSecurity = gulou,
  ): string | null => {
    try {
      validate(newDoc, oldDoc, user, security);
      return null;
    } catch (error) {
      return (error as { forbidden: string }).forbidden;
    }
  };

  it('refuses a change to a confirmed service record’s hours, at any desk', () => {
    expect(refusal(edit(confirmed, { creditedMinutes: 90 }), confirmed)).toBe(
      '已确认的服务时长不能修改，请新建一条更正记录',
    );
    expect(refusal(edit(confirmed, { signOutAt: 5 }), confirmed)).toMatch(/更正记录/);
    expect(refusal({ ...confirmed, _deleted: true, row: undefined }, confirmed)).toMatch(/不能删除/);
  });

  it('lets a confirmed record be voided, and a record still being served be edited', () => {
    expect(refusal(edit(confirmed, { status: '作废', manualReason: '重复登记' }), confirmed)).toBeNull();
    const open = edit(confirmed, { status: '服务中', signOutAt: null });
    expect(refusal(edit(open, { status: '待确认', signOutAt: 9, creditedMinutes: 30 }), open)).toBeNull();
  });

  it('refuses changing an issued document’s contents, but records its printing and voiding', () => {
    expect(refusal(edit(issued, { content: { hours: '20' } }), issued)).toBe(
      '已出具的证书内容不能修改，请作废后重新出具',
    );
    expect(refusal(edit(issued, { number: 'ZM-2026-0002' }), issued)).toMatch(/不能修改/);
    expect(refusal(edit(issued, { printCount: 1, status: '已打印' }), issued)).toBeNull();
    expect(refusal(edit(issued, { status: '已作废', voidReason: '姓名有误' }), issued)).toBeNull();
    expect(refusal({ ...issued, _deleted: true, row: undefined }, issued)).toMatch(/不能删除/);
  });

  it('refuses a desk writing in another site’s database, and lets the server admin in', () => {
    const dongjie: CouchSecurity = { members: { roles: ['desk:suo-dongjie'] } };
    const other: CouchUserCtx = { db: 'suo-dongjie', name: 'gulou-qiantai', roles: ['desk:center-gulou'] };
    expect(refusal(confirmed, null, other, dongjie)).toBe('本机无权写入这个数据库');
    expect(
      refusal(confirmed, null, { db: 'suo-dongjie', name: 'admin', roles: ['_admin'] }, dongjie),
    ).toBeNull();
    expect(refusal(confirmed, null)).toBeNull();
  });

  it('takes a task’s claim only in the name of the site whose database it is written to', () => {
    const dongjie: CouchUserCtx = { db: 'suo-dongjie', name: 'dongjie-qiantai', roles: ['desk:suo-dongjie'] };
    const members: CouchSecurity = { members: { roles: ['desk:suo-dongjie'] } };
    const claim = (site: string, id = `claims:t1:${site}`): Doc =>
      ({ _id: id, taskId: 't1', site, status: '已领取', figures: null }) as Doc;
    expect(refusal(claim('suo-dongjie'), null, dongjie, members)).toBeNull();
    expect(refusal(claim('zhan-nanmen'), null, dongjie, members)).toBe('只能以本所、站的名义领取任务');
    expect(refusal(claim('suo-dongjie', 'claims:t1:zhan-nanmen'), null, dongjie, members)).toMatch(
      /本所、站/,
    );
    // A site named as the end of another's (…-dongjie) is still another site.
    expect(refusal(claim('dongjie', 'claims:t1:dongjie'), null, dongjie, members)).toMatch(/本所、站/);
    expect(
      refusal({ _id: 'claims:t1:suo-dongjie', _deleted: true }, claim('suo-dongjie'), dongjie, members),
    ).toBeNull();
    expect(
      refusal(claim('zhan-nanmen'), null, { db: 'suo-dongjie', name: 'admin', roles: ['_admin'] }, members),
    ).toBeNull();
  });

  it('refuses a completed claim whose figures are negative or fractional', () => {
    const dongjie: CouchUserCtx = { db: 'suo-dongjie', name: 'dongjie-qiantai', roles: ['desk:suo-dongjie'] };
    const members: CouchSecurity = { members: { roles: ['desk:suo-dongjie'] } };
    const done = (figures: Record<string, unknown>): Doc =>
      ({ _id: 'claims:t1:suo-dongjie', site: 'suo-dongjie', status: '已完成', figures }) as Doc;
    expect(
      refusal(done({ activities: 2, served: 40, serviceMinutes: 360 }), null, dongjie, members),
    ).toBeNull();
    expect(refusal(done({ activities: 2, served: -40, serviceMinutes: 360 }), null, dongjie, members)).toBe(
      '任务完成情况的数字须为不小于0的整数',
    );
    expect(refusal(done({ activities: 1.5, served: 4, serviceMinutes: 60 }), null, dongjie, members)).toMatch(
      /整数/,
    );
    expect(refusal(done({ activities: 1, served: 4 }), null, dongjie, members)).toMatch(/整数/);
  });
});
