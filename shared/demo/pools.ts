import type { BookingCategory, OrganisationType } from '../model/places';

/*
 * Word pools for demo data: a district center in 福州市鼓楼区. Unit names are invented or generic and
 * people's names are drawn at random; any match with a real person is coincidental.
 */

/** Splits a whitespace-separated list; keeps long pools compact and readable. */
function words(list: string): readonly string[] {
  return list.trim().split(/\s+/);
}

/**
 * The demo center, used as place and organiser of its own activities.
 *
 * @example
 * activity.organiser = DEMO_CENTER_NAME;
 */
export const DEMO_CENTER_NAME = '鼓楼区新时代文明实践中心';

/**
 * Flat word lists the demo generator draws from.
 *
 * @example
 * rand.pick(DEMO_WORDS.surnames) // => e.g. '陈'
 */
export const DEMO_WORDS = {
  /** Fujian-weighted: 陈、林、黄、郑 lead in Fuzhou, so they appear more than once. */
  surnames: words(`
    陈 陈 陈 林 林 林 黄 黄 郑 郑 王 王 李 张 刘 吴 杨 蔡 许 游 翁 卓 池 薛 何 高 罗 谢 周 徐
    朱 胡 郭 梁 宋 唐 魏 曾 江 叶 詹 肖 潘 邱 余 欧阳
  `),
  /** Fuzhou: the five urban districts (weighted) and a few surrounding counties. */
  addressCodes: words(`
    350102 350102 350102 350102 350103 350103 350104 350104
    350105 350111 350111 350121 350122 350181
  `),
  mobilePrefixes: words(`
    130 131 132 133 135 136 137 138 139 150 151 152 153 155 156
    157 158 159 166 176 177 178 180 181 182 183 185 186 187 188
    189 191 198 199
  `),
  roads: words(`
    五四路 湖东路 东街 杨桥东路 古田路 华林路 北环中路 西洪路
    铜盘路 乌山路 白马北路 温泉公园路 鼓屏路 省府路 福飞路
  `),
  schools: words('福州第十九中学 福州第一中学 福州第三中学 福州屏东中学 福州延安中学'),
  workUnits: words(`
    鼓楼区东街街道办事处 鼓楼区温泉街道办事处 福州市鼓楼第一中心小学 福建闽江源科技有限公司
    福州榕城物业管理有限公司 鼓楼区益心社会工作服务中心 温泉街道社区卫生服务中心 鼓楼区教育局
    个体经营 自由职业 在校大学生
  `),
  skills: words(`
    理论宣讲 文艺表演 书法 摄影 医疗护理 法律咨询 心理疏导 电脑维修
    外语 驾驶 急救 教育辅导 手工 主持 闽剧
  `),
  intentions: words('理论宣讲 文明交通 关爱老人 环境保护 文化文艺 医疗健康 助残帮困 科普宣传 应急救援'),
  availability: words('工作日白天 工作日晚上 周末 周末及节假日 不限'),
  cancelReasons: words('主讲人临时有事，活动延期 单位工作调整，取消本次活动 天气原因，活动改期 报名人数不足'),
  evaluations: words('优秀 优秀 良好 良好 合格'),
  /** Desk staff who record service (the 2012 rules want a recorder on every record). */
  deskStaff: words('陈静 林晓燕'),
} as const;

/**
 * Given names by sex and by the era they were fashionable: [born before 1975, 1975-1994, 1995 on].
 *
 * @example
 * rand.pick(GIVEN_NAMES['女'][0]) // => e.g. '秀英'
 */
export const GIVEN_NAMES = {
  男: [
    words('建国 建华 国强 志刚 德明 振华 文华 永和 长生 庆丰 金水 国平 卫东 明德 福生 强 华 平 军'),
    words('伟 志强 俊 磊 斌 勇 涛 杰 海峰 晓东 建斌 文斌 志伟 永辉 国栋 少华 振宇 鹏 明辉'),
    words('浩然 子轩 宇航 俊杰 天佑 家豪 梓豪 浩宇 宇轩 一鸣 思源 博文 睿 晨 昊 皓轩 锦程'),
  ],
  女: [
    words('秀英 桂兰 玉兰 秀珍 丽华 淑珍 美华 凤英 玉珍 秀兰 金花 月娥 素珍 英 兰 珍 芳'),
    words('丽 娟 静 敏 燕 艳 丽萍 晓燕 雪梅 春燕 美玲 秀娟 惠珍 淑芬 婷 颖 丽娜'),
    words('子涵 梓萱 欣怡 诗涵 雨桐 思琪 佳怡 可馨 一诺 语嫣 雅琪 梦琪 欣然 悦 琳 萱 彤'),
  ],
} as const;

/**
 * The teams; each recruits volunteers whose intentions include `intention`.
 *
 * @example
 * TEAM_DEFS.map((t) => t.name) // => ['理论宣讲志愿服务队', …]
 */
export const TEAM_DEFS: readonly { name: string; intention: string; description: string }[] = [
  {
    name: '理论宣讲志愿服务队',
    intention: '理论宣讲',
    description: '组织百姓宣讲员，开展理论政策进社区、进校园宣讲。',
  },
  {
    name: '文明交通志愿服务队',
    intention: '文明交通',
    description: '在主要路口开展文明交通劝导，倡导礼让斑马线。',
  },
  {
    name: '关爱老人志愿服务队',
    intention: '关爱老人',
    description: '为辖区独居、空巢老人提供探访陪伴、助餐助洁服务。',
  },
  {
    name: '环境保护志愿服务队',
    intention: '环境保护',
    description: '开展垃圾分类宣传、河道巡护和社区环境整治。',
  },
  {
    name: '文化文艺志愿服务队',
    intention: '文化文艺',
    description: '组织合唱、闽剧、书法等文艺志愿服务，丰富群众文化生活。',
  },
  {
    name: '医疗健康志愿服务队',
    intention: '医疗健康',
    description: '联合社区卫生服务中心开展义诊、健康讲座和急救培训。',
  },
];

/**
 * A unit that books rooms, with the booking categories it typically books.
 *
 * @example
 * const def: OrganisationDef = { name: '鼓楼区东街街道办事处', type: '党政机关', categories: ['会议'] };
 */
export interface OrganisationDef {
  name: string;
  type: OrganisationType;
  categories: readonly BookingCategory[];
}

/**
 * The units that book rooms in the demo.
 *
 * @example
 * ORGANISATION_DEFS.filter((o) => o.categories.includes('健康'))
 */
export const ORGANISATION_DEFS: readonly OrganisationDef[] = [
  { name: '鼓楼区东街街道办事处', type: '党政机关', categories: ['理论宣讲', '政策解读', '道德', '会议'] },
  { name: '鼓楼区温泉街道办事处', type: '党政机关', categories: ['理论宣讲', '政策解读', '法治', '会议'] },
  // A public institution (事业单位); ORGANISATION_TYPES has no such type yet, so it files under 党政机关.
  { name: '温泉街道社区卫生服务中心', type: '事业单位', categories: ['健康', '科普'] },
  { name: '福州市鼓楼第一中心小学', type: '学校', categories: ['科普', '道德', '文化文艺', '法治'] },
  { name: '福州第十九中学', type: '学校', categories: ['科普', '法治', '文化文艺', '其他'] },
  { name: '南街街道三坊七巷社区居委会', type: '社区', categories: ['志愿服务', '文化文艺', '健康', '道德'] },
  { name: '鼓东街道东大社区居委会', type: '社区', categories: ['志愿服务', '文化文艺', '政策解读', '会议'] },
  { name: '福建闽江源科技有限公司', type: '企业', categories: ['培训', '会议', '理论宣讲'] },
  { name: '福州榕城物业管理有限公司', type: '企业', categories: ['培训', '会议', '志愿服务'] },
  { name: '鼓楼区益心社会工作服务中心', type: '社会组织', categories: ['志愿服务', '培训', '健康', '其他'] },
  { name: '鼓楼区老年人体育协会', type: '社会组织', categories: ['文化文艺', '健康'] },
  { name: '鼓楼区青年志愿者协会', type: '社会组织', categories: ['志愿服务', '培训', '科普'] },
  { name: '陈秀珍（居民）', type: '个人', categories: ['文化文艺', '其他'] },
];
