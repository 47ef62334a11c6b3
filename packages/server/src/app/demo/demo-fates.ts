import { addDays } from '@cornerstone/shared/period/period';
import { hashSeed, Rng } from './demo-random.ts';

/**
 * How a merchant's activity develops: steady, growing or declining over the last months, or
 * leaving — its settlements stop for good on its leaving day (`leavesOn`), whether that falls in the
 * data window or a little after it (then it is still trading at the end, often with warning signs).
 */
export type DemoFate = 'steady' | 'growing' | 'declining' | 'leaving';

/**
 * Warning signs in the `leadDays` before `anchorOn`: a leaver's signs before its leaving day, or a
 * false alarm of a merchant that stays (its dip recovers over `recoverDays` after the anchor).
 * Only what is dated before `today` exists in the data.
 */
export interface DemoSigns {
  /** A leaver's leaving day; for a false alarm, the worst day of the scare. */
  anchorOn: string;
  /** 30–120: the signs begin 1–4 months before the anchor. */
  leadDays: number;
  /** After a false alarm, days for volume and trading days to come back (0 for a leaver). */
  recoverDays: number;
  /** Volume factor reached at the anchor, falling from 1 over the lead; null = no fall. */
  volumeTo: number | null;
  /** Factor on the chance of trading on an open day reached at the anchor (gaps grow); null = none. */
  tradingDaysTo: number | null;
  /** A complaint received this many days before the anchor, some answered past their SLA. */
  complaint: { daysBefore: number; breached: boolean } | null;
  /** A fault ticket on the merchant's first terminal, reported this many days before the anchor. */
  faultDaysBefore: number | null;
  /** A second terminal installed with the first and removed this many days before the anchor. */
  terminalRemovedDaysBefore: number | null;
  /** Kept at the category's list rate: never given the discount most merchants have. */
  noDiscount: boolean;
}

/** A merchant's fate and the randomness behind it (its own stream, so other fields keep theirs). */
export interface DemoFateDraw {
  fate: DemoFate;
  /** First day with no settlement, for good; null unless leaving. */
  leavesOn: string | null;
  signs: DemoSigns | null;
}

// About 17% of the book leaves in a year, at a uniform rate. Leaving days are spread from a year
// before today (older leavers have been cleaned out of the book) to 4 months after it, so a run
// of up to 12 months has leavers throughout (a longer one, in its last year only), and merchants
// about to leave show their signs at the end. Relative to `today`, not to the run's window, so a
// shorter run stays the tail of a longer one.
const LEAVING_PER_YEAR = 0.17;
const LEAVE_FROM = -365;
const LEAVE_TO = 120;
const P_LEAVING = (LEAVING_PER_YEAR * (LEAVE_TO - LEAVE_FROM)) / 365;
/** A leaver must have traded for this long: a merchant onboarded later than that stays. */
const MIN_TENURE_DAYS = 60;
/** Leavers with at least one warning sign; the others just stop. */
const LEAVERS_WITH_SIGNS = 0.6;
/** Merchants who stay but give a scare (a dip, a complaint, a fault) at some time. */
const FALSE_ALARMS = 0.08;

/**
 * The fate of merchant `index`: from (seed, index) alone, relative to `today` and never before
 * `onboardedOn`. `trendDraw` (uniform in [0, 1)) comes from the merchant's main stream and picks
 * the trend of a merchant that stays: 3% declining, 6% growing.
 */
export function drawFate(
  seed: number,
  index: number,
  today: string,
  onboardedOn: string,
  trendDraw: number,
): DemoFateDraw {
  const r = new Rng(hashSeed(seed, index, 3));
  const anchorOn = addDays(today, LEAVE_FROM + r.int(LEAVE_TO - LEAVE_FROM));
  const leaving = r.chance(P_LEAVING) && anchorOn > addDays(onboardedOn, MIN_TENURE_DAYS);
  if (leaving) {
    const signs = r.chance(LEAVERS_WITH_SIGNS) ? leaverSigns(r, anchorOn) : null;
    return { fate: 'leaving', leavesOn: anchorOn, signs };
  }
  const fate: DemoFate = trendDraw < 0.03 ? 'declining' : trendDraw < 0.09 ? 'growing' : 'steady';
  const signs = r.chance(FALSE_ALARMS) ? falseAlarm(r, anchorOn) : null;
  return { fate, leavesOn: null, signs };
}

const leadDays = (r: Rng): number => 30 + r.int(91);
// A dated sign somewhere in the lead, at least a week before the anchor.
const daysIn = (r: Rng, lead: number): number => 7 + r.int(lead - 6);

function anySign(s: DemoSigns): boolean {
  return (
    s.volumeTo !== null ||
    s.tradingDaysTo !== null ||
    s.complaint !== null ||
    s.faultDaysBefore !== null ||
    s.terminalRemovedDaysBefore !== null ||
    s.noDiscount
  );
}

// Signs are independent, so combinations vary; a draw with none is drawn again.
function leaverSigns(r: Rng, anchorOn: string): DemoSigns {
  const lead = leadDays(r);
  for (;;) {
    const s: DemoSigns = {
      anchorOn,
      leadDays: lead,
      recoverDays: 0,
      volumeTo: r.chance(0.45) ? 0.2 + 0.35 * r.next() : null,
      tradingDaysTo: r.chance(0.3) ? 0.35 + 0.3 * r.next() : null,
      complaint: r.chance(0.25) ? { daysBefore: daysIn(r, lead), breached: r.chance(0.5) } : null,
      faultDaysBefore: r.chance(0.15) ? daysIn(r, lead) : null,
      terminalRemovedDaysBefore: r.chance(0.15) ? daysIn(r, lead) : null,
      noDiscount: r.chance(0.25),
    };
    if (anySign(s)) return s;
  }
}

// A scare that passes: a dip that recovers, a complaint (rarely breached), a fault, now and then a
// terminal given back. The fee is left alone: a third of all merchants pay the list rate anyway.
function falseAlarm(r: Rng, anchorOn: string): DemoSigns {
  const lead = leadDays(r);
  for (;;) {
    const s: DemoSigns = {
      anchorOn,
      leadDays: lead,
      recoverDays: 20 + r.int(41),
      volumeTo: r.chance(0.5) ? 0.35 + 0.3 * r.next() : null,
      tradingDaysTo: r.chance(0.15) ? 0.5 + 0.3 * r.next() : null,
      complaint: r.chance(0.45) ? { daysBefore: daysIn(r, lead), breached: r.chance(0.3) } : null,
      faultDaysBefore: r.chance(0.2) ? daysIn(r, lead) : null,
      terminalRemovedDaysBefore: r.chance(0.05) ? daysIn(r, lead) : null,
      noDiscount: false,
    };
    if (anySign(s)) return s;
  }
}

/** The signs that leave a record on the service desk (what SQL cannot derive for itself). */
export interface DemoDeskSign {
  mid: string;
  /** A leaver's leaving day when it is on or before `today`: no new tickets after it. */
  leftOn: string | null;
  complaintOn: string | null;
  complaintBreached: boolean;
  faultOn: string | null;
  terminalRemovedOn: string | null;
}

/**
 * A merchant's service-desk record of its fate, dated from its onboarding to before `today` (a
 * later sign has not happened yet); null when there is nothing to record.
 */
export function deskSign(
  m: { mid: string; onboardedOn: string; leavesOn: string | null; signs: DemoSigns | null },
  today: string,
): DemoDeskSign | null {
  const s = m.signs;
  const before = (days: number | null | undefined): string | null => {
    if (days == null || s === null) return null;
    const on = addDays(s.anchorOn, -days);
    return on < today && on >= m.onboardedOn ? on : null;
  };
  const sign: DemoDeskSign = {
    mid: m.mid,
    leftOn: m.leavesOn !== null && m.leavesOn <= today ? m.leavesOn : null,
    complaintOn: before(s?.complaint?.daysBefore),
    complaintBreached: s?.complaint?.breached ?? false,
    faultOn: before(s?.faultDaysBefore),
    terminalRemovedOn: before(s?.terminalRemovedDaysBefore),
  };
  const any = sign.leftOn ?? sign.complaintOn ?? sign.faultOn ?? sign.terminalRemovedOn;
  return any === null ? null : sign;
}
