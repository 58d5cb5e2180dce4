import { describe, expect, it } from 'vitest';
import { resolveSeason, seasonSettingsSchema } from '../../domain/season';
import { slugify } from '../../domain/slug';
import {
  customActionId,
  emptyCustomAction,
  emptyImpact,
  emptySeasonValues,
  settingsFromValues,
  valuesFromSeason,
} from './season-form-model';

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

  it('turn a custom action’s impact into a model, a decimal comma and all, and back', () => {
    const impact = {
      ...emptyImpact(),
      unit: 'kgCO2ePerYear' as const,
      years: '2',
      low: '1',
      central: '2,5',
      high: '3',
      assumptionFr: 'Une phrase en français.',
      assumptionEn: 'One sentence in English.',
      publisher: 'ADEME',
      title: 'Une étude',
      year: '2022',
      url: ' https://example.org/etude ',
    };
    const values = {
      ...emptySeasonValues('Europe/Paris'),
      name: 'Printemps 2026',
      startsAt: '2026-03-10T09:00',
      endsAt: '2026-04-10T18:00',
      showImpact: false,
      companyDomainRequired: true,
      customActions: [
        {
          ...emptyCustomAction('k1'),
          titleFr: 'Éteindre la box',
          titleEn: 'Switch the router off',
          howToFr: ['Éteignez-la la nuit.', 'Dites-le en une phrase.'] as [string, string],
          howToEn: ['Switch it off at night.', 'Say so in a sentence.'] as [string, string],
          impact,
        },
      ],
    };
    const parsed = seasonSettingsSchema.parse(settingsFromValues(values));
    expect(parsed.showImpact).toBe(false);
    expect(parsed.companyDomainRequired).toBe(true);
    expect(parsed.customActions[0]?.impact).toEqual({
      unit: 'kgCO2ePerYear',
      years: 2,
      low: 1,
      central: 2.5,
      high: 3,
      assumption: { fr: 'Une phrase en français.', en: 'One sentence in English.' },
      source: {
        publisher: 'ADEME',
        title: 'Une étude',
        year: 2022,
        url: 'https://example.org/etude',
      },
      grade: 'estimate',
    });
    const back = valuesFromSeason(resolveSeason('S1', parsed, 'open'));
    expect(back.showImpact).toBe(false);
    expect(back.companyDomainRequired).toBe(true);
    expect(back.customActions[0]?.impact).toEqual({
      ...impact,
      central: '2.5',
      url: 'https://example.org/etude',
    });
    expect(emptyCustomAction('k2').impact).toBeNull();
  });

  it('leave a missing impact figure as an error rather than zero, and no years but yearly', () => {
    const settings = settingsFromValues({
      ...emptySeasonValues('UTC'),
      customActions: [{ ...emptyCustomAction('k1'), impact: { ...emptyImpact(), low: ' ' } }],
    });
    const impact = settings.customActions?.[0]?.impact;
    expect(impact?.low).toBeNaN();
    expect(impact && 'years' in impact).toBe(false);
  });

  it('leave empty numbers as errors rather than zero', () => {
    const settings = settingsFromValues({
      ...emptySeasonValues('UTC'),
      logBackDays: ' ',
      photoRetentionDays: '',
    });
    expect(settings.logBackDays).toBeNaN();
    expect(settings.photoRetentionDays).toBeNaN();
  });

  it('keep the points of deleted accounts and photos for 30 days unless told otherwise', () => {
    const empty = emptySeasonValues('UTC');
    expect(empty).toMatchObject({ deletionPolicy: 'keep', photoRetentionDays: '30' });
    const settings = settingsFromValues({
      ...empty,
      deletionPolicy: 'remove',
      photoRetentionDays: '120',
    });
    expect(settings).toMatchObject({ deletionPolicy: 'remove', photoRetentionDays: 120 });
  });

  it('show the defaults for a season stored before the data settings existed', () => {
    const parsed = seasonSettingsSchema.parse(
      settingsFromValues({
        ...emptySeasonValues('UTC'),
        name: 'Printemps',
        startsAt: '2026-03-10T09:00',
        endsAt: '2026-04-10T18:00',
      }),
    );
    const older: Partial<typeof parsed> = { ...parsed };
    delete older.deletionPolicy;
    delete older.photoRetentionDays;
    delete older.showImpact;
    delete older.companyDomainRequired;
    const values = valuesFromSeason(resolveSeason('S1', older as typeof parsed, 'open'));
    expect(values).toMatchObject({
      deletionPolicy: 'keep',
      photoRetentionDays: '30',
      showImpact: true,
      companyDomainRequired: false,
    });
  });
});
