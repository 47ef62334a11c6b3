import { type CategoryCode, categoryOfMcc } from '@cornerstone/shared/merchant/category';

export type DemoCategory = Exclude<CategoryCode, 'public_welfare'>;

export interface Trade {
  readonly mcc: string;
  readonly category: DemoCategory;
  /** Share of merchants within its category. */
  readonly weight: number;
  /** Name endings; those containing 公司 follow the city directly, shop names get a district. */
  readonly suffixes: readonly string[];
  /** Median ticket in yuan. */
  readonly ticket: number;
  /** Log-normal spread of tickets within one merchant. */
  readonly ticketSigma: number;
  /** Median transactions per day of a typical merchant of the trade. */
  readonly txnsPerDay: number;
  /** Probability of a capped plan (封顶). */
  readonly cappedShare: number;
}

const t = (
  mcc: string,
  category: DemoCategory,
  weight: number,
  suffixes: readonly string[],
  ticket: number,
  txnsPerDay: number,
  cappedShare = 0,
  ticketSigma = 0.7,
): Trade => ({ mcc, category, weight, suffixes, ticket, ticketSigma, txnsPerDay, cappedShare });

/** Realistic MCCs (ISO 18245 / UnionPay) with the names merchants of that trade carry. */
const TRADES: readonly Trade[] = [
  // 一般类 (general: every MCC no other category claims)
  t('5311', 'general', 5, ['百货商店', '购物中心', '百货有限公司'], 280, 40),
  t('5651', 'general', 10, ['服饰店', '服装店', '时装有限公司'], 260, 9),
  t('5661', 'general', 3, ['鞋业', '鞋店'], 300, 6),
  t('5912', 'general', 8, ['大药房', '医药连锁有限公司', '药店'], 75, 25),
  t('5732', 'general', 5, ['电器商行', '数码城', '通讯器材店'], 1500, 6, 0.35, 0.8),
  t('5722', 'general', 3, ['家电城', '电器有限公司'], 2600, 4, 0.45, 0.8),
  t('5712', 'general', 3, ['家具城', '家居有限公司'], 3800, 2, 0.5, 0.8),
  t('5211', 'general', 3, ['建材商行', '装饰材料有限公司'], 2800, 3, 0.45, 0.9),
  t('5499', 'general', 5, ['食品店', '特产店', '糕点店'], 60, 20),
  t('5941', 'general', 2, ['体育用品店', '户外用品店'], 380, 4),
  t('5942', 'general', 2, ['书店', '图书城'], 85, 10),
  t('5992', 'general', 1, ['花店', '鲜花店'], 120, 5),
  t('5999', 'general', 6, ['商行', '日用百货店', '精品店'], 140, 8),
  t('7230', 'general', 4, ['美发沙龙', '美容院'], 220, 7),
  t('7538', 'general', 2, ['汽车维修服务有限公司', '汽修厂'], 800, 4),
  t('5533', 'general', 2, ['汽配城', '汽车用品店'], 550, 4),
  // 餐娱类 (dining & entertainment)
  t('5812', 'dining', 14, ['餐饮管理有限公司', '火锅店', '饭庄', '酒楼', '烤肉店', '面馆'], 150, 28),
  t('5814', 'dining', 7, ['快餐店', '肉夹馍店', '凉皮店', '小吃店'], 35, 55),
  t('5813', 'dining', 1.5, ['酒吧', '清吧'], 300, 10),
  t('7011', 'dining', 3, ['大酒店', '商务酒店', '快捷酒店', '宾馆'], 420, 12),
  t('5944', 'dining', 1.5, ['珠宝行', '金店', '银楼'], 3500, 2, 0, 0.9),
  t('7832', 'dining', 0.7, ['影城', '国际影城'], 90, 60),
  t('7911', 'dining', 1, ['量贩KTV', '歌舞厅'], 480, 8),
  t('7997', 'dining', 1, ['健身俱乐部', '会所'], 1200, 2),
  // 民生类 (public livelihood)
  t('5411', 'livelihood', 9, ['超市', '便利店', '生鲜超市', '购物广场'], 85, 80),
  t('5541', 'livelihood', 3, ['加油站'], 280, 60, 0, 0.5),
  t('4900', 'livelihood', 1, ['燃气有限公司', '供水有限公司', '热力有限公司'], 260, 30),
  t('4121', 'livelihood', 0.5, ['出租汽车有限公司'], 30, 40, 0, 0.5),
  t('4131', 'livelihood', 0.5, ['客运有限公司', '汽车客运站'], 65, 40, 0, 0.5),
  // 批发类 (wholesale, list cap ¥26)
  t('5045', 'wholesale', 3, ['电子科技有限公司', '电脑批发部'], 5000, 4, 0.85, 0.9),
  t('5047', 'wholesale', 1, ['医疗器械有限公司'], 6000, 2, 0.85, 0.9),
  t('5065', 'wholesale', 1, ['电子元器件经营部'], 3500, 3, 0.85, 0.9),
  t('5111', 'wholesale', 1, ['文具批发部', '办公用品有限公司'], 1200, 5, 0.8),
  t('5122', 'wholesale', 1, ['医药有限公司', '药业批发部'], 7000, 3, 0.85, 0.9),
  t('5137', 'wholesale', 1, ['服装批发行'], 2400, 6, 0.8),
  t('5141', 'wholesale', 1.5, ['粮油批发部', '副食批发部'], 2400, 6, 0.8),
  t('5172', 'wholesale', 1, ['石化贸易有限公司', '油品经销部'], 12000, 2, 0.9, 0.9),
  t('5199', 'wholesale', 2, ['商贸有限公司', '贸易商行', '农资经营部'], 3000, 4, 0.85, 0.9),
  t('5300', 'wholesale', 1, ['批发市场', '仓储会员店'], 700, 30, 0.5),
  // 车房类 (auto & real estate, list cap ¥80)
  t('5511', 'auto_realty', 3, ['汽车销售服务有限公司', '4S店'], 20000, 1.2, 1, 0.9),
  t('5521', 'auto_realty', 1, ['二手车交易市场', '二手车经纪有限公司'], 12000, 0.8, 1, 0.9),
  t(
    '6513',
    'auto_realty',
    2,
    ['房地产经纪有限公司', '置业顾问有限公司', '物业管理有限公司'],
    6000,
    1.5,
    1,
    1,
  ),
  t('1520', 'auto_realty', 1, ['房地产开发有限公司', '置业有限公司'], 30000, 0.6, 1, 0.9),
];

/** Share of merchants per category: 一般类 most, then 餐娱, 民生, 批发, 车房. */
const CATEGORY_MIX: Record<DemoCategory, number> = {
  general: 0.5,
  dining: 0.23,
  livelihood: 0.14,
  wholesale: 0.08,
  auto_realty: 0.05,
};

/** Trades with their overall weight (category share × share within the category). */
export const TRADE_WEIGHTS: readonly { trade: Trade; weight: number }[] = (() => {
  const inCategory = new Map<DemoCategory, number>();
  for (const tr of TRADES) inCategory.set(tr.category, (inCategory.get(tr.category) ?? 0) + tr.weight);
  return TRADES.map((trade) => ({
    trade,
    weight: (CATEGORY_MIX[trade.category] * trade.weight) / inCategory.get(trade.category)!,
  }));
})();

/** Every trade's MCC belongs to its category under the default table (checked by the tests). */
export function demoTradeMccs(): { mcc: string; category: CategoryCode; actual: CategoryCode | null }[] {
  return TRADES.map((tr) => ({ mcc: tr.mcc, category: tr.category, actual: categoryOfMcc(tr.mcc) }));
}
