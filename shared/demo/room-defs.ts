import type { BookingCategory, RoomKind } from '../model/places';

/**
 * A demo room, with how often and for what it is typically booked.
 *
 * @example
 * ROOM_DEFS[0].uses[0] // => ['理论宣讲', '学习贯彻党的创新理论宣讲会']
 */
export interface RoomDef {
  name: string;
  kind: RoomKind;
  capacity: number;
  area: number;
  location: string;
  equipment: readonly string[];
  setupMinutes: number;
  cleanupMinutes: number;
  needsApproval: boolean;
  color: string;
  /** Chance that a given session of an open day is booked. */
  popularity: number;
  /** Closing time, minutes after midnight; the outdoor space closes at dusk. */
  closeMinute: number;
  uses: readonly (readonly [BookingCategory, string])[];
}

/**
 * The demo center's rooms, in display order.
 *
 * @example
 * ROOM_DEFS.map((r) => r.name) // => ['理论讲堂', '道德讲堂', '培训室', '图书室', '活动室', '多功能厅', '户外场地']
 */
export const ROOM_DEFS: readonly RoomDef[] = [
  {
    name: '理论讲堂',
    kind: '讲堂',
    capacity: 120,
    area: 180,
    location: '一楼东侧',
    equipment: ['投影仪', '音响', '无线话筒 x4', '讲台'],
    setupMinutes: 30,
    cleanupMinutes: 15,
    needsApproval: false,
    color: '#c0392b',
    popularity: 0.45,
    closeMinute: 1260,
    uses: [
      ['理论宣讲', '学习贯彻党的创新理论宣讲会'],
      ['理论宣讲', '百姓名嘴微宣讲'],
      ['政策解读', '医保政策解读会'],
      ['政策解读', '养老服务政策解读会'],
      ['法治', '民法典进社区专题讲座'],
      ['法治', '防范电信网络诈骗讲座'],
      ['会议', '文明实践工作推进会'],
      ['健康', '老年人慢病防治讲座'],
    ],
  },
  {
    name: '道德讲堂',
    kind: '讲堂',
    capacity: 80,
    area: 120,
    location: '一楼西侧',
    equipment: ['投影仪', '音响', '话筒'],
    setupMinutes: 30,
    cleanupMinutes: 15,
    needsApproval: false,
    color: '#d4380d',
    popularity: 0.35,
    closeMinute: 1260,
    uses: [
      ['道德', '孝老爱亲主题道德讲堂'],
      ['道德', '诚信主题道德讲堂'],
      ['道德', '文明家庭事迹分享会'],
      ['理论宣讲', '青年理论学习分享会'],
      ['法治', '青少年法治教育课'],
    ],
  },
  {
    name: '培训室',
    kind: '培训室',
    capacity: 40,
    area: 80,
    location: '二楼201室',
    equipment: ['电脑 x20', '投影仪', '白板'],
    setupMinutes: 15,
    cleanupMinutes: 15,
    needsApproval: false,
    color: '#1677ff',
    popularity: 0.5,
    closeMinute: 1260,
    uses: [
      ['培训', '电脑基础技能培训'],
      ['科普', '智能手机使用课堂（老年人）'],
      ['培训', '志愿者骨干能力提升培训'],
      ['培训', '社区工作者业务培训'],
      ['政策解读', '就业创业政策宣讲'],
    ],
  },
  {
    name: '图书室',
    kind: '图书室',
    capacity: 30,
    area: 90,
    location: '二楼202室',
    equipment: ['图书约5000册', '阅读桌椅'],
    setupMinutes: 10,
    cleanupMinutes: 10,
    needsApproval: false,
    color: '#389e0d',
    popularity: 0.3,
    closeMinute: 1260,
    uses: [
      ['文化文艺', '亲子读书会'],
      ['文化文艺', '经典诵读分享会'],
      ['科普', '青少年科普阅读课'],
      ['其他', '青少年课后托管'],
    ],
  },
  {
    name: '活动室',
    kind: '活动室',
    capacity: 50,
    area: 100,
    location: '二楼203室',
    equipment: ['钢琴', '音响', '镜面墙'],
    setupMinutes: 15,
    cleanupMinutes: 15,
    needsApproval: false,
    color: '#722ed1',
    popularity: 0.55,
    closeMinute: 1260,
    uses: [
      ['文化文艺', '闽剧票友交流会'],
      ['文化文艺', '书法公益课'],
      ['健康', '八段锦健身课'],
      ['文化文艺', '非遗漆艺体验课'],
      ['文化文艺', '社区合唱团排练'],
    ],
  },
  {
    name: '多功能厅',
    kind: '多功能厅',
    capacity: 200,
    area: 320,
    location: '三楼',
    equipment: ['LED屏', '音响', '舞台灯光', '无线话筒 x6'],
    setupMinutes: 60,
    cleanupMinutes: 30,
    needsApproval: true,
    color: '#d48806',
    popularity: 0.3,
    closeMinute: 1260,
    uses: [
      ['会议', '志愿服务队季度工作会'],
      ['文化文艺', '社区文艺汇演'],
      ['志愿服务', '“学雷锋”志愿服务项目对接会'],
      ['健康', '中医养生义诊'],
      ['科普', '防灾减灾科普讲座'],
      ['会议', '社区议事协商会'],
    ],
  },
  {
    name: '户外场地',
    kind: '户外场地',
    capacity: 300,
    area: 600,
    location: '中心前广场',
    equipment: ['帐篷 x6', '移动音响', '桌椅 x20'],
    setupMinutes: 30,
    cleanupMinutes: 30,
    needsApproval: true,
    color: '#08979c',
    popularity: 0.2,
    closeMinute: 1080,
    uses: [
      ['志愿服务', '便民服务集市'],
      ['健康', '健康义诊进社区'],
      ['科普', '消防安全演练'],
      ['文化文艺', '广场舞展演'],
    ],
  },
];
