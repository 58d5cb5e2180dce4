// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, payloadsOf, renderForTest } from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import { GAME_PATHS } from '../../domain/game';
import fr from '../../i18n/fr.json';
import {
  DIVERSITY_ACTION,
  HOUR,
  NOW,
  SEASON,
  SOBRIETY_ACTION,
  seedReview,
  HERON,
  seedSubmission,
  submissionData,
  whose,
} from './review-fixtures';
import { ReviewPage } from './review-page';

afterEach(cleanup);

function renderReview(
  seed: (backend: FakeBackend) => void,
  options: { random?: () => number; season?: Record<string, unknown> } = {},
) {
  return renderForTest(
    <Route path="/admin/review">{() => <ReviewPage random={options.random} />}</Route>,
    {
      path: '/admin/review',
      signedInAs: ALICE.email,
      seed: (backend) => {
        seedReview(backend, options.season);
        seed(backend);
      },
    },
  );
}

/** A section of the page, found by its heading's text (by role, jsdom is slow on this page). */
const section = (title: string) =>
  screen.getByText(title, { selector: 'h2' }).closest('section') as HTMLElement;

/** A section's fold, whose content is built once it is opened. */
const fold = (title: string, summary: string) =>
  within(section(title)).getByText(summary, { selector: 'summary' });

const AUTHORS = [
  'Pinson 1',
  'Pinson 2',
  'Pinson 3',
  'Pinson 4',
  'Pinson 5',
  'Pinson 6',
  'Pinson 7',
];

function seedUnaudited(backend: FakeBackend) {
  AUTHORS.forEach((authorName, index) =>
    seedSubmission(backend, `a${index + 1}`, {
      authorName,
      status: 'approved',
      auto: true,
      audited: false,
      approvedAt: NOW - HOUR,
    }),
  );
  // Already audited, or not on the honour system: never in the sample.
  seedSubmission(backend, 'done', {
    authorName: 'Pinson 8',
    status: 'approved',
    auto: true,
    audited: true,
  });
  seedSubmission(backend, 'hand', { authorName: 'Pinson 9', status: 'approved' });
}

const sampledAuthors = () =>
  within(section(fr.review.audit.title))
    .queryAllByRole('listitem')
    .map((card) => /Pinson \d/.exec(card.textContent ?? '')?.[0]);

describe('audit sample', () => {
  it('draws a sample of unaudited auto-approvals from the random source, and redraws', async () => {
    // Five zeros: the first five in stored order; then just under 1: the last one first.
    const values = [0, 0, 0, 0, 0];
    const { user } = await renderReview(seedUnaudited, {
      random: () => values.shift() ?? 0.999999,
    });
    await waitFor(() =>
      expect(sampledAuthors()).toEqual([
        'Pinson 1',
        'Pinson 2',
        'Pinson 3',
        'Pinson 4',
        'Pinson 5',
      ]),
    );
    expect(
      within(section(fr.review.audit.title)).getByText(
        '7 contributions approuvées automatiquement restent à contrôler.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: fr.review.audit.redraw }));
    expect(sampledAuthors()).toEqual(['Pinson 7', 'Pinson 1', 'Pinson 2', 'Pinson 3', 'Pinson 4']);
  });

  it('keeps one that looks right, and revokes another only with a reason', async () => {
    const { backend, user } = await renderReview(
      (backend) => {
        seedUnaudited(backend);
        backend.handle('reviewSubmissions', () => {
          backend.setDocument(`${GAME_PATHS.submissions}/a1`, {
            ...submissionData({ authorName: 'Pinson 1', status: 'approved', auto: true }),
            audited: true,
          });
          return { changed: 1, skipped: [] };
        });
      },
      { random: () => 0 },
    );
    const audit = () => within(section(fr.review.audit.title));
    await waitFor(() => expect(sampledAuthors()).toHaveLength(5));

    await user.click(
      audit().getByRole('button', {
        name: `${fr.review.audit.keep} ${whose(SOBRIETY_ACTION, 'Pinson 1')}`,
      }),
    );
    await waitFor(() =>
      expect(payloadsOf(backend, 'reviewSubmissions')).toEqual([
        { submissionIds: ['a1'], decision: 'keep', reason: null },
      ]),
    );
    // The kept one leaves the sample; the others stay (no redraw behind the organiser's back).
    await waitFor(() =>
      expect(sampledAuthors()).toEqual(['Pinson 2', 'Pinson 3', 'Pinson 4', 'Pinson 5']),
    );

    await user.click(
      audit().getByRole('button', {
        name: `${fr.review.revoke.open} ${whose(SOBRIETY_ACTION, 'Pinson 2')}`,
      }),
    );
    await user.click(audit().getByRole('button', { name: fr.review.revoke.submit }));
    const reason = audit().getByRole('textbox', {
      name: `Raison de la révocation de ${whose(SOBRIETY_ACTION, 'Pinson 2')}`,
    });
    expect(reason).toHaveAccessibleDescription(`${fr.review.revoke.hint} ${fr.validation.reason}`);
    expect(payloadsOf(backend, 'revokeSubmission')).toEqual([]);
    await user.type(reason, 'Même photo que la semaine dernière.');
    await user.click(audit().getByRole('button', { name: fr.review.revoke.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'revokeSubmission')).toEqual([
        { submissionId: 'a2', reason: 'Même photo que la semaine dernière.' },
      ]),
    );
  });
});

describe('approved submissions', () => {
  it('are neither fetched nor listed until the section is unfolded', async () => {
    const { backend, user } = await renderReview((backend) =>
      seedSubmission(backend, 's1', { authorName: 'Mésange 17', status: 'approved' }),
    );
    // The queue's listener, to know the page has started its own.
    const listening = (status: string) =>
      backend.listeners.filter(
        (listener) =>
          listener.path === GAME_PATHS.submissions &&
          JSON.stringify(listener.where) ===
            JSON.stringify([
              { field: 'seasonId', value: 'S1' },
              { field: 'status', value: status },
            ]),
      );
    await waitFor(() => expect(listening('pending')).toHaveLength(1));
    expect(listening('approved')).toHaveLength(0);
    const approved = () => within(section(fr.review.approved.title));
    expect(approved().queryByRole('searchbox')).toBeNull();

    await user.click(fold(fr.review.approved.title, fr.review.approved.open));
    expect(listening('approved')).toHaveLength(1);
    await waitFor(() => expect(approved().getAllByRole('listitem')).toHaveLength(1));
    expect(approved().getByRole('searchbox')).toBeInTheDocument();

    // Folded again: the listener stops and the list goes.
    await user.click(fold(fr.review.approved.title, fr.review.approved.open));
    expect(listening('approved')).toHaveLength(0);
    expect(approved().queryAllByRole('listitem')).toHaveLength(0);
  });

  it('say no count while they load, then how many there are', async () => {
    let release = () => {};
    const { user } = await renderReview((backend) => {
      seedSubmission(backend, 's1', { status: 'approved', approvedAt: NOW - HOUR });
      // The approved list's first answer is held until released.
      const watch = backend.watchCollection.bind(backend);
      backend.watchCollection = (path, onData, ...rest) => {
        const approvedOnes = [rest[1] ?? []].flat().some((filter) => filter.value === 'approved');
        if (!approvedOnes) return watch(path, onData, ...rest);
        let held = true;
        let last: Parameters<typeof onData>[0] | null = null;
        release = () => {
          held = false;
          if (last) onData(last);
        };
        return watch(path, (documents) => (held ? (last = documents) : onData(documents)), ...rest);
      };
    });
    const approved = () => within(section(fr.review.approved.title));
    await user.click(fold(fr.review.approved.title, fr.review.approved.open));
    expect(approved().getByText(fr.loading)).toHaveAttribute('role', 'status');
    expect(approved().queryByText(/correspond/)).toBeNull();
    release();
    await waitFor(() =>
      expect(approved().getByText(/correspond/)).toHaveTextContent(
        fr.review.approved.count_one.replace('{{count}}', '1'),
      ),
    );
  });

  it('are found by a search, and revoked only with a reason', async () => {
    const { backend, user } = await renderReview((backend) => {
      seedSubmission(backend, 's1', {
        authorName: 'Mésange 17',
        status: 'approved',
        approvedAt: NOW - HOUR,
      });
      seedSubmission(backend, 's2', {
        ...HERON,
        status: 'approved',
        approvedAt: NOW - 2 * HOUR,
      });
    });
    const approved = () => within(section(fr.review.approved.title));
    await user.click(fold(fr.review.approved.title, fr.review.approved.open));
    await waitFor(() => expect(approved().getAllByRole('listitem')).toHaveLength(2));

    await user.type(approved().getByRole('searchbox'), 'loutres');
    expect(approved().getByRole('listitem')).toHaveTextContent('par Héron 23');

    await user.click(
      approved().getByRole('button', {
        name: `${fr.review.revoke.open} ${whose(DIVERSITY_ACTION, 'Héron 23')}`,
      }),
    );
    const reason = approved().getByRole('textbox', {
      name: `Raison de la révocation de ${whose(DIVERSITY_ACTION, 'Héron 23')}`,
    });
    expect(reason).toHaveFocus();
    await user.type(reason, 'ok');
    await user.click(approved().getByRole('button', { name: fr.review.revoke.submit }));
    expect(reason).toHaveAccessibleDescription(`${fr.review.revoke.hint} ${fr.validation.reason}`);
    expect(payloadsOf(backend, 'revokeSubmission')).toEqual([]);

    await user.type(reason, ' : lien vers une autre équipe');
    await user.click(approved().getByRole('button', { name: fr.review.revoke.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'revokeSubmission')).toEqual([
        { submissionId: 's2', reason: 'ok : lien vers une autre équipe' },
      ]),
    );
    // Once the server has answered, the card leaves the list, whether or not the listener has
    // told of it yet (this fake changes nothing on a revoke).
    await waitFor(() => expect(approved().queryAllByRole('listitem')).toEqual([]));
    await user.clear(approved().getByRole('searchbox'));
    expect(approved().getByRole('listitem')).toHaveTextContent('par Mésange 17');
  });
});

describe('honour system', () => {
  it('lists the season’s actions and switches auto-approval per action', async () => {
    const custom = {
      id: 'custom-plant-a-tree',
      theme: 'engagement',
      modality: 'act',
      effort: 'large',
      scope: 'team',
      proof: 'photo',
      repeat: { kind: 'once' },
      title: { fr: 'Planter un arbre', en: 'Plant a tree' },
      howTo: { fr: ['Plantez-le', 'Photographiez-le'], en: ['Plant it', 'Take a photo'] },
    };
    const { backend, user } = await renderReview(
      (backend) => {
        backend.setDocument(GAME_PATHS.autoApproval('S1'), {
          actionIds: { [SOBRIETY_ACTION.id]: true },
        });
        backend.handle('setAutoApproval', (data) => {
          const { actionId, on } = data as { actionId: string; on: boolean };
          backend.setDocument(GAME_PATHS.autoApproval('S1'), {
            actionIds: { [SOBRIETY_ACTION.id]: true, [actionId]: on },
          });
          return null;
        });
      },
      {
        season: {
          ...SEASON,
          actionIds: [SOBRIETY_ACTION.id, DIVERSITY_ACTION.id],
          customActions: [custom],
        },
      },
    );
    const honour = () => within(section(fr.review.honour.title));
    // Each theme's list is built when unfolded.
    expect(honour().queryAllByRole('checkbox')).toHaveLength(0);
    for (const summary of section(fr.review.honour.title).querySelectorAll('summary')) {
      await user.click(summary);
    }
    await waitFor(() =>
      expect(honour().getByRole('checkbox', { name: SOBRIETY_ACTION.title.fr })).toBeChecked(),
    );
    expect(honour().getAllByRole('checkbox')).toHaveLength(3);
    const diversity = honour().getByRole('checkbox', { name: DIVERSITY_ACTION.title.fr });
    expect(diversity).not.toBeChecked();
    expect(honour().getByRole('checkbox', { name: 'Planter un arbre' })).not.toBeChecked();

    await user.click(diversity);
    await waitFor(() =>
      expect(payloadsOf(backend, 'setAutoApproval')).toEqual([
        { seasonId: 'S1', actionId: DIVERSITY_ACTION.id, on: true },
      ]),
    );
    await waitFor(() => expect(diversity).toBeChecked());
    expect(
      honour().getByText(`« ${DIVERSITY_ACTION.title.fr} » est maintenant sur l’honneur.`),
    ).toBeInTheDocument();
  });
});

describe('score tools', () => {
  it('checks a correction before sending it', async () => {
    const { backend, user } = await renderReview(() => undefined);
    const scores = () => within(section(fr.review.scores.title));
    expect(scores().queryByRole('combobox')).toBeNull();
    await user.click(fold(fr.review.scores.title, fr.review.scores.open));
    const team = await waitFor(() => {
      const select = scores().getByRole('combobox', { name: fr.review.fields.team });
      expect(within(select).getAllByRole('option')).toHaveLength(3);
      return select;
    });
    await user.click(scores().getByRole('button', { name: fr.review.scores.submit }));
    expect(team).toHaveAccessibleDescription(fr.review.scores.teamRequired);
    const points = scores().getByRole('spinbutton', { name: fr.review.fields.points });
    expect(points).toHaveAccessibleDescription(
      `${fr.review.scores.pointsHint} ${fr.validation.correctionPoints}`,
    );
    const reason = scores().getByRole('textbox', { name: fr.review.scores.reason });
    expect(reason).toHaveAccessibleDescription(
      `${fr.review.scores.reasonHint} ${fr.validation.reason}`,
    );

    await user.selectOptions(team, 'T1');
    await user.type(points, '0');
    await user.type(reason, 'Atelier animé pour tout le site.');
    await user.click(scores().getByRole('button', { name: fr.review.scores.submit }));
    expect(points).toHaveAccessibleDescription(
      `${fr.review.scores.pointsHint} ${fr.validation.correctionPoints}`,
    );
    expect(payloadsOf(backend, 'correctScore')).toEqual([]);

    await user.clear(points);
    await user.type(points, '-15');
    await user.click(scores().getByRole('button', { name: fr.review.scores.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'correctScore')).toEqual([
        { teamId: 'T1', points: -15, reason: 'Atelier animé pour tout le site.' },
      ]),
    );
    expect(
      await scores().findByText('Correction de -15 points enregistrée pour « Les Colibris ».'),
    ).toHaveAttribute('role', 'status');
  });

  it('reconciles after a confirmation and shows the result', async () => {
    const { backend, user } = await renderReview((backend) =>
      backend.handle('reconcileScores', () => ({ teams: 4, fixed: 1 })),
    );
    const scores = () => within(section(fr.review.scores.title));
    await user.click(await waitFor(() => fold(fr.review.scores.title, fr.review.scores.open)));
    await user.click(scores().getByRole('button', { name: fr.review.reconcile.button }));
    expect(payloadsOf(backend, 'reconcileScores')).toEqual([]);
    await user.click(scores().getByRole('button', { name: fr.review.reconcile.confirm }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'reconcileScores')).toEqual([{ seasonId: 'S1' }]),
    );
    expect(await scores().findByText('4 équipes vérifiées, 1 score corrigé.')).toHaveAttribute(
      'role',
      'status',
    );
  });
});

describe('audit log', () => {
  it('reads newest first, with the kind, who, team, action, points and reason', async () => {
    const { backend, user } = await renderReview((backend) => {
      const entry = (id: string, fields: Record<string, unknown>) =>
        backend.setDocument(`${GAME_PATHS.audit('S1')}/${id}`, {
          submissionId: null,
          teamId: null,
          actionId: null,
          points: null,
          reason: null,
          ...fields,
        });
      entry('e1', {
        kind: 'reject',
        at: NOW - 2 * HOUR,
        by: 'uid-1',
        submissionId: 's1',
        teamId: 'T1',
        actionId: SOBRIETY_ACTION.id,
        reason: 'Photo floue',
      });
      entry('e2', { kind: 'correct', at: NOW - HOUR, by: 'uid-7', teamId: 'T2', points: 25 });
    });
    // Fetched only once unfolded.
    const logListeners = () =>
      backend.listeners.filter((listener) => listener.path === GAME_PATHS.audit('S1'));
    const summary = await waitFor(() => fold(fr.review.log.title, fr.review.log.open));
    expect(logListeners()).toHaveLength(0);
    await user.click(summary);
    expect(logListeners()).toHaveLength(1);
    const log = within(section(fr.review.log.title));
    const rows = await waitFor(() => {
      const found = log.getAllByRole('row');
      expect(found).toHaveLength(3);
      return found;
    });
    const cells = (row: HTMLElement | undefined) =>
      within(row as HTMLElement)
        .getAllByRole('cell')
        .slice(1)
        .map((cell) => cell.textContent);
    expect(cells(rows[1])).toEqual([
      fr.review.log.kinds.correct,
      'uid-7',
      'Les Loutres',
      '—',
      '+25',
      '—',
    ]);
    expect(cells(rows[2])).toEqual([
      fr.review.log.kinds.reject,
      ALICE.email,
      'Les Colibris',
      SOBRIETY_ACTION.title.fr,
      '—',
      'Photo floue',
    ]);
  });
});
