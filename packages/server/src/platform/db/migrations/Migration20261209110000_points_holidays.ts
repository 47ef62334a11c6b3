import { Migration } from '@mikro-orm/migrations';

// Hand-written: the points table and the holiday calendar become data (issue 24).
//
// `points_rule` holds every version of the earning table (docs/domain.md §5): a row is valid from
// one date to another (inclusive; open-ended when valid_to is null), and a new version closes the
// rows in force the day before it starts, so the rules an accrual used on any date stay readable.
// It starts with the default table of the shared rules (DEFAULT_POINTS_RULES), valid from
// 2000-01-01, written out here because a migration never changes after it lands; the test
// points-rules.test.ts holds the two equal. Points already posted are never recomputed.
//
// `holiday_date` is the greeting holidays' calendar, a year at a time; 2026 and 2027 are seeded
// from the State Council's published dates (春节, 元宵, 端午 and 中秋 move with the lunar calendar).
const DEFAULT_RULES = [
  // code, category, fee plan, cap (fen), discount below, at least (micros), amount (fen), capped N
  ['dining-rate', 'dining', 'rate', null, null, null, 1_000_000, null],
  ['general-rate-small-discount', 'general', 'rate', null, 800, null, 1_000_000, null],
  ['general-rate-large-discount', 'general', 'rate', null, null, 800, 1_500_000, null],
  ['capped-26', null, 'capped', 2600, null, null, 2_500_000, 15],
  ['capped-30', null, 'capped', 3000, null, null, 2_500_000, 7],
  ['capped-35', null, 'capped', 3500, null, null, 2_500_000, 5],
  ['capped-40', null, 'capped', 4000, null, null, 2_500_000, 3],
  ['livelihood-rate', 'livelihood', 'rate', null, null, null, 6_000_000, null],
] as const;

const HOLIDAYS = [
  [2026, 'spring_festival', '2026-02-17'],
  [2026, 'lantern', '2026-03-03'],
  [2026, 'dragon_boat', '2026-06-19'],
  [2026, 'mid_autumn', '2026-09-25'],
  [2026, 'national_day', '2026-10-01'],
  [2027, 'spring_festival', '2027-02-06'],
  [2027, 'lantern', '2027-02-20'],
  [2027, 'dragon_boat', '2027-06-09'],
  [2027, 'mid_autumn', '2027-09-15'],
  [2027, 'national_day', '2027-10-01'],
] as const;

const lit = (v: string | number | null) => (v === null ? 'null' : typeof v === 'number' ? String(v) : `'${v}'`);

export class Migration20261209110000_points_holidays extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table points_rule (
      id serial primary key,
      code text not null,
      -- The order of the table as entered (rows never overlap, so it decides nothing; it reads well).
      position int not null,
      category_code text null,
      fee_plan text not null check (fee_plan in ('rate', 'capped')),
      cap_fen bigint null check (cap_fen > 0),
      discount_below bigint null,
      discount_at_least bigint null,
      amount_threshold_fen bigint null check (amount_threshold_fen > 0),
      capped_count_n int null check (capped_count_n >= 1),
      valid_from date not null,
      valid_to date null,
      saved_by text not null default 'system',
      saved_at timestamptz not null default now(),
      constraint points_rule_earns check (amount_threshold_fen is not null or capped_count_n is not null),
      constraint points_rule_validity check (valid_to is null or valid_to >= valid_from),
      constraint points_rule_code_unique unique (valid_from, code)
    );`);
    this.addSql(
      `insert into points_rule (code, position, category_code, fee_plan, cap_fen, discount_below, discount_at_least,
         amount_threshold_fen, capped_count_n, valid_from) values ${DEFAULT_RULES.map(
           (r, i) => `(${[r[0], i, ...r.slice(1)].map(lit).join(', ')}, '2000-01-01')`,
         ).join(', ')};`,
    );
    this.addSql(`create table holiday_date (
      year int not null,
      holiday text not null check (holiday in ('spring_festival', 'lantern', 'dragon_boat', 'mid_autumn', 'national_day')),
      date date not null,
      off_from date null,
      off_to date null,
      saved_by text not null default 'system',
      saved_at timestamptz not null default now(),
      primary key (year, holiday),
      constraint holiday_date_in_year check (extract(year from date) = year),
      constraint holiday_date_off check ((off_from is null) = (off_to is null)
        and (off_from is null or (off_from <= date and date <= off_to)))
    );`);
    this.addSql(
      `insert into holiday_date (year, holiday, date) values ${HOLIDAYS.map((h) => `(${h.map(lit).join(', ')})`).join(', ')};`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table holiday_date;');
    this.addSql('drop table points_rule;');
  }
}
