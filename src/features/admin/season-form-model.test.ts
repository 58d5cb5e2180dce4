import { describe, expect, it } from 'vitest';
import { resolveSeason, seasonSettingsSchema } from '../../domain/season';
import {
  customActionId,
  emptyCustomAction,
  emptySeasonValues,
  epochToLocal,
  localToEpoch,
  settingsFromValues,
  slugify,
  valuesFromSeason,
} from './season-form-model';

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

describe('custom action ids', () => {
  it('are "custom-" and the slug of the English title', () => {
    expect(slugify('  Café & “Green” IT!  ')).toBe('cafe-green-it');
    expect(customActionId('Switch off the Wi-Fi at night')).toBe(
      'custom-switch-off-the-wi-fi-at-night',
    );
    expect(customActionId('x'.repeat(100))).toHaveLength(64);
  });
});

describe('form values and settings', () => {
  it('turn into settings the schema accepts, and back', () => {
    const values = {
      ...emptySeasonValues('Europe/Paris'),
      name: 'Printemps 2026',
      startsAt: '2026-03-10T09:00',
      endsAt: '2026-04-10T18:00',
      customActions: [
        {
          ...emptyCustomAction('k1'),
          repeatKind: 'upTo' as const,
          repeatTimes: '3',
          titleFr: 'Éteindre la box',
          titleEn: 'Switch the router off',
          howToFr: ['Éteignez-la la nuit.', 'Dites-le en une phrase.'] as [string, string],
          howToEn: ['Switch it off at night.', 'Say so in a sentence.'] as [string, string],
        },
      ],
    };
    const parsed = seasonSettingsSchema.parse(settingsFromValues(values));
    expect(parsed.customActions[0]).toMatchObject({
      id: 'custom-switch-the-router-off',
      repeat: { kind: 'upTo', times: 3 },
    });
    const back = valuesFromSeason(resolveSeason('S1', parsed, 'draft'));
    expect(back).toEqual({
      ...values,
      customActions: [{ ...values.customActions[0], key: 'custom-switch-the-router-off' }],
    });
  });

  it('leave empty numbers as errors rather than zero', () => {
    const settings = settingsFromValues({ ...emptySeasonValues('UTC'), logBackDays: ' ' });
    expect(settings.logBackDays).toBeNaN();
  });
});
