// The emulator does not enforce composite indexes, so this check does: every Firestore query in
// the functions and the SPA either needs none (equality filters only, which Firestore serves by
// merging single-field indexes; or one field alone) or is listed below with the composite index
// firestore.indexes.json must hold. A new range filter or orderBy anywhere fails this test until
// its query is listed, and a listed query fails it until its index exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Field {
  readonly fieldPath: string;
  readonly order?: 'ASCENDING' | 'DESCENDING';
  readonly arrayConfig?: string;
}
interface Index {
  readonly collectionGroup: string;
  readonly queryScope: string;
  readonly fields: readonly Field[];
}

/** Queries with a range filter or an ordering, and the index each needs (null: none). */
const QUERIES_WITH_RANGE_OR_ORDER: readonly {
  readonly file: string;
  readonly field: string;
  readonly collectionGroup: string;
  /** Equality fields first, then the range or ordered field; null when one field alone. */
  readonly index: readonly string[] | null;
}[] = [
  // Seasons whose dates may move them: `state in [...]`, one field.
  {
    file: 'functions/src/scheduled/season-tick.ts',
    field: 'state',
    collectionGroup: 'seasons',
    index: null,
  },
  // The notification centre: a person's own, newest first (`uid ==`, ordered by `at`).
  {
    file: 'src/data/firebase-backend.ts',
    field: 'at',
    collectionGroup: 'notifications',
    index: ['uid', 'at'],
  },
  // A photo that looks like another in the season: `seasonId ==`, `photoBands array-contains-any`.
  {
    file: 'functions/src/lib/submissions.ts',
    field: 'photoBands',
    collectionGroup: 'submissions',
    index: ['seasonId', 'photoBands'],
  },
  // Seasons under way for the scheduled news: `state in [...]`, one field.
  {
    file: 'functions/src/scheduled/daily-news.ts',
    field: 'state',
    collectionGroup: 'seasons',
    index: null,
  },
  // Events starting within a day, for their reminders: `startsAt > now`, `<= now + 24 h`, one field.
  {
    file: 'functions/src/scheduled/daily-news.ts',
    field: 'startsAt',
    collectionGroup: 'events',
    index: null,
  },
  // A channel's delivery log, newest first: organisers by channel; a team's captains name the
  // scope and the team too, as the rules ask.
  {
    file: 'src/data/firebase-backend.ts',
    field: 'at',
    collectionGroup: 'chatDeliveries',
    index: ['channelId', 'at'],
  },
  {
    file: 'src/data/firebase-backend.ts',
    field: 'at',
    collectionGroup: 'chatDeliveries',
    index: ['channelId', 'scope', 'teamId', 'at'],
  },
  // Deliveries due for a retry: `status in [pending, failed]`, `nextAttemptAt <= now`.
  {
    file: 'functions/src/lib/posts.ts',
    field: 'status',
    collectionGroup: 'chatDeliveries',
    index: ['status', 'nextAttemptAt'],
  },
  {
    file: 'functions/src/lib/posts.ts',
    field: 'nextAttemptAt',
    collectionGroup: 'chatDeliveries',
    index: ['status', 'nextAttemptAt'],
  },
  // Another organiser than the caller: `__name__ != uid`, one field.
  {
    file: 'functions/src/callables/set-organiser.ts',
    field: '__name__',
    collectionGroup: 'organisers',
    index: null,
  },
  // The team feed's pages: a team's approved submissions, most recently approved first
  // (`teamId ==`, `status ==`, ordered by `approvedAt`, named as the listener's `by`).
  {
    file: 'src/features/team/use-team-submissions.ts',
    field: 'approvedAt',
    collectionGroup: 'submissions',
    index: ['teamId', 'status', 'approvedAt'],
  },
  // The mail sweep: pending mails due (`status ==`, `notBefore <=`, ordered by `notBefore`).
  {
    file: 'functions/src/lib/mail.ts',
    field: 'notBefore',
    collectionGroup: 'mail',
    index: ['status', 'notBefore'],
  },
  // The leaderboard's rebuild reads the scores that moved since it last read them: `changedAt >`,
  // one field.
  {
    file: 'functions/src/lib/scores.ts',
    field: 'changedAt',
    collectionGroup: 'scores',
    index: null,
  },
  // The board's search by team name, in the SPA: `seasonId ==`, `nameKey >= q`, `< q + '\uf8ff'`.
  {
    file: 'src/data/firebase-backend.ts',
    field: 'nameKey',
    collectionGroup: 'teams',
    index: ['seasonId', 'nameKey'],
  },
];

const RANGE_OPERATORS = ['<', '<=', '>', '>=', '!=', 'in', 'not-in', 'array-contains-any'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every `.where(field, op` with a range operator and every `.orderBy(field`, by file. */
function rangeOrOrderUses(): { file: string; field: string; what: string }[] {
  const uses: { file: string; field: string; what: string }[] = [];
  for (const file of [
    ...sourceFiles(path.join(ROOT, 'functions/src')),
    ...sourceFiles(path.join(ROOT, 'src')),
  ]) {
    const text = readFileSync(file, 'utf8');
    const relative = path.relative(ROOT, file);
    for (const match of text.matchAll(/\.where\(\s*'([^']+)'\s*,\s*'([^']+)'/g)) {
      const [, field = '', operator = ''] = match;
      if (RANGE_OPERATORS.includes(operator)) uses.push({ file: relative, field, what: operator });
    }
    for (const match of text.matchAll(/\.orderBy\(\s*'([^']+)'/g)) {
      uses.push({ file: relative, field: match[1] ?? '', what: 'orderBy' });
    }
    // A listener cut to its newest (`{ limit, by: 'field' }`): the SPA's adapter orders by it.
    for (const match of text.matchAll(/\{\s*limit[^}]*\bby:\s*'([^']+)'/g)) {
      uses.push({ file: relative, field: match[1] ?? '', what: 'orderBy' });
    }
  }
  return uses;
}

const indexes = (
  JSON.parse(readFileSync(path.join(ROOT, 'firestore.indexes.json'), 'utf8')) as {
    indexes: Index[];
  }
).indexes;

describe('Firestore indexes', () => {
  it('finds every range filter and ordering in the code listed here', () => {
    const listed = (use: { file: string; field: string }) =>
      QUERIES_WITH_RANGE_OR_ORDER.some(
        (query) => query.file === use.file && query.field === use.field,
      );
    expect(rangeOrOrderUses().filter((use) => !listed(use))).toEqual([]);
  });

  it('has the composite index of every listed query that needs one', () => {
    for (const query of QUERIES_WITH_RANGE_OR_ORDER) {
      if (!query.index) continue;
      const found = indexes.some(
        (index) =>
          index.collectionGroup === query.collectionGroup &&
          index.fields.map((field) => field.fieldPath).join(',') === query.index?.join(','),
      );
      expect(
        found,
        `${query.file}: index on ${query.collectionGroup} (${query.index.join(', ')})`,
      ).toBe(true);
    }
  });

  it('lets the SPA run equality filters, array-contains alone (a team finds its page of the board) and the search’s prefix range, and order newest first by the field its listener names (`at` unless named) or by the searched field', () => {
    const adapter = readFileSync(path.join(ROOT, 'src/data/firebase-backend.ts'), 'utf8');
    const operators = [...adapter.matchAll(/sdk\.where\([^,]+,\s*'([^']+)'/g)].map(
      (match) => match[1],
    );
    expect(operators.length).toBeGreaterThan(0);
    // '>=' and '<' only in readStartingWith, the search by name listed above (teams, nameKey).
    expect(new Set(operators)).toEqual(new Set(['==', 'array-contains', '>=', '<']));
    expect(operators.filter((operator) => operator === '>=' || operator === '<')).toHaveLength(2);
    const orderings = [...adapter.matchAll(/orderBy\(([^)]*)\)/g)].map((match) => match[1]);
    expect(orderings).toEqual(["newest.by ?? 'at', 'desc'", 'field']);
  });

  it('has no index that no listed query uses', () => {
    const used = new Set(
      QUERIES_WITH_RANGE_OR_ORDER.flatMap((query) =>
        query.index ? [`${query.collectionGroup}:${query.index.join(',')}`] : [],
      ),
    );
    for (const index of indexes) {
      const key = `${index.collectionGroup}:${index.fields.map((field) => field.fieldPath).join(',')}`;
      expect(used.has(key), `unused index ${key}`).toBe(true);
    }
  });
});
