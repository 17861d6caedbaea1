import type { MinorAgeRules } from '../model/people';

/**
 * The age limits a new desk starts with, from a 文明实践 platform's published rules: under 18 registers
 * with a guardian, under 14 needs the guardian's consent, under 10 must be accompanied, under 6 is not
 * registered. Local rules differ, so these are settings.
 *
 * @example
 * DEFAULT_MINOR_RULES.consentBelow // => 14
 */
export const DEFAULT_MINOR_RULES: MinorAgeRules = {
  guardianBelow: 18,
  consentBelow: 14,
  accompanyBelow: 10,
  minimumAge: 6,
};

/**
 * What registering someone of a given age requires.
 *
 * @example
 * const r: MinorRequirements = minorRequirements(12, DEFAULT_MINOR_RULES);
 */
export interface MinorRequirements {
  tooYoung: boolean;
  needsGuardian: boolean;
  needsConsent: boolean;
  mustBeAccompanied: boolean;
}

/**
 * The requirements for an age under the center's limits.
 *
 * @example
 * minorRequirements(12, DEFAULT_MINOR_RULES) // => { tooYoung: false, needsGuardian: true, needsConsent: true, mustBeAccompanied: false }
 */
export function minorRequirements(age: number, rules: MinorAgeRules): MinorRequirements {
  return {
    tooYoung: age < rules.minimumAge,
    needsGuardian: age < rules.guardianBelow,
    needsConsent: age < rules.consentBelow,
    mustBeAccompanied: age < rules.accompanyBelow,
  };
}

/**
 * Checks limits a person typed in settings; null when they make sense.
 *
 * @example
 * minorRulesProblem({ guardianBelow: 18, consentBelow: 20, accompanyBelow: 10, minimumAge: 6 }) // => '年龄界限应满足：最低年龄 ≤ 陪同 ≤ 同意 ≤ 监护人'
 */
export function minorRulesProblem(rules: MinorAgeRules): string | null {
  const all = [rules.minimumAge, rules.accompanyBelow, rules.consentBelow, rules.guardianBelow];
  if (all.some((n) => !Number.isInteger(n) || n < 0 || n > 18)) return '年龄界限应为0至18之间的整数';
  if (all.some((n, i) => i > 0 && n < (all[i - 1] ?? 0)))
    return '年龄界限应满足：最低年龄 ≤ 陪同 ≤ 同意 ≤ 监护人';
  return null;
}
