import type { CenterConfig } from '@shared/sync/center/plan';

/** A center and one 所 with a desk each, replicating up into a district: the setup tests' config. */
export const GULOU_DISTRICT: CenterConfig = {
  sites: [
    {
      db: 'center-gulou',
      name: '鼓楼区中心',
      level: '中心',
      desks: [{ user: 'gulou-qiantai', password: 'gulou-pw-1' }],
    },
    {
      db: 'suo-dongjie',
      name: '东街所',
      level: '所',
      desks: [{ user: 'dongjie-qiantai', password: 'dongjie-pw-1' }],
    },
  ],
  district: { db: 'district-gulou', shared: 'district-gulou-shared' },
};

/** The district:info the setup writes into 东街所's database for GULOU_DISTRICT. */
export const DONGJIE_INFO = {
  district: 'district-gulou',
  shared: 'district-gulou-shared',
  site: { db: 'suo-dongjie', name: '东街所', level: '所' },
  sites: [
    { db: 'center-gulou', name: '鼓楼区中心', level: '中心' },
    { db: 'suo-dongjie', name: '东街所', level: '所' },
  ],
} as const;
