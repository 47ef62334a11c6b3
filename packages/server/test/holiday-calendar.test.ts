import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

// The holiday calendar (issue 24): a year's greeting holidays dated at once by an administrator,
// read by whoever runs greeting campaigns.

const READ = `query($y: Int!) { holidayCalendar(year: $y) { year entries { holiday date offFrom offTo } } }`;
const SET = `mutation($y: Int!, $e: [HolidayDateInput!]!) {
  setHolidayCalendar(year: $y, entries: $e) { year entries { holiday date offFrom offTo } } }`;

interface Entry {
  holiday: string;
  date: string;
  offFrom: string | null;
  offTo: string | null;
}

const Y2028: Entry[] = [
  { holiday: 'SPRING_FESTIVAL', date: '2028-01-26', offFrom: '2028-01-25', offTo: '2028-02-01' },
  { holiday: 'LANTERN', date: '2028-02-09', offFrom: null, offTo: null },
  { holiday: 'DRAGON_BOAT', date: '2028-05-28', offFrom: null, offTo: null },
  { holiday: 'MID_AUTUMN', date: '2028-10-03', offFrom: null, offTo: null },
  { holiday: 'NATIONAL_DAY', date: '2028-10-01', offFrom: '2028-10-01', offTo: '2028-10-07' },
];

describe('the holiday calendar', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let admin: string;
  let manager: string;
  let analyst: string;
  const stored = () =>
    orm.em.fork().getConnection().execute('select * from holiday_date order by year, holiday');
  const read = async (year: number, token = admin) => {
    const r = await server.gql<{ holidayCalendar: { year: number; entries: Entry[] } }>(
      READ,
      { y: year },
      token,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.holidayCalendar;
  };

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'am', 'account_manager', '延安分公司');
    await seedUser(orm, 'an', 'analyst');
    server = await startServer(orm);
    admin = await server.login('admin');
    manager = await server.login('am');
    analyst = await server.login('an');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('holds 2026 and 2027 from the start, in the order of the year, for those who run campaigns', async () => {
    const y2026 = await read(2026, manager);
    expect(y2026.entries.map((e) => [e.holiday, e.date])).toEqual([
      ['SPRING_FESTIVAL', '2026-02-17'],
      ['LANTERN', '2026-03-03'],
      ['DRAGON_BOAT', '2026-06-19'],
      ['MID_AUTUMN', '2026-09-25'],
      ['NATIONAL_DAY', '2026-10-01'],
    ]);
    expect((await read(2027)).entries.map((e) => e.date)).toEqual([
      '2027-02-06',
      '2027-02-20',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
    ]);
    expect(await read(2028)).toEqual({ year: 2028, entries: [] });
    const r = await server.gql(READ, { y: 2026 }, analyst);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('enters a year at once, replacing what the year had, and audits it', async () => {
    const set = await server.gql<{ setHolidayCalendar: { entries: Entry[] } }>(
      SET,
      { y: 2028, e: Y2028 },
      admin,
    );
    expect(set.errors).toBeUndefined();
    // By date: 国庆 (1 October) before 中秋 (3 October) in 2028.
    expect(set.data!.setHolidayCalendar.entries.map((e) => e.holiday)).toEqual([
      'SPRING_FESTIVAL',
      'LANTERN',
      'DRAGON_BOAT',
      'NATIONAL_DAY',
      'MID_AUTUMN',
    ]);
    expect((await read(2028)).entries[0]).toEqual(Y2028[0]);
    await server.gql(SET, { y: 2028, e: Y2028.slice(0, 2) }, admin);
    expect((await read(2028)).entries).toHaveLength(2);
    expect((await read(2026)).entries).toHaveLength(5);
    const audit = await orm.em
      .fork()
      .getConnection()
      .execute(
        `select outcome from audit_log where action = 'mutation:setHolidayCalendar' and actor = 'admin'`,
      );
    expect(audit).toEqual([{ outcome: 'ok' }, { outcome: 'ok' }]);
  });

  it('refuses a holiday twice, a date outside the year or its season, days off missing the day; writes nothing', async () => {
    const before = await stored();
    const r = await server.gql(
      SET,
      {
        y: 2029,
        e: [
          { holiday: 'SPRING_FESTIVAL', date: '2029-02-13', offFrom: '2029-02-14', offTo: '2029-02-20' },
          { holiday: 'LANTERN', date: '2030-02-27' },
          { holiday: 'DRAGON_BOAT', date: '2029-07-16' },
          { holiday: 'LANTERN', date: '2029-02-27' },
          { holiday: 'MID_AUTUMN', date: '2029-09-22', offFrom: '2029-09-22' },
        ],
      },
      admin,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0]!.extensions!.fields as { field: string; code: string }[];
    expect(fields.map((f) => [f.field, f.code])).toEqual([
      ['entries.0.offFrom', 'holiday.offMissesDate'],
      ['entries.1.date', 'holiday.outsideYear'],
      ['entries.2.date', 'holiday.outsideSeason'],
      ['entries.3.holiday', 'holiday.twice'],
      ['entries.4.offTo', 'holiday.offIncomplete'],
    ]);
    expect(await stored()).toEqual(before);
  });

  it('lets only administrators enter dates', async () => {
    const before = await stored();
    const r = await server.gql(SET, { y: 2026, e: [] }, manager);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
  });
});
