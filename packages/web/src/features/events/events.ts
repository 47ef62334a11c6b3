// 客户活动 helpers: the segment an event invites, as text and as the mutation's input.
import type { Dayjs } from 'dayjs';
import type { CustomerEventInput } from '../../gql/graphql.ts';
import { type Lang, translate, translateCode } from '../../lib/i18n.ts';

export const EVENT_KINDS = ['seminar', 'training', 'customer_event', 'club'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Segment {
  tier?: string | null;
  branch?: string | null;
  category?: string | null;
  potential?: boolean | null;
}

/** The event's segment from the JSON the server keeps; an unreadable one is the whole scope. */
export function parseSegment(json: string | null | undefined): Segment {
  if (!json) return {};
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Segment) : {};
  } catch {
    return {};
  }
}

/** "重要客户 · 西安分公司 · 餐娱类 · 有升级潜力", or "全部商户" when nothing narrows it. */
export function segmentLabel(segment: Segment, lang: Lang): string {
  const parts: string[] = [];
  if (segment.tier) parts.push(translateCode(lang, 'tier', segment.tier));
  if (segment.branch) parts.push(segment.branch);
  if (segment.category) parts.push(translateCode(lang, 'category', segment.category));
  if (segment.potential === true) parts.push(translate(lang, 'potentialYes'));
  if (segment.potential === false) parts.push(translate(lang, 'potentialNo'));
  return parts.length ? parts.join(' · ') : translate(lang, 'wholeScope');
}

/** The segment as the mutation takes it: empty choices left out; a club always invites key customers. */
export function segmentInput(
  kind: string,
  v: {
    tier?: string | null;
    branch?: string | null;
    category?: string | null;
    potential?: 'yes' | 'no' | null;
  },
): Segment {
  return {
    tier: kind === 'club' ? 'KEY' : (v.tier ?? null),
    branch: v.branch ?? null,
    category: v.category ?? null,
    potential: v.potential ? v.potential === 'yes' : null,
  };
}

/** Share of the invited who said yes, 0..1; null before anyone is invited. */
export function acceptanceShare(e: { invited: number; accepted: number }): number | null {
  return e.invited > 0 ? e.accepted / e.invited : null;
}

/**
 * The start picked as China time (the app shows every time in Asia/Shanghai, whatever the browser's
 * zone): "2026-12-13T14:00" → "2026-12-13T14:00:00+08:00".
 */
export function chinaTime(wallClock: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(wallClock);
  if (!m) throw new Error(`not a time: ${wallClock}`);
  return `${m[1]}T${m[2]}:${m[3]}:00+08:00`;
}

/** The new-event form's fields, as the server names them in its input problems. */
export const EVENT_FIELDS = [
  'kind',
  'title',
  'startsAt',
  'location',
  'tier',
  'branch',
  'category',
  'potential',
] as const;

export interface EventValues {
  kind: EventKind;
  title: string;
  startsAt: Dayjs;
  location?: string;
  tier?: string;
  branch?: string;
  category?: string;
  potential?: 'yes' | 'no';
}

/** The mutation's input from the form: trimmed text, the start in China time, the segment. */
export function eventInput(v: EventValues): CustomerEventInput {
  return {
    kind: v.kind,
    title: v.title.trim(),
    startsAt: chinaTime(v.startsAt.format('YYYY-MM-DDTHH:mm')),
    location: v.location?.trim() || null,
    segment: segmentInput(v.kind, v),
  };
}
