// The service desk's rules (docs/domain.md §4): complaints and feedback with their SLA clocks and
// escalation, POS fault tickets with response and repair times. Pure functions; the server stores.

export const COMPLAINT_KINDS = ['complaint', 'feedback'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_CHANNELS = [
  'phone',
  'visit',
  'wechat',
  'email',
  'letter',
  'hotline',
  'other',
] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CATEGORIES = [
  'settlement_delay',
  'terminal_fault',
  'fee_dispute',
  'service_attitude',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_ACTIONS = ['respond', 'resolve', 'close', 'reopen'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/**
 * The complaint lifecycle: a first response moves an open complaint into progress; resolving
 * may come straight from open (the response and the fix in one call); the merchant's
 * satisfaction closes it; an unsatisfied merchant reopens a resolved one.
 */
const COMPLAINT_MOVES: Record<ComplaintAction, { from: readonly ComplaintStatus[]; to: ComplaintStatus }> = {
  respond: { from: ['open'], to: 'in_progress' },
  resolve: { from: ['open', 'in_progress'], to: 'resolved' },
  close: { from: ['resolved'], to: 'closed' },
  reopen: { from: ['resolved'], to: 'in_progress' },
};

/** Where `action` takes a complaint in `status`, or an explanation of why it cannot. */
export function complaintMove(
  status: ComplaintStatus,
  action: ComplaintAction,
): { ok: true; to: ComplaintStatus } | { ok: false; reason: string } {
  const move = COMPLAINT_MOVES[action];
  if (move.from.includes(status)) return { ok: true, to: move.to };
  return {
    ok: false,
    reason: `cannot ${action} a complaint that is ${status} (only when ${move.from.join(' or ')})`,
  };
}

export const FAULT_STATUSES = ['open', 'assigned', 'on_site', 'fixed', 'closed'] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

/**
 * The fault ticket's lifecycle: assigned to an engineer, on site, fixed, closed once the merchant
 * confirms. A remote fix goes from assigned straight to fixed; a ticket may be re-assigned until it
 * is fixed. A fixed ticket offers only two moves: closed (the merchant confirms) or reopened — back
 * to assigned, because a fix that did not hold needs an engineer again, who decides whether to go on
 * site or fix it remotely.
 *
 * | from     | to                           |
 * |----------|------------------------------|
 * | open     | assigned                     |
 * | assigned | assigned, on_site, fixed     |
 * | on_site  | assigned, fixed              |
 * | fixed    | closed, assigned (reopen)    |
 * | closed   | —                            |
 */
const FAULT_MOVES: Record<FaultStatus, readonly FaultStatus[]> = {
  open: ['assigned'],
  assigned: ['assigned', 'on_site', 'fixed'],
  on_site: ['assigned', 'fixed'],
  fixed: ['closed', 'assigned'],
  closed: [],
};

/** Whether moving `from` → `to` reopens a fixed ticket (the fix did not hold). */
export const isFaultReopen = (from: FaultStatus, to: FaultStatus) => from === 'fixed' && to === 'assigned';

/** Whether a fault ticket may move `from` → `to`, or an explanation of why not. */
export function faultMove(from: FaultStatus, to: FaultStatus): { ok: true } | { ok: false; reason: string } {
  if (FAULT_MOVES[from].includes(to)) return { ok: true };
  const allowed = FAULT_MOVES[from];
  return {
    ok: false,
    reason: allowed.length
      ? `a ${from} ticket can move to ${allowed.join(' or ')}, not ${to}`
      : `a ${from} ticket cannot change any more`,
  };
}

export interface SlaHours {
  responseHours: number;
  resolutionHours: number;
}

/** Our defaults (docs/domain.md §4): complaints answered in 24 h, resolved in 72 h; faults 4 h / 24 h. */
export const DEFAULT_SLA: Record<'complaint' | 'feedback' | 'fault', SlaHours> = {
  complaint: { responseHours: 24, resolutionHours: 72 },
  feedback: { responseHours: 24, resolutionHours: 72 },
  fault: { responseHours: 4, resolutionHours: 24 },
};

export const SLA_LIMITS = { responseHours: [1, 720], resolutionHours: [1, 2160] } as const;

/** Problems with an SLA policy, by field; empty when it is sound. */
export function slaProblems(p: SlaHours): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const field of ['responseHours', 'resolutionHours'] as const) {
    const [lo, hi] = SLA_LIMITS[field];
    const v = p[field];
    if (!Number.isInteger(v) || v < lo || v > hi)
      out.push({ field, message: `whole hours between ${lo} and ${hi}` });
  }
  if (!out.length && p.resolutionHours < p.responseHours)
    out.push({ field: 'resolutionHours', message: 'cannot be shorter than the response time' });
  return out;
}

const HOUR = 3_600_000;

/** The clock's deadline: calendar hours after the start (the desk answers around the clock). */
export const dueAt = (start: Date, hours: number) => new Date(start.getTime() + hours * HOUR);

export type SlaState = 'RUNNING' | 'MET' | 'BREACHED';

export interface SlaClock {
  state: SlaState;
  /** Minutes left while running (negative once past due), null once stopped. */
  minutesLeft: number | null;
  /** Minutes from start to stop, null while running. */
  minutesTaken: number | null;
}

/**
 * One SLA clock: it runs from `start` until `stoppedAt`; met when stopped by the deadline,
 * breached when stopped after it or still running past it.
 */
export function slaClock(start: Date, due: Date, stoppedAt: Date | null, now: Date): SlaClock {
  if (stoppedAt) {
    return {
      state: stoppedAt.getTime() <= due.getTime() ? 'MET' : 'BREACHED',
      minutesLeft: null,
      minutesTaken: Math.round((stoppedAt.getTime() - start.getTime()) / 60_000),
    };
  }
  const left = Math.floor((due.getTime() - now.getTime()) / 60_000);
  return {
    state: now.getTime() > due.getTime() ? 'BREACHED' : 'RUNNING',
    minutesLeft: left,
    minutesTaken: null,
  };
}

/** How the boards can be sorted: by urgency (the default) or newest first (received or reported). */
export const DESK_ORDERS = ['urgency', 'newest'] as const;
export type DeskOrder = (typeof DESK_ORDERS)[number];

/** A case's clocks as the urgency order reads them. */
export interface CaseClocks {
  /** Both clocks have stopped: resolved or closed (a complaint), fixed or closed (a fault ticket). */
  stopped: boolean;
  /** The response clock has stopped: first response (complaint), on site or fixed (fault ticket). */
  responded: boolean;
  responseDueAt: Date;
  resolutionDueAt: Date;
}

/**
 * The urgency order of the boards (ours): cases with a running clock first, by the deadline of the
 * clock that runs next — the response until responded, then the resolution (repair) — earliest
 * first, so the most overdue come first and then the least time left; stopped cases last. Sorting
 * by the deadline is sorting by time left without depending on the clock, so a page's cursor holds.
 * The key is [stopped ? 1 : 0, deadline in ms]; the server's SQL holds the same rule (tested).
 */
export function urgencyKey(c: CaseClocks): [0 | 1, number] {
  const due = c.stopped || c.responded ? c.resolutionDueAt : c.responseDueAt;
  return [c.stopped ? 1 : 0, due.getTime()];
}

/** Compares two cases by urgency (most urgent first); ties are left to the caller (by id). */
export function compareUrgency(a: CaseClocks, b: CaseClocks): number {
  const [ka, kb] = [urgencyKey(a), urgencyKey(b)];
  return ka[0] - kb[0] || ka[1] - kb[1];
}

/**
 * Escalation (ours): level 1 — the branch manager — once the first response is late; level 2 —
 * head office — once the resolution is late. Levels only go up; a resolved complaint escalates
 * no further.
 */
export function escalationLevel(
  c: { responseDueAt: Date; resolutionDueAt: Date; firstResponseAt: Date | null; resolvedAt: Date | null },
  now: Date,
): 0 | 1 | 2 {
  if (c.resolvedAt) return 0;
  if (now.getTime() > c.resolutionDueAt.getTime()) return 2;
  if (!c.firstResponseAt && now.getTime() > c.responseDueAt.getTime()) return 1;
  return 0;
}

export const ESCALATION_TARGETS = { 1: 'branch_manager', 2: 'head_office' } as const;

/** A terminal id (TID): eight letters or digits, as the acquirer's switch assigns them. */
export const isTid = (s: string) => /^[0-9A-Z]{8}$/.test(s);

export const SATISFACTION = [1, 2, 3, 4, 5] as const;
