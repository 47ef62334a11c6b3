import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { type CategoryCode, categoryOfMcc } from '@cornerstone/shared/merchant/category';
import { addDays } from '@cornerstone/shared/period/period';

// Deterministic demo data: the same arguments give the same files on every run.

/** mulberry32: a small, well-known 32-bit PRNG; enough for demo data, not for anything secret. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, normal, pick, logNormal: (mu: number, sigma: number) => Math.exp(mu + sigma * normal()) };
}

interface BranchDef {
  name: string;
  pinyin: string;
  region: string;
  area: string;
  weight: number;
  districts: string[];
}

/** Shaanxi branches, weighted by size (Xi'an largest). */
export const DEMO_BRANCHES: readonly BranchDef[] = [
  {
    name: '西安分公司',
    pinyin: 'xian',
    region: '关中',
    area: '7910',
    weight: 30,
    districts: ['雁塔区', '碑林区', '未央区', '莲湖区', '新城区', '曲江新区', '高新区', '长安区'],
  },
  {
    name: '咸阳分公司',
    pinyin: 'xianyang',
    region: '关中',
    area: '7920',
    weight: 10,
    districts: ['秦都区', '渭城区', '兴平市', '三原县'],
  },
  {
    name: '宝鸡分公司',
    pinyin: 'baoji',
    region: '关中',
    area: '7930',
    weight: 10,
    districts: ['渭滨区', '金台区', '陈仓区', '岐山县'],
  },
  {
    name: '渭南分公司',
    pinyin: 'weinan',
    region: '关中',
    area: '7970',
    weight: 9,
    districts: ['临渭区', '华州区', '韩城市', '蒲城县'],
  },
  {
    name: '汉中分公司',
    pinyin: 'hanzhong',
    region: '陕南',
    area: '7990',
    weight: 8,
    districts: ['汉台区', '南郑区', '城固县', '勉县'],
  },
  {
    name: '榆林分公司',
    pinyin: 'yulin',
    region: '陕北',
    area: '8060',
    weight: 9,
    districts: ['榆阳区', '神木市', '府谷县', '靖边县'],
  },
  {
    name: '延安分公司',
    pinyin: 'yanan',
    region: '陕北',
    area: '8040',
    weight: 7,
    districts: ['宝塔区', '安塞区', '延长县', '洛川县'],
  },
  {
    name: '安康分公司',
    pinyin: 'ankang',
    region: '陕南',
    area: '8010',
    weight: 6,
    districts: ['汉滨区', '旬阳市', '平利县'],
  },
  {
    name: '商洛分公司',
    pinyin: 'shangluo',
    region: '陕南',
    area: '8030',
    weight: 5,
    districts: ['商州区', '洛南县', '丹凤县'],
  },
  {
    name: '铜川分公司',
    pinyin: 'tongchuan',
    region: '关中',
    area: '7950',
    weight: 6,
    districts: ['王益区', '印台区', '耀州区'],
  },
];

/** The password of every demo user. */
export const DEMO_PASSWORD = 'cornerstone-demo';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '郭',
  '何',
  '高',
  '罗',
  '郑',
  '梁',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '平',
  '刚',
  '建国',
  '海燕',
  '文博',
];

export interface DemoUser {
  login: string;
  displayName: string;
  role: 'admin' | 'analyst' | 'branch_manager' | 'operations' | 'account_manager';
  branch: string | null;
}

const managersPerBranch = (b: BranchDef) => (b.weight >= 20 ? 4 : b.weight >= 9 ? 3 : 2);

/** Demo users: an administrator, an analyst, and per branch a manager, operations and 2–4 account managers. */
export function demoUsers(): DemoUser[] {
  const r = prng(7);
  const name = () => `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
  const users: DemoUser[] = [
    { login: 'admin', displayName: '系统管理员', role: 'admin', branch: null },
    { login: 'analyst', displayName: `${name()}（分析师）`, role: 'analyst', branch: null },
  ];
  for (const b of DEMO_BRANCHES) {
    users.push({ login: `bm_${b.pinyin}`, displayName: name(), role: 'branch_manager', branch: b.name });
    users.push({ login: `ops_${b.pinyin}`, displayName: name(), role: 'operations', branch: b.name });
    for (let i = 1; i <= managersPerBranch(b); i++)
      users.push({
        login: `am_${b.pinyin}_${i}`,
        displayName: name(),
        role: 'account_manager',
        branch: b.name,
      });
  }
  return users;
}

interface Trade {
  mcc: string;
  weight: number;
  suffixes: string[];
  ticket: number; // average ticket in yuan
  capped?: boolean; // big tickets: often on capped plans
}

// Realistic MCCs with the names merchants of that trade carry.
const TRADES: readonly Trade[] = [
  {
    mcc: '5812',
    weight: 16,
    suffixes: ['餐饮管理有限公司', '火锅店', '面馆', '饭庄', '烤肉店'],
    ticket: 120,
  },
  { mcc: '5814', weight: 6, suffixes: ['快餐店', '肉夹馍店', '凉皮店'], ticket: 35 },
  { mcc: '7011', weight: 3, suffixes: ['大酒店', '商务宾馆', '快捷酒店'], ticket: 380 },
  { mcc: '5411', weight: 14, suffixes: ['超市', '便利店', '生鲜超市'], ticket: 85 },
  { mcc: '5541', weight: 3, suffixes: ['加油站'], ticket: 260 },
  { mcc: '5311', weight: 5, suffixes: ['百货商店', '购物中心'], ticket: 320 },
  { mcc: '5651', weight: 9, suffixes: ['服装店', '服饰商行'], ticket: 260 },
  { mcc: '5732', weight: 5, suffixes: ['电器行', '数码城'], ticket: 1200, capped: true },
  { mcc: '5912', weight: 6, suffixes: ['大药房', '医药连锁店'], ticket: 90 },
  { mcc: '5999', weight: 8, suffixes: ['商行', '日用品店', '文化用品店'], ticket: 150 },
  { mcc: '5045', weight: 5, suffixes: ['商贸有限公司', '电子批发部'], ticket: 5200, capped: true },
  { mcc: '5172', weight: 2, suffixes: ['石化贸易有限公司'], ticket: 8800, capped: true },
  { mcc: '5511', weight: 2, suffixes: ['汽车销售服务有限公司', '4S店'], ticket: 45000, capped: true },
  {
    mcc: '6513',
    weight: 1,
    suffixes: ['房地产经纪有限公司', '置业顾问有限公司'],
    ticket: 30000,
    capped: true,
  },
];
const WORDS = [
  '鑫源',
  '华通',
  '长安',
  '秦风',
  '盛世',
  '永兴',
  '聚福',
  '福满',
  '大唐',
  '丝路',
  '金盾',
  '汇丰',
  '德润',
  '嘉禾',
  '宏达',
  '恒泰',
  '瑞祥',
  '新华',
  '百顺',
  '龙腾',
  '天成',
  '好又多',
  '老孙家',
  '春发生',
];

const LIST_RATE: Record<CategoryCode, number> = {
  general: 0.0078,
  wholesale: 0.0078,
  dining: 0.0125,
  auto_realty: 0.0125,
  livelihood: 0.0038,
  public_welfare: 0,
};

/** One demo merchant, derived only from the seed and its index, so merchants and settlements agree. */
export interface DemoMerchant {
  index: number;
  mid: string;
  name: string;
  mcc: string;
  category: CategoryCode;
  feePlan: 'rate' | 'capped';
  rate: number;
  cap: number | null;
  branch: BranchDef;
  manager: string;
  onboardedOn: string;
  contactName: string;
  contactMobile: string;
  monthlyVolume: number; // yuan
  ticket: number;
  activeDays: number; // share of days with transactions
  fate: 'steady' | 'declining' | 'dormant';
  stopsDaysBeforeEnd: number;
}

function weighted<T extends { weight: number }>(xs: readonly T[], u: number): T {
  const total = xs.reduce((s, x) => s + x.weight, 0);
  let acc = 0;
  for (const x of xs) {
    acc += x.weight / total;
    if (u < acc) return x;
  }
  return xs[xs.length - 1]!;
}

export function demoMerchant(index: number, seed: number, today: string): DemoMerchant {
  const r = prng(seed * 1_000_003 + index * 7919);
  const branch = weighted(DEMO_BRANCHES, r.next());
  const trade = weighted(TRADES, r.next());
  const category = categoryOfMcc(trade.mcc) ?? 'general';
  const list = LIST_RATE[category];
  // Most merchants sit at or a little below the list rate; capped plans for big-ticket trades.
  const capped = trade.capped === true && r.next() < 0.6;
  const cap = capped ? (category === 'wholesale' ? 26 : r.pick([26, 30, 35, 40])) : null;
  const discount = Math.round(r.next() * r.next() * 20) / 10_000; // 0–0.2%
  const rate = Math.max(0.0025, Math.round((list - discount) * 10_000) / 10_000);
  const days = Math.floor(365 * (1 + r.next() * 7));
  const onboardedOn =
    r.next() < 0.04 ? addDays(today, -Math.floor(15 + r.next() * 90)) : addDays(today, -days);
  const fateDraw = r.next();
  return {
    index,
    mid: `898${branch.area}${String(index).padStart(8, '0')}`,
    name: `${branch.name.slice(0, 2)}${r.pick(branch.districts)}${r.pick(WORDS)}${r.pick(trade.suffixes)}`,
    mcc: trade.mcc,
    category,
    feePlan: capped ? 'capped' : 'rate',
    rate,
    cap,
    branch,
    manager: `am_${branch.pinyin}_${1 + Math.floor(r.next() * managersPerBranch(branch))}`,
    onboardedOn,
    contactName: `${r.pick(SURNAMES)}${r.pick(GIVEN)}`,
    contactMobile: `1${r.pick(['3', '5', '8', '9'])}${String(Math.floor(r.next() * 1e9)).padStart(9, '0')}`,
    // Heavy tail: log-normal monthly volume, scaled by the trade's ticket size.
    monthlyVolume: r.logNormal(Math.log(60_000), 1.25) * (trade.ticket > 1000 ? 3 : 1),
    ticket: trade.ticket,
    activeDays: 0.35 + 0.6 * r.next(),
    fate: fateDraw < 0.03 ? 'declining' : fateDraw < 0.05 ? 'dormant' : 'steady',
    stopsDaysBeforeEnd: Math.floor(35 + r.next() * 85),
  };
}

const csv = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Month factor: Spring Festival (February) and 11.11 (November). */
function season(category: CategoryCode, month: number): number {
  if (month === 2) return category === 'dining' || category === 'livelihood' ? 1.25 : 0.75;
  if (month === 11 && category === 'general') return 1.3;
  if (month === 12 || month === 1) return 1.1;
  return 1;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The settlement rows of one merchant for one day, or null when it did not trade. */
function dayRow(
  m: DemoMerchant,
  date: string,
  daysToEnd: number,
  totalDays: number,
  r: ReturnType<typeof prng>,
): string | null {
  if (date < m.onboardedOn) return null;
  if (m.fate === 'dormant' && daysToEnd < m.stopsDaysBeforeEnd) return null;
  if (r.next() > m.activeDays) return null;
  const d = new Date(`${date}T00:00:00Z`);
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6 ? 1.2 : 0.95;
  const decline = m.fate === 'declining' ? 0.3 + 0.7 * (daysToEnd / totalDays) : 1;
  const mean =
    ((m.monthlyVolume / 30) * season(m.category, d.getUTCMonth() + 1) * weekend * decline) / m.activeDays;
  const amountFen = Math.max(100, Math.round(mean * (0.6 + 0.8 * r.next()) * 100));
  const count = Math.max(1, Math.round(amountFen / 100 / (m.ticket * (0.7 + 0.6 * r.next()))));
  // Capped plans: transactions whose fee would pass the cap pay the cap.
  let cappedCount = 0;
  let cappedFen = 0;
  if (m.cap !== null) {
    const threshold = m.cap / m.rate; // yuan
    const share = Math.min(0.9, Math.max(0, (m.ticket - threshold * 0.5) / (m.ticket + threshold)));
    cappedCount = Math.min(count, Math.round(count * share));
    cappedFen =
      cappedCount === count
        ? amountFen
        : Math.min(amountFen, Math.round(cappedCount * threshold * 1.4 * 100));
    if (cappedCount > 0 && cappedFen === 0) cappedCount = 0;
  }
  const openFen = amountFen - cappedFen;
  const merchantFee = Math.round(openFen * m.rate) + cappedCount * (m.cap ?? 0) * 100;
  // 2016 reform: issuer 0.35% capped ¥13 (debit) or 0.45% (credit), about 60/40; network 0.065% capped ¥6.5.
  const issuer =
    Math.round(openFen * 0.0039) + Math.round(cappedCount * 13 * 100 * 0.6 + cappedFen * 0.0045 * 0.4);
  const network = Math.min(Math.round(amountFen * 0.00065), count * 650);
  const fee = Math.min(merchantFee, amountFen);
  const iss = Math.min(issuer, amountFen - network);
  return [
    date,
    m.mid,
    count,
    yuan(amountFen),
    cappedCount,
    yuan(cappedFen),
    yuan(fee),
    yuan(iss),
    yuan(network),
  ].join(',');
}

async function writeLines(path: string, header: string, lines: Iterable<string | null>): Promise<number> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let n = 0;
  let buf = '';
  for (const l of lines) {
    if (l === null) continue;
    buf += `${l}\n`;
    n++;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.write(buf);
  out.end();
  await once(out, 'finish');
  return n;
}

/** Writes merchants.csv and settlements.csv (last `months` months, ending yesterday) into `dir`. */
export async function writeDemoCsv(
  dir: string,
  opts: { merchants: number; months: number; today: string; seed?: number },
) {
  const seed = opts.seed ?? 2026;
  const merchants = Array.from({ length: opts.merchants }, (_, i) => demoMerchant(i + 1, seed, opts.today));
  const merchantsFile = join(dir, 'merchants.csv');
  await writeLines(
    merchantsFile,
    'mid,name,mcc,category,fee_plan,rate,cap,branch,manager,onboarded_on,contact_name,contact_mobile',
    merchants.map((m) =>
      [
        m.mid,
        m.name,
        m.mcc,
        m.category,
        m.feePlan,
        m.rate.toFixed(4),
        m.cap ?? '',
        m.branch.name,
        m.manager,
        m.onboardedOn,
        m.contactName,
        m.contactMobile,
      ]
        .map(csv)
        .join(','),
    ),
  );
  const end = addDays(opts.today, -1);
  const first = `${addDays(`${opts.today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const d0 = new Date(`${first}T00:00:00Z`);
  d0.setUTCMonth(d0.getUTCMonth() - (opts.months - 1));
  const start = d0.toISOString().slice(0, 10);
  const totalDays = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  const settlementsFile = join(dir, 'settlements.csv');
  function* rows() {
    for (let day = 0; day < totalDays; day++) {
      const date = addDays(start, day);
      const r = prng(seed * 31 + day);
      for (const m of merchants) yield dayRow(m, date, totalDays - 1 - day, totalDays, r);
    }
  }
  const settlementRows = await writeLines(
    settlementsFile,
    'settle_date,mid,txn_count,txn_amount,capped_count,capped_amount,merchant_fee,issuer_fee,network_fee',
    rows(),
  );
  return { merchantsFile, settlementsFile, merchantCount: merchants.length, settlementRows };
}
