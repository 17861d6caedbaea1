import { describe, expect, it } from 'vitest';
import { registrationSchema } from '@shared/volunteers/registration';
import { markupProblem, stripBidiControls, withoutBidiControls } from '@shared/text/plain-text';
import { organisationSchema } from '@shared/booking/organisation-schema';

const RLO = '\u202e';

describe('direction controls', () => {
  it('removes the controls that made a school name display reversed', () => {
    expect(stripBidiControls(`${RLO}福州第十九中学\u202c`)).toBe('福州第十九中学');
    expect(stripBidiControls('\u2066张\u200f三\u2069')).toBe('张三');
  });

  it('cleans every string of a row at any depth and leaves images and numbers alone', () => {
    const photo = `data:image/png;base64,${RLO}AAAA`;
    expect(
      withoutBidiControls({ name: `${RLO}张三`, tags: ['\u2067a'], n: 1, photo, g: { n: `\u200e王` } }),
    ).toEqual({
      name: '张三',
      tags: ['a'],
      n: 1,
      photo,
      g: { n: '王' },
    });
  });

  it('returns the very same row when there is nothing to clean, so bulk writes copy nothing', () => {
    const row = { name: '张三', tags: ['a'], g: { n: '王' } };
    expect(withoutBidiControls(row)).toBe(row);
  });
});

describe('markup in names', () => {
  it('refuses angle brackets and HTML entities with the field named', () => {
    expect(markupProblem('姓名', '<b>张三</b>')).toBe('姓名不能包含 < > 或 &…; 等标记符号');
    expect(markupProblem('单位名称', '福州&#x202E;中学')).toBe('单位名称不能包含 < > 或 &…; 等标记符号');
    expect(markupProblem('姓名', '欧阳·娜娜')).toBeNull();
  });

  it('puts the message at the name field of a registration', () => {
    const schema = registrationSchema({
      today: '2026-12-01',
      minorRules: { guardianBelow: 18, consentBelow: 14, accompanyBelow: 10, minimumAge: 8 },
    });
    const r = schema.safeParse({ name: '<script>张三' });
    const atName = (r.error?.issues ?? []).filter((i) => i.path.join('.') === 'name').map((i) => i.message);
    expect(atName).toEqual(['姓名不能包含 < > 或 &…; 等标记符号']);
  });

  it('keeps what was typed but stores a unit name without its direction controls', () => {
    const r = organisationSchema.safeParse({
      name: `${RLO}福州第十九中学`,
      type: '学校',
      contactName: '林晓',
      phone: '0591-87654321',
      notes: '',
    });
    expect(r.success ? r.data.name : r.error.issues.map((i) => i.message)).toBe('福州第十九中学');
  });
});
