// The time zones the season form offers: a few common ones first (with the browser's own and
// the season's), then every zone the browser knows.
const COMMON_TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Zurich',
  'Europe/London',
  'Europe/Berlin',
  'America/Montreal',
  'America/New_York',
  'Africa/Casablanca',
  'Asia/Singapore',
  'UTC',
];

export function timeZoneGroups(current: string): { common: string[]; others: string[] } {
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const common = [...new Set([current, browser, ...COMMON_TIME_ZONES].filter(Boolean))];
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const others = all.filter((zone) => !common.includes(zone));
  return { common, others };
}
