// The notices of happenings in words, in both languages: each names what happened and leads where
// to act on it.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Notification } from '../../domain/notifications';
import type { Locale } from '../../domain/themes';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { notificationWords } from './notification-text';

const texts = i18next.createInstance();
void texts.init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: 'fr',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const words = (locale: Locale, item: Notification) =>
  notificationWords(texts.getFixedT(locale), locale, item);

const base = { uid: 'u1', at: Date.UTC(2026, 2, 10, 9), read: false } as const;

describe('the notices of happenings', () => {
  it('names the theme of a team’s first action, in each language', () => {
    const item: Notification = {
      ...base,
      kind: 'firstThemeAction',
      teamId: 'T1',
      theme: 'accessibility',
    };
    expect(words('fr', item).text).toContain('« Plus accessible »');
    expect(words('en', item).text).toContain('“Accessible”');
    expect(words('fr', item).link?.href).toBe('/team');
  });

  it('says whether our team leads or another took the lead', () => {
    const lead = { ...base, kind: 'newLeader', teamId: 'T1', teamName: 'Clic Vert' } as const;
    expect(words('fr', { ...lead, ours: true }).text).toBe(fr.notifications.newLeaderOurs);
    expect(words('en', { ...lead, ours: false }).text).toBe('The team “Clic Vert” takes the lead.');
  });

  it('says a rank went up or down, with the number of teams agreeing', () => {
    const rank = { ...base, kind: 'rankChanged', teamId: 'T1', teamCount: 12 } as const;
    expect(words('fr', { ...rank, rank: 3, previousRank: 5 }).text).toBe(
      'Votre équipe monte à la 3ᵉ place sur 12 équipes (elle était 5ᵉ).',
    );
    expect(words('en', { ...rank, rank: 6, previousRank: 5, teamCount: 1 }).text).toBe(
      'Your team moves to rank 6 of 1 team (it was 5).',
    );
  });

  it('gives an event’s start in its own time zone, a day or an hour ahead', () => {
    const item: Notification = {
      ...base,
      kind: 'eventStarting',
      eventId: 'E1',
      title: { fr: 'Fresque', en: 'Collage' },
      startsAt: Date.UTC(2026, 2, 11, 13),
      timeZone: 'Europe/Paris',
      window: '24h',
    };
    expect(words('fr', item).text).toMatch(
      /^Rappel : « Fresque » commence demain, le mercredi 11 mars 2026 (à )?14:00\.$/,
    );
    expect(words('en', { ...item, window: '1h' }).text).toMatch(
      /^“Collage” starts in one hour, Wednesday, March 11, 2026,? (at )?2:00\sPM\.$/,
    );
  });

  it('reads an announcement in the reader’s language', () => {
    const item: Notification = {
      ...base,
      kind: 'announcement',
      title: { fr: 'Fresque jeudi', en: 'Collage on Thursday' },
      message: { fr: 'Inscrivez-vous.', en: 'Register now.' },
      from: 'Renard 33',
    };
    expect(words('fr', item).text).toBe('Annonce de Renard 33 — Fresque jeudi : Inscrivez-vous.');
    expect(words('en', item).text).toBe(
      'Announcement from Renard 33 — Collage on Thursday: Register now.',
    );
  });

  it('leads from the freeze to the board, from the close to the report, from the backlog to the queue', () => {
    expect(words('fr', { ...base, kind: 'seasonFrozen', seasonName: 'Printemps' }).link?.href).toBe(
      '/leaderboard',
    );
    expect(words('en', { ...base, kind: 'seasonClosed', seasonName: 'Spring' }).text).toContain(
      '“Spring” is over',
    );
    const backlog: Notification = {
      ...base,
      kind: 'reviewBacklog',
      pending: 1,
      oldestSentAt: null,
      flagged: 0,
    };
    expect(words('en', backlog).text).toMatch(/^1 proof is waiting for review/);
    expect(words('fr', { ...backlog, pending: 4 }).link?.href).toBe('/review');
  });
});
