import { describe, expect, it } from 'vitest';
import { epochToLocal, localToEpoch, timeZoneGroups } from './time-zones';

describe('wall-clock times in a time zone', () => {
  it('reads a datetime-local text as a time of the zone, summer time included', () => {
    expect(localToEpoch('2026-03-10T09:00', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 10, 8, 0));
    expect(localToEpoch('2026-07-01T09:00', 'Europe/Paris')).toBe(Date.UTC(2026, 6, 1, 7, 0));
    expect(localToEpoch('2026-07-01T09:00', 'America/New_York')).toBe(Date.UTC(2026, 6, 1, 13, 0));
  });

  it('gives NaN for text that is no date', () => {
    expect(localToEpoch('', 'Europe/Paris')).toBeNaN();
    expect(localToEpoch('10/03/2026 09:00', 'Europe/Paris')).toBeNaN();
  });

  it('writes an instant back as the same wall-clock text', () => {
    const epoch = Date.UTC(2026, 9, 20, 0, 30);
    for (const zone of ['Europe/Paris', 'Asia/Singapore', 'UTC']) {
      expect(localToEpoch(epochToLocal(epoch, zone), zone)).toBe(epoch);
    }
    expect(epochToLocal(Date.UTC(2026, 2, 10, 8, 0), 'Europe/Paris')).toBe('2026-03-10T09:00');
  });
});

describe('time zones offered', () => {
  it('puts the current zone first, then common ones, and never lists a zone twice', () => {
    const { common, others } = timeZoneGroups('Asia/Tokyo');
    expect(common[0]).toBe('Asia/Tokyo');
    expect(common).toContain('Europe/Paris');
    expect(new Set(common).size).toBe(common.length);
    expect(others.filter((zone) => common.includes(zone))).toEqual([]);
  });
});
