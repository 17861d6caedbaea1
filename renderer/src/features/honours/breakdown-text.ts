import type { BreakdownLine } from '@shared/recognition/scoring';

const UNITS: [prefix: string, unit: string][] = [
  ['服务时长', '小时'],
  ['参加活动', '次'],
  ['主题', '次'],
  ['服务项目', '次'],
  ['完成服务单', '单'],
  ['服务单评价', '星'],
];

/** A line's label with its count, e.g. 服务时长 3.5小时: what an honour keeps as its label. */
export function countedLabel(line: BreakdownLine): string {
  const unit = UNITS.find(([prefix]) => line.label.startsWith(prefix))?.[1] ?? '';
  return `${line.label} ${line.count}${unit}`;
}

/** A breakdown on one line, e.g. 服务时长 3.5小时 7分；参加活动 1次 3分. */
export function breakdownText(lines: readonly (BreakdownLine | { label: string; points: number })[]): string {
  return lines.map((l) => `${'count' in l ? countedLabel(l) : l.label} ${l.points}分`).join('；');
}
