import { dateKey, minuteOfDay, weekdayOf } from '../time/center-time';

/**
 * One volunteer the repository gathered for a 派单 (team members, recent servers), with the counts it
 * read by index.
 *
 * @example
 * const c: DispatchCandidate = { volunteerId: 'v-1', name: '王强', skills: ['水电维修'], intentions: [], availability: '周末', teamNames: ['维修服务队'], sameCategoryCount: 3, recentCount: 2 };
 */
export interface DispatchCandidate {
  volunteerId: string;
  name: string;
  skills: readonly string[];
  intentions: readonly string[];
  availability: string;
  teamNames: readonly string[];
  /** Earlier orders of the same category this volunteer completed. */
  sameCategoryCount: number;
  /** Service records in the last 30 days. */
  recentCount: number;
}

/**
 * A ranked suggestion: the candidate, its score and the reasons shown to the desk (e.g. “特长：维修”).
 *
 * @example
 * const s: DispatchSuggestion = { volunteerId: 'v-1', name: '王强', score: 7, reasons: ['特长：维修'] };
 */
export interface DispatchSuggestion {
  volunteerId: string;
  name: string;
  score: number;
  reasons: string[];
}

/** Recent load at or below this counts as 较空闲. */
const IDLE_LOAD = 2;

// The category's own words a skill may use (维修 matches 水电维修; 助老 matches 养老, 陪护).
const CATEGORY_WORDS: Readonly<Record<string, readonly string[]>> = {
  助老: ['助老', '养老', '陪护', '老人', '敬老'],
  助残: ['助残', '残疾', '手语', '陪护'],
  助学辅导: ['助学', '辅导', '教育', '教学', '家教'],
  家政: ['家政', '保洁', '清洁', '烹饪'],
  维修: ['维修', '水电', '电工', '修理', '家电'],
  心理: ['心理', '咨询', '疏导'],
  法律: ['法律', '律师', '法务', '普法'],
  医疗健康: ['医疗', '健康', '护理', '医生', '护士', '义诊'],
  文化: ['文化', '文艺', '书法', '摄影', '舞蹈', '音乐', '绘画'],
};

function wordsOf(category: string): readonly string[] {
  return CATEGORY_WORDS[category] ?? [category];
}

function availabilityReason(availability: string, wishedAt: number | null): string | null {
  if (wishedAt === null || !availability.trim()) return null;
  const day = weekdayOf(dateKey(wishedAt));
  const minute = minuteOfDay(wishedAt);
  const weekend = day === 0 || day === 6;
  if (weekend && availability.includes('周末')) return '周末有空';
  if (!weekend && availability.includes('工作日')) return '工作日有空';
  if (availability.includes('晚上') && minute >= 18 * 60) return '晚上有空';
  if (availability.includes('上午') && minute < 12 * 60) return '上午有空';
  if (availability.includes('下午') && minute >= 12 * 60 && minute < 18 * 60) return '下午有空';
  if (availability.includes('随时')) return '随时有空';
  return null;
}

/**
 * Ranks the candidates for a 派单, best first, each with why: a 特长 or 意向 matching the category
 * (strongest), a team whose name fits it, experience with the same kind of order, a light recent load,
 * and being free at the wished time. Ties keep the pool's order. Pure: the repository gathers the pool.
 *
 * @example
 * rankDispatchSuggestions([{ volunteerId: 'v-1', name: '王强', skills: ['水电维修'], intentions: [], availability: '周末', teamNames: [], sameCategoryCount: 3, recentCount: 1 }], { category: '维修', wishedAt: null })
 * // => [{ volunteerId: 'v-1', name: '王强', score: 10, reasons: ['特长：水电维修', '同类服务 3 次', '近30天服务 1 次（较空闲）'] }]
 */
export function rankDispatchSuggestions(
  candidates: readonly DispatchCandidate[],
  order: { category: string; wishedAt: number | null },
): DispatchSuggestion[] {
  const words = wordsOf(order.category);
  const fits = (s: string) => words.some((w) => s.includes(w));
  return candidates
    .map((c, index) => {
      const reasons: string[] = [];
      let score = 0;
      const skill = c.skills.find(fits);
      if (skill) {
        score += 5;
        reasons.push(`特长：${skill}`);
      } else {
        const intention = c.intentions.find(fits);
        if (intention) {
          score += 3;
          reasons.push(`意向：${intention}`);
        }
      }
      const team = c.teamNames.find(fits);
      if (team) {
        score += 3;
        reasons.push(`服务队：${team}`);
      }
      if (c.sameCategoryCount > 0) {
        score += Math.min(c.sameCategoryCount, 3);
        reasons.push(`同类服务 ${c.sameCategoryCount} 次`);
      }
      if (c.recentCount <= IDLE_LOAD) {
        score += 2;
        reasons.push(`近30天服务 ${c.recentCount} 次（较空闲）`);
      } else {
        score -= Math.min(c.recentCount - IDLE_LOAD, 3);
        reasons.push(`近30天服务 ${c.recentCount} 次`);
      }
      const free = availabilityReason(c.availability, order.wishedAt);
      if (free) {
        score += 2;
        reasons.push(free);
      }
      return { suggestion: { volunteerId: c.volunteerId, name: c.name, score, reasons }, index };
    })
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.index - b.index)
    .map((x) => x.suggestion);
}
