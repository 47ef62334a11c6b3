/** Characters of a message and the SMS it takes: 70 in one, 67 per part when split. */
export function smsCount(text: string): { chars: number; parts: number } {
  const chars = [...text].length;
  return { chars, parts: chars === 0 ? 0 : chars <= 70 ? 1 : Math.ceil(chars / 67) };
}

/** The year a holiday campaign is most likely for: next year's Spring and Lantern festivals late in the year. */
export function defaultCampaignYear(holiday: string, today: Date): number {
  const year = today.getFullYear();
  const early = holiday === 'SPRING_FESTIVAL' || holiday === 'LANTERN';
  return early && today.getMonth() >= 2 ? year + 1 : year;
}
