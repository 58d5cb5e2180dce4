import { describe, expect, it } from 'vitest';
import { streakBadgeDay, streakOf } from './streaks';

// 2026-03-02 is a Monday; 2026-03-08 the Sunday of that week.
describe('streakOf', () => {
  it('counts the weeks in a row with an approved action, Monday to Sunday, up to this week', () => {
    const days = ['2026-03-02', '2026-03-08', '2026-03-09', '2026-03-18'];
    // Weeks of 2 March, 9 March and 16 March; today is in the week of 16 March.
    expect(streakOf(days, '2026-03-19').weeks).toBe(3);
    // Sunday 8 and Monday 9 are two weeks: a week starts on Monday.
    expect(streakOf(['2026-03-08', '2026-03-09'], '2026-03-09').weeks).toBe(2);
  });

  it('keeps a streak alive while the current week is not over, and breaks it after a missed week', () => {
    const days = ['2026-03-02', '2026-03-09'];
    // The week of 16 March has nothing yet: the streak of two still stands.
    expect(streakOf(days, '2026-03-22').weeks).toBe(2);
    // The week of 16 March is over and was missed.
    expect(streakOf(days, '2026-03-23').weeks).toBe(0);
  });

  it('counts days the same way: up to today, or yesterday while today has nothing yet', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05'];
    expect(streakOf(days, '2026-03-03').days).toBe(3);
    expect(streakOf(days, '2026-03-04').days).toBe(3);
    expect(streakOf(days, '2026-03-05').days).toBe(1);
    expect(streakOf(days, '2026-03-07').days).toBe(0);
  });

  it('crosses months and years, counts a day once however many actions it has, skips bad dates', () => {
    const days = [
      '2025-12-29',
      '2026-01-05',
      '2026-01-05',
      '2026-01-12',
      'not-a-day',
      '2026-02-30',
    ];
    expect(streakOf(days, '2026-01-13').weeks).toBe(3);
  });

  it('gives the last weeks, oldest first and this week last, for drawing', () => {
    const days = ['2026-03-02', '2026-03-16'];
    expect(streakOf(days, '2026-03-17', 4).recentWeeks).toEqual([false, true, false, true]);
    expect(streakOf([], '2026-03-17', 3).recentWeeks).toEqual([false, false, false]);
    expect(streakOf([], 'soon')).toEqual({ weeks: 0, days: 0, recentWeeks: [] });
  });
});

describe('streakBadgeDay', () => {
  it('is the first day of the week that closes three weeks in a row', () => {
    expect(streakBadgeDay(['2026-03-04', '2026-03-10', '2026-03-20', '2026-03-17'])).toBe(
      '2026-03-17',
    );
    // Sunday 1 March and Monday 2 March are two weeks; Sunday 15 March closes the third.
    expect(streakBadgeDay(['2026-03-01', '2026-03-02', '2026-03-15'])).toBe('2026-03-15');
  });

  it('keeps the first run of three: a later run does not move it', () => {
    const first = ['2026-03-02', '2026-03-09', '2026-03-16'];
    const later = ['2026-04-06', '2026-04-13', '2026-04-20'];
    expect(streakBadgeDay([...later, ...first])).toBe('2026-03-16');
  });

  it('is null without three weeks in a row, across a gap, or for dates it cannot read', () => {
    expect(streakBadgeDay([])).toBeNull();
    expect(streakBadgeDay(['2026-03-02', '2026-03-09', '2026-03-23', '2026-03-30'])).toBeNull();
    expect(streakBadgeDay(['2026-03-02', 'not-a-day', '2026-03-16'])).toBeNull();
  });

  it('crosses the turn of the year on Monday-to-Sunday weeks', () => {
    expect(streakBadgeDay(['2025-12-22', '2025-12-31', '2026-01-05'])).toBe('2026-01-05');
  });
});
