import {
  districtSummary,
  monthsOfPeriod,
  type DistrictRow,
  type SiteFiguresDoc,
  type SiteMonthFigures,
} from '@shared/stats/district-figures';
import { DistrictError, type DistrictInfo, type DistrictLink } from './district-link';

/** 各所站汇总 as the 中心 desk shows it, or why it cannot. */
export type DistrictView =
  /** No center saved in 设置 → 同步. */
  | { state: 'no-center' }
  /** The center has no district (one center alone). */
  | { state: 'no-district' }
  /** This desk is a 所/站's: the section is not shown. */
  | { state: 'not-center' }
  /** The center could not be read: the Chinese reason, and whether it was unreachable. */
  | { state: 'failed'; kind: DistrictError['kind']; message: string }
  | {
      state: 'ready';
      info: DistrictInfo;
      /** The period's months the sums are made of (`yyyy-mm`). */
      months: string[];
      rows: DistrictRow[];
      total: SiteMonthFigures;
    };

const UNKNOWN = '读取各所站汇总时出错，请稍后点“刷新”';

/**
 * Reads the district's `figures:` documents (the server replicates each site's up into the district
 * database) and sums them per site for the months of the days firstDay–lastDay. Only a desk whose
 * district:info says 中心 may read the district database; the others get `not-center`.
 */
export async function readDistrictView(
  link: DistrictLink | null,
  firstDay: string,
  lastDay: string,
): Promise<DistrictView> {
  if (!link) return { state: 'no-center' };
  try {
    const info = await link.info();
    if (!info) return { state: 'no-district' };
    if (info.site.level !== '中心') return { state: 'not-center' };
    const months = monthsOfPeriod(firstDay, lastDay);
    const docs = await link.list<SiteFiguresDoc>('district', 'figures:');
    return { state: 'ready', info, months, ...districtSummary(info.sites, docs, months) };
  } catch (error) {
    return error instanceof DistrictError
      ? { state: 'failed', kind: error.kind, message: error.message }
      : { state: 'failed', kind: 'failed', message: UNKNOWN };
  }
}
