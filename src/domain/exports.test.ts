import { describe, expect, it } from 'vitest';
import { findAction } from './catalogue';
import type { SeasonEvent } from './events';
import {
  addToTally,
  eventRow,
  EXPORT_COLUMNS,
  exportDateTime,
  exportFileName,
  exportHeader,
  participantRow,
  standingsRows,
  submissionRow,
  type ExportContext,
  type ParticipantTally,
  type TeamNames,
} from './exports';
import { seasonImpactUnits, type LeaderboardRow, type Submission } from './game';
import type { Membership } from './paths';

/** Shows which key was asked for, so the tests read what each cell is. */
const t = (key: string) => `[${key}]`;
const context: ExportContext = { locale: 'fr', timeZone: 'Europe/Paris', t };

// 12 March 2026, 08:05 UTC: 09:05 in Paris (winter time), 04:05 in New York (summer time).
const MARCH_12 = Date.UTC(2026, 2, 12, 8, 5);

describe('export dates', () => {
  it("are written 'YYYY-MM-DD HH:mm' in the season's time zone", () => {
    expect(exportDateTime(MARCH_12, 'Europe/Paris')).toBe('2026-03-12 09:05');
    expect(exportDateTime(MARCH_12, 'America/New_York')).toBe('2026-03-12 04:05');
    expect(exportDateTime(Date.UTC(2026, 6, 1, 22, 30), 'Europe/Paris')).toBe('2026-07-02 00:30');
  });

  it('leave the cell empty when there is no instant', () => {
    expect(exportDateTime(null, 'UTC')).toBe('');
    expect(exportDateTime(undefined, 'UTC')).toBe('');
  });

  it("name the file after the season's slug, the export and the day in the season's zone", () => {
    const season = { id: 'S1', name: 'Printemps été 2026 !', timeZone: 'Pacific/Auckland' };
    // 08:05 UTC on 12 March is 21:05 the same day in Auckland; 12:00 UTC is the 13th there.
    expect(exportFileName(season, 'standings', MARCH_12)).toBe(
      'printemps-ete-2026-standings-2026-03-12.csv',
    );
    expect(exportFileName(season, 'events', Date.UTC(2026, 2, 12, 12))).toBe(
      'printemps-ete-2026-events-2026-03-13.csv',
    );
    expect(exportFileName({ ...season, name: '!!!' }, 'participants', MARCH_12)).toBe(
      'S1-participants-2026-03-12.csv',
    );
  });
});

describe('export headers', () => {
  it('translate each column of each export', () => {
    expect(exportHeader('participants', context)).toEqual([
      '[exports.columns.participants.name]',
      '[exports.columns.participants.team]',
      '[exports.columns.participants.company]',
      '[exports.columns.participants.role]',
      '[exports.columns.participants.joined]',
      '[exports.columns.participants.approved]',
      '[exports.columns.participants.points]',
    ]);
    expect(exportHeader('submissions', context)).toHaveLength(14);
  });

  it('end with a low, central and high column for each impact unit, the unit in the header', () => {
    const withUnits = {
      t: (key: string, values?: Record<string, string | number>) =>
        `[${key}${values?.unit ? ` ${values.unit}` : ''}${values?.count ? ` ×${values.count}` : ''}]`,
      impactUnits: ['kgCO2e', 'peopleTrained'] as const,
    };
    expect(exportHeader('standings', withUnits).slice(-6)).toEqual([
      '[exports.impactColumns.low [howWeCount.units.kgCO2e ×2]]',
      '[exports.impactColumns.central [howWeCount.units.kgCO2e ×2]]',
      '[exports.impactColumns.high [howWeCount.units.kgCO2e ×2]]',
      '[exports.impactColumns.low [howWeCount.units.peopleTrained ×2]]',
      '[exports.impactColumns.central [howWeCount.units.peopleTrained ×2]]',
      '[exports.impactColumns.high [howWeCount.units.peopleTrained ×2]]',
    ]);
    expect(exportHeader('events', withUnits)).toHaveLength(EXPORT_COLUMNS.events.length);
  });
});

describe('seasonImpactUnits', () => {
  it('lists the units of the models of the season’s actions, a yearly saving as kg CO₂e', () => {
    expect(
      seasonImpactUnits({ actionIds: ['sob-buy-refurbished-device'], customActions: [] }),
    ).toEqual(['kgCO2e']);
    expect(
      seasonImpactUnits({
        actionIds: ['sob-team-digital-fresco', 'sob-buy-refurbished-device'],
        customActions: [],
      }),
    ).toEqual(['kgCO2e', 'peopleTrained']);
  });
});

const row = (overrides: Partial<LeaderboardRow>): LeaderboardRow => ({
  teamId: 'T1',
  name: 'Les Colibris',
  companyId: 'C1',
  rank: 1,
  total: 40,
  memberCount: 4,
  activeMembers: 3,
  average: 40 / 3,
  participation: 3 / 4,
  byTheme: {},
  reachedAt: 0,
  ...overrides,
});

describe('standings export', () => {
  it('lists teams by rank with company, points, average, participation and members', () => {
    const rows = standingsRows({
      rows: [
        row({ teamId: 'T2', name: 'Les Hérons', companyId: 'C2', rank: 2, total: 10 }),
        row({}),
        row({ teamId: 'T3', name: 'Seuls', companyId: 'gone', rank: 3, total: 0 }),
      ],
      companies: { C1: 'Acme', C2: 'Globex' },
    });
    expect(rows.map((cells) => cells[1])).toEqual(['Les Colibris', 'Les Hérons', 'Seuls']);
    expect(rows[0]).toEqual([1, 'Les Colibris', 'Acme', 40, 13.33, 75, 4, 3]);
    expect(rows[2]?.[2]).toBe('');
  });

  it('has as many cells as columns', () => {
    const [first] = standingsRows({ rows: [row({})], companies: {} });
    expect(first).toHaveLength(EXPORT_COLUMNS.standings.length);
  });

  it('ends with the team’s impact by unit, 0 where it has none', () => {
    const [first] = standingsRows(
      { rows: [row({ impact: { peopleTrained: [4, 4, 8] } })], companies: {} },
      ['kgCO2e', 'peopleTrained'],
    );
    expect(first?.slice(-6)).toEqual([0, 0, 0, 4, 4, 8]);
  });
});

const submission = (overrides: Partial<Submission> = {}): Submission => ({
  id: 'sub-1',
  seasonId: 'S1',
  teamId: 'T1',
  teamName: 'Les Colibris',
  companyId: 'C1',
  uid: 'uid-1',
  authorName: 'Colibri 42',
  actionId: 'custom-switch-the-router-off',
  theme: 'sobriety',
  modality: 'act',
  points: 10,
  scope: 'individual',
  doneAt: MARCH_12,
  day: '2026-03-12',
  proof: { kind: 'text', text: 'Done, see the photo of alice@example.org' },
  proofHash: null,
  duplicateOf: null,
  status: 'approved',
  reason: null,
  auto: false,
  audited: false,
  createdAt: MARCH_12,
  updatedAt: MARCH_12,
  reviewedAt: MARCH_12 + 3_600_000,
  approvedAt: MARCH_12 + 3_600_000,
  reactions: {},
  ...overrides,
});

const season = {
  actionIds: null,
  customActions: [
    {
      id: 'custom-switch-the-router-off',
      theme: 'sobriety' as const,
      modality: 'act' as const,
      effort: 'medium' as const,
      scope: 'individual' as const,
      proof: 'none' as const,
      repeat: { kind: 'once' as const },
      title: { fr: 'Éteindre la box', en: 'Switch the router off' },
      howTo: {
        fr: ['Éteignez-la.', 'Dites-le.'] as [string, string],
        en: ['Switch it off.', 'Say so.'] as [string, string],
      },
    },
  ],
};

describe('submissions export', () => {
  const companies = new Map([['C1', 'Acme']]);

  it('writes one row with the public name, the action in the locale and dates in the zone', () => {
    expect(submissionRow(submission(), { ...context, season, companies })).toEqual([
      'sub-1',
      '2026-03-12',
      'Les Colibris',
      'Acme',
      'Colibri 42',
      'custom-switch-the-router-off',
      'Éteindre la box',
      '[themes.sobriety]',
      '[modalities.act]',
      10,
      '[progress.statuses.approved]',
      '2026-03-12 09:05',
      '2026-03-12 10:05',
      '',
    ]);
  });

  it('ends with what the submission changes, in its unit’s columns', () => {
    const cells = submissionRow(
      submission({ impact: { unit: 'kgCO2e', low: 24.6, central: 24.6, high: 27 } }),
      { ...context, season, companies, impactUnits: ['kgCO2e', 'peopleTrained'] },
    );
    expect(cells.slice(14)).toEqual([24.6, 24.6, 27, 0, 0, 0]);
  });

  it('names the action in English for an English export, and keeps a rejection reason', () => {
    const cells = submissionRow(
      submission({ status: 'rejected', reason: 'Blurry photo', reviewedAt: null }),
      { ...context, locale: 'en', season, companies },
    );
    expect(cells[6]).toBe('Switch the router off');
    expect(cells[10]).toBe('[progress.statuses.rejected]');
    expect(cells[12]).toBe('');
    expect(cells[13]).toBe('Blurry photo');
  });

  it('never holds the author uid nor the proof', () => {
    const cells = submissionRow(submission(), { ...context, season, companies });
    expect(cells).not.toContain('uid-1');
    expect(cells.join(' ')).not.toContain('alice@example.org');
    expect(cells).toHaveLength(EXPORT_COLUMNS.submissions.length);
  });

  it('names a catalogue action the season no longer lists, and leaves an unknown one blank', () => {
    const narrowed = { actionIds: ['something-else'], customActions: [] };
    const known = submissionRow(submission({ actionId: 'sob-team-digital-fresco' }), {
      ...context,
      season: narrowed,
      companies,
    });
    expect(known[6]).toBe(findAction('sob-team-digital-fresco')?.title.fr);
    expect(known[6]).not.toBe('');
    const unknown = submissionRow(submission({ actionId: 'no-such-action' }), {
      ...context,
      season: narrowed,
      companies,
    });
    expect(unknown[6]).toBe('');
  });
});

describe('participants export', () => {
  const teams = new Map<string, TeamNames>([
    [
      'T1',
      {
        name: 'Les Colibris',
        companyName: 'Acme',
        members: { 'uid-1': { name: 'Alice Durand' }, 'uid-2': { name: 'Loutre 12' } },
      },
    ],
  ]);
  const membership = (uid: string, role: Membership['role'] = 'member'): Membership => ({
    seasonId: 'S1',
    teamId: 'T1',
    uid,
    role,
    joinedAt: MARCH_12,
  });

  it('counts approved submissions, their points and their impact only', () => {
    const kg = { unit: 'kgCO2e', low: 1, central: 2, high: 3 } as const;
    const tally = new Map<string, ParticipantTally>();
    addToTally(tally, [
      { uid: 'uid-1', status: 'approved', points: 10, impact: kg },
      { uid: 'uid-1', status: 'pending', points: 20, impact: kg },
      { uid: 'uid-2', status: 'rejected', points: 5, impact: kg },
    ]);
    addToTally(tally, [{ uid: 'uid-1', status: 'approved', points: 5, impact: kg }]);
    expect([...tally]).toEqual([
      ['uid-1', { approved: 2, points: 15, impact: { kgCO2e: [2, 4, 6] } }],
    ]);
  });

  it('ends with each unit’s low, central and high impact', () => {
    const cells = participantRow(membership('uid-1'), {
      ...context,
      impactUnits: ['kgCO2e', 'peopleTrained'],
      names: new Map(),
      teams,
      tally: new Map([['uid-1', { approved: 1, points: 5, impact: { kgCO2e: [1, 2, 3] } }]]),
    });
    expect(cells.slice(-6)).toEqual([1, 2, 3, 0, 0, 0]);
  });

  it('shows each person under their public name, team, company, role and figures', () => {
    const rows = [membership('uid-1', 'captain'), membership('uid-2')].map((member) =>
      participantRow(member, {
        ...context,
        names: new Map([
          ['uid-1', 'Colibri 42'],
          ['uid-2', 'Loutre 12'],
        ]),
        teams,
        tally: new Map([['uid-1', { approved: 2, points: 15, impact: {} }]]),
      }),
    );
    expect(rows).toEqual([
      ['Colibri 42', 'Les Colibris', 'Acme', '[exports.roles.captain]', '2026-03-12 09:05', 2, 15],
      ['Loutre 12', 'Les Colibris', 'Acme', '[exports.roles.member]', '2026-03-12 09:05', 0, 0],
    ]);
    expect(rows.flat()).not.toContain('uid-1');
  });

  it('falls back to the name the team shows when the profile is gone', () => {
    const cells = participantRow(membership('uid-2'), {
      ...context,
      names: new Map(),
      teams,
      tally: new Map(),
    });
    expect(cells[0]).toBe('Loutre 12');
    const lost = participantRow(
      { ...membership('uid-9'), teamId: 'gone' },
      { ...context, names: new Map(), teams, tally: new Map() },
    );
    expect(lost.slice(0, 3)).toEqual(['', '', '']);
  });
});

describe('events export', () => {
  const event: SeasonEvent = {
    id: 'E1',
    seasonId: 'S1',
    kind: 'fresco',
    title: { fr: 'Fresque du numérique', en: 'Digital collage' },
    description: { fr: 'Un atelier', en: 'A workshop' },
    startsAt: MARCH_12,
    endsAt: MARCH_12 + 3 * 3_600_000,
    timeZone: 'Europe/Paris',
    place: 'Salle 3',
    onlineUrl: null,
    capacity: 20,
    actionId: 'custom-switch-the-router-off',
    status: 'scheduled',
    registeredCount: 18,
    waitingCount: 2,
    attendedCount: 15,
    createdAt: MARCH_12,
    updatedAt: MARCH_12,
  };

  it('writes title, kind, theme of the linked action, start, status and the counts', () => {
    expect(eventRow(event, { ...context, season })).toEqual([
      'Fresque du numérique',
      '[events.kinds.fresco]',
      '[themes.sobriety]',
      '2026-03-12 09:05',
      '[eventsAdmin.statuses.scheduled]',
      20,
      18,
      2,
      15,
    ]);
  });

  it('writes the English title and a cancelled status; no theme when the action is unknown', () => {
    const cells = eventRow(
      { ...event, status: 'cancelled', actionId: 'no-such-action' },
      { ...context, locale: 'en', season },
    );
    expect(cells[0]).toBe('Digital collage');
    expect(cells[2]).toBe('');
    expect(cells[4]).toBe('[eventsAdmin.statuses.cancelled]');
  });
});

describe('seasonImpactUnits, with custom actions', () => {
  it('counts a custom action’s own model, and none for actions without one', () => {
    expect(seasonImpactUnits({ actionIds: [], customActions: [] })).toEqual([]);
    expect(seasonImpactUnits({ ...season, actionIds: [] })).toEqual([]);
    const withModel = season.customActions.map((action) => ({
      ...action,
      impact: {
        unit: 'hoursVolunteered' as const,
        low: 2,
        central: 2,
        high: 3,
        assumption: { fr: 'Un atelier dure deux heures.', en: 'A workshop lasts two hours.' },
        source: {
          publisher: 'Repair Café',
          title: 'Fiche',
          year: 2024,
          url: 'https://example.org',
        },
        grade: 'estimate' as const,
      },
    }));
    expect(seasonImpactUnits({ actionIds: [], customActions: withModel })).toEqual([
      'hoursVolunteered',
    ]);
  });
});
