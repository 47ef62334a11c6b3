import { chineseName } from './demo-names.ts';
import { hashSeed, Rng } from './demo-random.ts';

/** A demo branch (分公司) of the Shaanxi acquirer. */
export interface DemoBranch {
  /** Branch name as stored and shown (`西安分公司`). */
  readonly name: string;
  /** City, the first part of merchant names. */
  readonly city: string;
  /** ASCII pinyin used in logins (`bm_xian`). */
  readonly pinyin: string;
  /** Region: 关中, 陕北 or 陕南. */
  readonly region: '关中' | '陕北' | '陕南';
  /** 4-digit UnionPay area code, digits 4–7 of the MID. */
  readonly areaCode: string;
  /** Relative share of merchants. */
  readonly weight: number;
  /** Relative merchant volume (provincial capital busier, the south quieter). */
  readonly volumeScale: number;
  readonly districts: readonly string[];
}

/** Shaanxi branches with their regions, weighted by size (西安 largest). */
export const DEMO_BRANCHES: readonly DemoBranch[] = [
  {
    name: '西安分公司',
    city: '西安',
    pinyin: 'xian',
    region: '关中',
    areaCode: '7910',
    weight: 34,
    volumeScale: 1.25,
    districts: ['雁塔区', '碑林区', '未央区', '莲湖区', '新城区', '灞桥区', '曲江新区', '高新区', '长安区'],
  },
  {
    name: '咸阳分公司',
    city: '咸阳',
    pinyin: 'xianyang',
    region: '关中',
    areaCode: '7950',
    weight: 10,
    volumeScale: 1,
    districts: ['秦都区', '渭城区', '兴平市', '三原县', '泾阳县'],
  },
  {
    name: '宝鸡分公司',
    city: '宝鸡',
    pinyin: 'baoji',
    region: '关中',
    areaCode: '7930',
    weight: 9,
    volumeScale: 1,
    districts: ['渭滨区', '金台区', '陈仓区', '岐山县', '凤翔区'],
  },
  {
    name: '渭南分公司',
    city: '渭南',
    pinyin: 'weinan',
    region: '关中',
    areaCode: '7970',
    weight: 8,
    volumeScale: 0.95,
    districts: ['临渭区', '华州区', '韩城市', '蒲城县', '大荔县'],
  },
  {
    name: '榆林分公司',
    city: '榆林',
    pinyin: 'yulin',
    region: '陕北',
    areaCode: '8060',
    weight: 9,
    volumeScale: 1.1,
    districts: ['榆阳区', '神木市', '府谷县', '靖边县', '定边县'],
  },
  {
    name: '汉中分公司',
    city: '汉中',
    pinyin: 'hanzhong',
    region: '陕南',
    areaCode: '7990',
    weight: 7,
    volumeScale: 0.9,
    districts: ['汉台区', '南郑区', '城固县', '勉县', '洋县'],
  },
  {
    name: '延安分公司',
    city: '延安',
    pinyin: 'yanan',
    region: '陕北',
    areaCode: '8040',
    weight: 6,
    volumeScale: 0.95,
    districts: ['宝塔区', '安塞区', '延长县', '洛川县'],
  },
  {
    name: '安康分公司',
    city: '安康',
    pinyin: 'ankang',
    region: '陕南',
    areaCode: '8010',
    weight: 5,
    volumeScale: 0.85,
    districts: ['汉滨区', '旬阳市', '平利县', '紫阳县'],
  },
  {
    name: '商洛分公司',
    city: '商洛',
    pinyin: 'shangluo',
    region: '陕南',
    areaCode: '8030',
    weight: 4,
    volumeScale: 0.8,
    districts: ['商州区', '洛南县', '丹凤县', '山阳县'],
  },
  {
    name: '铜川分公司',
    city: '铜川',
    pinyin: 'tongchuan',
    region: '关中',
    areaCode: '7920',
    weight: 4,
    volumeScale: 0.85,
    districts: ['王益区', '印台区', '耀州区'],
  },
];

/** The password of every demo user (shown by `start` and `cornerstone demo`; change it in production). */
export const DEMO_PASSWORD = 'cornerstone-demo';

/** Roles of the contract's `user add --role`. */
export type DemoRole = 'admin' | 'analyst' | 'branch_manager' | 'operations' | 'account_manager';

/** A demo user; `branch` is null for the company-wide roles. */
export interface DemoUser {
  login: string;
  displayName: string;
  role: DemoRole;
  branch: string | null;
}

/** Account managers per branch: 4 for the largest branch, 3 for mid-sized, 2 for small ones. */
export function accountManagerCount(b: DemoBranch): number {
  return b.weight >= 20 ? 4 : b.weight >= 8 ? 3 : 2;
}

/**
 * Demo users: `admin`, `analyst`, and per branch a branch manager `bm_<pinyin>`, an operations user
 * `ops_<pinyin>` and 2–4 account managers `am_<pinyin>_<n>` by branch size. All logins are ASCII;
 * display names are Chinese. The password of each is {@link DEMO_PASSWORD}.
 */
export function demoUsers(): DemoUser[] {
  const r = new Rng(hashSeed(20_160_906, 1));
  const users: DemoUser[] = [
    { login: 'admin', displayName: chineseName(r), role: 'admin', branch: null },
    { login: 'analyst', displayName: chineseName(r), role: 'analyst', branch: null },
  ];
  for (const b of DEMO_BRANCHES) {
    users.push({
      login: `bm_${b.pinyin}`,
      displayName: chineseName(r),
      role: 'branch_manager',
      branch: b.name,
    });
    users.push({ login: `ops_${b.pinyin}`, displayName: chineseName(r), role: 'operations', branch: b.name });
    for (let i = 1; i <= accountManagerCount(b); i++) {
      users.push({
        login: `am_${b.pinyin}_${i}`,
        displayName: chineseName(r),
        role: 'account_manager',
        branch: b.name,
      });
    }
  }
  return users;
}
