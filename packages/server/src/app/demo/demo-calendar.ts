import { daysBetween } from '@cornerstone/shared/period/period';
import type { DemoCategory } from './demo-trades.ts';

// Chinese New Year (春节) by Gregorian year.
const SPRING_FESTIVAL: Record<number, string> = {
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
  2036: '01-28',
  2037: '02-15',
  2038: '02-04',
  2039: '01-24',
  2040: '02-12',
};

/** Days from the nearest Spring Festival to `date` (negative before it). */
function springFestivalOffset(date: string): number {
  const y = Number(date.slice(0, 4));
  let best = Number.POSITIVE_INFINITY;
  for (const year of [y - 1, y, y + 1]) {
    const sf = `${String(year).padStart(4, '0')}-${SPRING_FESTIVAL[year] ?? '02-05'}`;
    const d = daysBetween(sf, date);
    if (Math.abs(d) < Math.abs(best)) best = d;
  }
  return best;
}

// Weekly pattern, Sunday first.
const WEEKLY: Record<DemoCategory, readonly number[]> = {
  general: [1.3, 0.85, 0.85, 0.9, 0.9, 1.05, 1.35],
  dining: [1.25, 0.8, 0.85, 0.9, 0.95, 1.2, 1.35],
  livelihood: [1.15, 0.95, 0.95, 0.95, 0.95, 1.0, 1.15],
  wholesale: [0.45, 1.1, 1.15, 1.15, 1.15, 1.1, 0.8],
  auto_realty: [1.3, 0.8, 0.8, 0.85, 0.85, 1.0, 1.4],
};

/** Calendar factor of one category on one day: weekday, Spring Festival, Golden Week, 11.11, year end. */
export function calendarFactor(category: DemoCategory, date: string, weekday: number): number {
  let f = WEEKLY[category][weekday]!;
  const sf = springFestivalOffset(date);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Spring Festival: banquets and 年货 before it, shops and markets closed during it.
  if (sf >= -25 && sf <= 15) {
    const before = sf < 0 && sf >= -20;
    const during = sf >= 0 && sf <= 6;
    const after = sf >= 7 && sf <= 15; // until 元宵
    if (category === 'dining') f *= before ? 1.35 : during ? 1.6 : after ? 1.15 : 1;
    else if (category === 'livelihood') f *= before ? 1.45 : during ? 1.05 : 1;
    else if (category === 'general') f *= sf < -8 ? 1.1 : sf <= 6 ? 0.5 : after ? 0.8 : 1;
    else if (category === 'wholesale') f *= sf < -12 ? 1.1 : sf <= 9 ? 0.3 : after ? 0.75 : 1;
    else f *= sf >= -5 && sf <= 6 ? 0.35 : after ? 0.8 : 1;
  }
  // National Day Golden Week (国庆).
  if (month === 10 && day <= 7) {
    if (category === 'dining') f *= 1.35;
    else if (category === 'general' || category === 'auto_realty') f *= 1.2;
    else if (category === 'wholesale') f *= 0.55;
  }
  // 11.11: the shopping festival lifts November for general retail, 11 November most.
  if (month === 11 && category === 'general') f *= day === 11 ? 2 : day <= 12 ? 1.3 : 1.12;
  if (month === 12 && (category === 'general' || category === 'dining')) f *= 1.08;
  if ((month === 7 || month === 8) && category === 'dining') f *= 1.06;
  return f;
}
