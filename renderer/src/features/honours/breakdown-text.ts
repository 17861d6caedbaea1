import type { BreakdownLine } from '@shared/recognition/scoring';

const UNITS: [prefix: string, unit: string][] = [
  ['服务时长', '小时'],
  ['参加活动', '次'],
  ['主题', '次'],
  ['服务项目', '次'],
  ['完成服务单', '单'],
  ['服务单评价', '星'],
];

/** One breakdown line as staff read it, e.g. 服务时长 3.5小时 7分. */
export function lineText(line: BreakdownLine | { label: string; points: number; count?: number }): string {
  const unit = UNITS.find(([prefix]) => line.label.startsWith(prefix))?.[1] ?? '';
  const count = 'count' in line && line.count !== undefined ? ` ${line.count}${unit}` : '';
  return `${line.label}${count} ${line.points}分`;
}

/** A candidate's whole breakdown on one line. */
export function breakdownText(lines: readonly Parameters<typeof lineText>[0][]): string {
  return lines.map(lineText).join('；');
}
