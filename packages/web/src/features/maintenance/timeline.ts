import { parseChanges } from '../../lib/changes.ts';

export interface TimelineEventLike {
  type: string;
  kind: string;
  summary: string;
  superseded: boolean;
}

export interface TimelineLine {
  /** What happened, e.g. "拜访" or "分级变化". */
  title: string;
  /** The detail line, translated where the server sends codes. */
  detail: string;
  /** antd Timeline dot colour. */
  color: string;
}

type Translate = (prefix: string, value: string) => string;

const OUTCOME_COLORS: Record<string, string> = {
  reached: 'green',
  issue_found: 'orange',
  unreachable: 'gray',
  rescheduled: 'gray',
};

/**
 * One event of the merchant's timeline as a title and a detail line. The server's summaries carry
 * codes (outcome, tiers, change JSON); these are shown in the user's language.
 */
export function describeEvent(e: TimelineEventLike, tc: Translate): TimelineLine {
  switch (e.type) {
    case 'INTERACTION': {
      const cut = e.summary.indexOf(' · ');
      const outcome = cut < 0 ? e.summary : e.summary.slice(0, cut);
      const notes = cut < 0 ? '' : e.summary.slice(cut + 3);
      return {
        title: tc('interactionKind', e.kind),
        detail: [tc('outcome', outcome), notes].filter(Boolean).join(' · '),
        color: e.superseded ? 'gray' : (OUTCOME_COLORS[outcome] ?? 'blue'),
      };
    }
    case 'TIER': {
      const m = /^(\S+) → (\S+) \((.+)\)$/.exec(e.summary);
      const tier = (code: string) => (code === '-' ? '–' : tc('tier', code));
      return {
        title: tc('timelineType', 'TIER'),
        detail: m ? `${tier(m[1]!)} → ${tier(m[2]!)} (${m[3]})` : e.summary,
        color: 'purple',
      };
    }
    case 'STATUS': {
      const rows = parseChanges(e.summary);
      const detail = rows
        .map((r) => {
          const value = (v: string) => (r.field === 'status' ? tc('status', v) : v);
          const from = r.from && r.from !== '–' ? `${value(r.from)} → ` : '';
          return `${r.field ? `${r.field}: ` : ''}${from}${value(r.to)}`;
        })
        .join('; ');
      return { title: tc('changeKind', e.kind), detail, color: 'blue' };
    }
    case 'POINTS': {
      // summary "points → balance after · reason": the change signed, then the balance, named.
      const m = /^(-?\d+) → (-?\d+)(?: · (.*))?$/.exec(e.summary);
      if (!m) return { title: tc('pointsKind', e.kind), detail: e.summary, color: 'gold' };
      const n = Number(m[1]);
      const detail = [
        `${n > 0 ? '+' : ''}${n} ${tc('pointsWord', 'points')}`,
        `${tc('pointsWord', 'balance')} ${m[2]}`,
        ...(m[3] ? [m[3]] : []),
      ].join(' · ');
      return { title: tc('pointsKind', e.kind), detail, color: 'gold' };
    }
    case 'COMPLAINT': {
      // kind "complaint:fee_dispute", summary "resolved · what the merchant reported".
      const [kind = '', category = ''] = e.kind.split(':');
      const cut = e.summary.indexOf(' · ');
      const status = cut < 0 ? '' : e.summary.slice(0, cut);
      const text = cut < 0 ? e.summary : e.summary.slice(cut + 3);
      return {
        title: [
          tc('timelineType', 'COMPLAINT'),
          [
            tc('complaintKind', kind.toUpperCase()),
            category && tc('complaintCategory', category.toUpperCase()),
          ]
            .filter(Boolean)
            .join(' / '),
        ].join(' · '),
        detail: [status && tc('complaintStatus', status.toUpperCase()), text].filter(Boolean).join(' · '),
        color: 'red',
      };
    }
    case 'FAULT':
      return {
        title: `${tc('timelineType', 'FAULT')} · ${tc('faultStatus', e.kind.toUpperCase())}`,
        detail: e.summary,
        color: 'red',
      };
    default:
      return { title: tc('timelineType', e.type), detail: e.summary, color: 'blue' };
  }
}
