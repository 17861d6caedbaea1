import type { Clash } from '@shared/rosters/clashes';
import type { FieldProblems } from '@shared/rosters/post-schema';

/** Thrown when a roster form cannot be saved; `problems` are shown at the fields, keyed by dotted path. */
export class RosterFormInvalidError extends Error {
  constructor(
    readonly problems: FieldProblems,
    fallback: string,
  ) {
    super(Object.values(problems)[0] ?? fallback);
    this.name = new.target.name;
  }
}

/** A duty post form that cannot be saved (`shifts.1.endMinute`, `place`, …). */
export class DutyPostInvalidError extends RosterFormInvalidError {
  constructor(problems: FieldProblems) {
    super(problems, '岗位信息有误，请检查后再保存');
  }
}

/** A school term form that cannot be saved (`start`, `vacations.0.from`, …). */
export class SchoolTermInvalidError extends RosterFormInvalidError {
  constructor(problems: FieldProblems) {
    super(problems, '学期信息有误，请检查后再保存');
  }
}

/** A repeating assignment that cannot be saved (`to` beyond the term, no weekday, …). */
export class RosterPatternInvalidError extends RosterFormInvalidError {
  constructor(problems: FieldProblems) {
    super(problems, '排班规律有误，请检查后再保存');
  }
}

/**
 * Thrown when proposed entries clash with the roster or each other; nothing was written. Each clash
 * names its entry's position in what was proposed, so the grid marks the right cells.
 */
export class RosterClashError extends Error {
  constructor(readonly clashes: readonly Clash[]) {
    const first = clashes[0];
    super(
      first
        ? `有 ${clashes.length} 处排班冲突，均未保存。${first.date}：${first.message}`
        : '排班有冲突，未保存',
    );
    this.name = 'RosterClashError';
  }
}
