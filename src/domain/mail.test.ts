import { describe, expect, it } from 'vitest';
import {
  MAIL_KIND_NAMES,
  MAIL_RETRY,
  effortDuration,
  mailAllowed,
  mailLanguage,
  mailPreferencesPayloadSchema,
  mailRetryDelay,
  mailSendableAt,
} from './mail';

describe('effortDuration', () => {
  it('says a small action takes about ten minutes, a medium one an hour, a large one hours', () => {
    expect(effortDuration('small')).toBe('tenMinutes');
    expect(effortDuration('medium')).toBe('oneHour');
    expect(effortDuration('large')).toBe('fewHours');
  });
});

describe('consent', () => {
  it('sends service mails until turned off and the others only once turned on', () => {
    expect(MAIL_KIND_NAMES.filter((kind) => mailAllowed(undefined, kind))).toEqual([
      'rejection',
      'eventReminder',
      'backlog',
    ]);
    const chosen = {
      language: 'en' as const,
      kinds: { rejection: false, digest: true },
      updatedAt: 1,
    };
    expect(mailAllowed(chosen, 'rejection')).toBe(false);
    expect(mailAllowed(chosen, 'digest')).toBe(true);
    expect(mailAllowed(chosen, 'nudge')).toBe(false);
    expect(mailAllowed(chosen, 'eventReminder')).toBe(true);
  });

  it('writes in French until the person chose a language', () => {
    expect(mailLanguage(undefined)).toBe('fr');
    expect(mailLanguage({ language: 'en', kinds: {}, updatedAt: 1 })).toBe('en');
  });
});

describe('mailPreferencesPayloadSchema', () => {
  it('takes a language and any of the switches', () => {
    expect(mailPreferencesPayloadSchema.safeParse({ language: 'fr', kinds: {} }).success).toBe(
      true,
    );
    expect(
      mailPreferencesPayloadSchema.safeParse({
        language: 'en',
        kinds: { digest: true, nudge: false, backlog: true },
      }).success,
    ).toBe(true);
  });

  it('refuses another language, a switch that is not on or off, and an unknown kind', () => {
    const messages = (value: unknown) =>
      mailPreferencesPayloadSchema.safeParse(value).error?.issues.map((issue) => issue.message);
    expect(messages({ language: 'de', kinds: {} })).toEqual(['validation.mailLanguage']);
    expect(messages({ language: 'fr', kinds: { digest: 'yes' } })).toEqual([
      'validation.mailSwitch',
    ]);
    expect(messages({ language: 'fr', kinds: { spam: true } })).toBeDefined();
    expect(messages({ language: 'fr', kinds: {}, extra: 1 })).toBeDefined();
  });
});

describe('mailSendableAt', () => {
  const paris = (iso: string) => new Date(`${iso}+01:00`).getTime();

  it('sends at once from 08:00 to 19:59 and holds the rest until the next 08:00', () => {
    expect(mailSendableAt(paris('2026-03-10T19:59:00'), 'Europe/Paris')).toBe(
      paris('2026-03-10T19:59:00'),
    );
    expect(mailSendableAt(paris('2026-03-10T20:00:00'), 'Europe/Paris')).toBe(
      paris('2026-03-11T08:00:00'),
    );
    expect(mailSendableAt(paris('2026-03-10T07:59:00'), 'Europe/Paris')).toBe(
      paris('2026-03-10T08:00:00'),
    );
    expect(mailSendableAt(paris('2026-03-10T08:00:00'), 'Europe/Paris')).toBe(
      paris('2026-03-10T08:00:00'),
    );
    expect(mailSendableAt(paris('2026-03-10T00:30:00'), 'Europe/Paris')).toBe(
      paris('2026-03-10T08:00:00'),
    );
  });

  it('counts 08:00 on the local clock across a change to summer time', () => {
    // Paris moves to summer time (UTC+2) at 02:00 on Sunday 29 March 2026.
    expect(mailSendableAt(Date.parse('2026-03-28T21:00:00+01:00'), 'Europe/Paris')).toBe(
      Date.parse('2026-03-29T08:00:00+02:00'),
    );
    // And back to winter time (UTC+1) on Sunday 25 October 2026.
    expect(mailSendableAt(Date.parse('2026-10-24T22:00:00+02:00'), 'Europe/Paris')).toBe(
      Date.parse('2026-10-25T08:00:00+01:00'),
    );
  });

  it('counts the hours in the time zone it is given', () => {
    const now = Date.parse('2026-03-10T15:00:00Z'); // 16:00 in Paris, 11:00 in Montreal.
    expect(mailSendableAt(now, 'Europe/Paris')).toBe(now);
    expect(mailSendableAt(now, 'Asia/Tokyo')).toBe(Date.parse('2026-03-11T08:00:00+09:00'));
  });
});

describe('mailRetryDelay', () => {
  it('waits five minutes after the first failure, then twice as long each time', () => {
    const minutes = [1, 2, 3, 4, 5].map((attempts) => mailRetryDelay(attempts) / 60_000);
    expect(minutes).toEqual([5, 10, 20, 40, 80]);
    expect(MAIL_RETRY.attempts).toBe(5);
  });
});
