// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  payloadsOf,
  renderForTest,
  openSeasonDocument,
  DAY,
} from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import { findAction } from '../../domain/catalogue';
import type { SubmissionStatus } from '../../domain/scoring';
import { dayIn } from '../../domain/submission';
import fr from '../../i18n/fr.json';
import { ProgressPage } from './progress-page';

afterEach(cleanup);

const NOW = Date.now();
const TZ = 'Europe/Paris';
const SEASON = openSeasonDocument({ timeZone: TZ }, NOW);

// Sobriety × understand: approved (5 points), pending, rejected; citizenship × understand: revoked.
const APPROVED_ACTION = 'sob-read-footprint-study';
const PENDING_ACTION = 'sob-responsible-digital-mooc';
const REJECTED_ACTION = 'sob-estimate-personal-footprint';
const REVOKED_ACTION = 'cit-learn-fact-checking';
const PHOTO_ACTION = 'sob-buy-refurbished-device';

function action(id: string) {
  const found = findAction(id);
  if (!found) throw new Error(`No action ${id} in the catalogue.`);
  return found;
}

const title = (id: string) => action(id).title.fr;

let sent = 0;
function submissionDoc(
  actionId: string,
  status: SubmissionStatus,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const { theme, modality, points, scope } = action(actionId);
  sent += 1;
  const doneAt = NOW - DAY;
  return {
    seasonId: 'S1',
    teamId: 'T1',
    teamName: 'Les Colibris',
    companyId: 'C1',
    uid: 'uid-1',
    authorName: 'Colibri 42',
    actionId,
    theme,
    modality,
    points,
    scope,
    doneAt,
    day: dayIn(TZ, doneAt),
    proof: { kind: 'none' },
    proofHash: null,
    duplicateOf: null,
    status,
    reason: null,
    auto: false,
    audited: false,
    createdAt: NOW - 5 * DAY + sent * 60_000,
    updatedAt: NOW,
    reviewedAt: null,
    approvedAt: status === 'approved' ? NOW - DAY / 2 : null,
    reactions: {},
    ...extra,
  };
}

function seed(backend: FakeBackend) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', SEASON);
  backend.setDocument('memberships/S1_uid-1', {
    seasonId: 'S1',
    teamId: 'T1',
    uid: 'uid-1',
    role: 'member',
    joinedAt: NOW - 6 * DAY,
  });
  // Sent in this order: the page lists them the other way round.
  backend.setDocument('submissions/A1', submissionDoc(APPROVED_ACTION, 'approved'));
  backend.setDocument(
    'submissions/R1',
    submissionDoc(REJECTED_ACTION, 'rejected', {
      proof: { kind: 'text', text: 'Environ 2 tonnes' },
      reason: 'Donnez le chiffre de l’outil.',
    }),
  );
  backend.setDocument(
    'submissions/V1',
    submissionDoc(REVOKED_ACTION, 'revoked', {
      proof: { kind: 'link', url: 'https://example.org/quiz' },
      reason: 'Lien déjà utilisé par un collègue.',
    }),
  );
  backend.setDocument(
    'submissions/P1',
    submissionDoc(PENDING_ACTION, 'pending', {
      proof: { kind: 'link', url: 'https://example.org/mooc' },
    }),
  );
  // Someone else's, and another season's: not Alice's progress.
  backend.setDocument('submissions/X1', submissionDoc(PHOTO_ACTION, 'approved', { uid: 'uid-2' }));
  backend.setDocument(
    'submissions/X2',
    submissionDoc(PHOTO_ACTION, 'approved', { seasonId: 'S0' }),
  );
}

const renderProgress = (more?: (backend: FakeBackend) => void) =>
  renderForTest(<Route path="/progress" component={ProgressPage} />, {
    path: '/progress',
    signedInAs: ALICE.email,
    seed: (backend) => {
      seed(backend);
      more?.(backend);
    },
  });

/** The list item of the submission whose action has this title. */
const itemOf = (actionId: string) => {
  const heading = screen.getByRole('heading', { level: 3, name: title(actionId) });
  const item = heading.closest('li');
  if (!item) throw new Error('A submission sits in a list item.');
  return within(item);
};

describe('progress page, my submissions', () => {
  it('lists my submissions of the season newest first, with their status in words', async () => {
    await renderProgress();
    const list = await screen.findByRole('heading', { name: fr.progress.submissions });
    const section = within(list.closest('section') as HTMLElement);
    expect(section.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      title(PENDING_ACTION),
      title(REVOKED_ACTION),
      title(REJECTED_ACTION),
      title(APPROVED_ACTION),
    ]);
    expect(itemOf(PENDING_ACTION).getByText(fr.progress.statuses.pending)).toBeInTheDocument();
    expect(itemOf(APPROVED_ACTION).getByText(fr.progress.statuses.approved)).toBeInTheDocument();
    expect(itemOf(REJECTED_ACTION).getByText(fr.progress.statuses.rejected)).toBeInTheDocument();
    expect(itemOf(REVOKED_ACTION).getByText(fr.progress.statuses.revoked)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: title(PHOTO_ACTION) })).not.toBeInTheDocument();
  });

  it('shows the reviewer’s reason for rejected and revoked submissions', async () => {
    await renderProgress();
    await screen.findByRole('heading', { name: fr.progress.submissions });
    expect(itemOf(REJECTED_ACTION).getByText('Donnez le chiffre de l’outil.')).toBeInTheDocument();
    expect(
      itemOf(REVOKED_ACTION).getByText('Lien déjà utilisé par un collègue.'),
    ).toBeInTheDocument();
    expect(itemOf(APPROVED_ACTION).queryByText(fr.progress.reason)).not.toBeInTheDocument();
  });

  it('counts only approved submissions in my points', async () => {
    await renderProgress();
    const points = action(APPROVED_ACTION).points;
    expect(await screen.findByText(`${points} points gagnés`)).toBeInTheDocument();
  });

  it('shows what my approved actions changed, as ranges by unit, with how we count', async () => {
    await renderProgress((backend) => {
      const kg = { unit: 'kgCO2e', low: 24.6, central: 24.6, high: 27 };
      backend.setDocument('submissions/A1', {
        ...submissionDoc(APPROVED_ACTION, 'approved'),
        impact: kg,
      });
      // Not approved: counts for nothing.
      backend.setDocument('submissions/P9', {
        ...submissionDoc(PENDING_ACTION, 'pending'),
        impact: { unit: 'peopleTrained', low: 4, central: 4, high: 8 },
      });
    });
    const section = await screen.findByRole('region', { name: fr.impact.title });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['entre 24,6 et 27 kg CO₂e, estimation centrale 24,6 kg CO₂e']);
    expect(within(section).getByRole('link', { name: fr.impact.howWeCount })).toHaveAttribute(
      'href',
      '/how-we-count',
    );
  });

  it('says nothing of impact when the season does not show it', async () => {
    await renderProgress((backend) =>
      backend.setDocument('seasons/S1', { ...SEASON, showImpact: false }),
    );
    await screen.findByRole('heading', { name: fr.progress.submissions });
    expect(screen.queryByRole('region', { name: fr.impact.title })).toBeNull();
  });

  it('counts the weeks in a row with an approved action, and not the others', async () => {
    await renderProgress((backend) => {
      for (const [id, daysAgo, status] of [
        ['A2', 8, 'approved'],
        ['A3', 15, 'approved'],
        // A pending one the week before does not extend the streak.
        ['P2', 22, 'pending'],
      ] as const) {
        const doneAt = NOW - daysAgo * DAY;
        backend.setDocument(
          `submissions/${id}`,
          submissionDoc(APPROVED_ACTION, status, { doneAt, day: dayIn(TZ, doneAt) }),
        );
      }
    });
    const line = (await screen.findByText(fr.streak.title)).closest('p');
    expect(line).toHaveTextContent('Série : 3 semaines d’affilée avec une action validée.');
    expect(line?.querySelectorAll('.streak-week.on')).toHaveLength(3);
    // Three weeks in a row earn the streak badge.
    const streakBadge = screen
      .getByRole('heading', { level: 3, name: fr.progress.badges.streak })
      .closest('li');
    expect(streakBadge).toHaveTextContent(/Obtenu le /);
  });

  it('says there is no streak yet when nothing is approved', async () => {
    await renderProgress((backend) => backend.setDocument('submissions/A1', null));
    expect(await screen.findByText(fr.streak.none)).toBeInTheDocument();
  });

  it('offers withdraw on the pending one only, and sends withdrawSubmission once confirmed', async () => {
    const { backend, user } = await renderProgress((fake) =>
      fake.handle('withdrawSubmission', (data) => {
        fake.setDocument(
          'submissions/P1',
          submissionDoc(PENDING_ACTION, 'withdrawn', { createdAt: NOW }),
        );
        return { submissionId: (data as { submissionId: string }).submissionId };
      }),
    );
    await screen.findByRole('heading', { name: fr.progress.submissions });
    expect(
      screen.getAllByRole('button', { name: new RegExp(`^${fr.progress.withdraw} `) }),
    ).toHaveLength(1);

    await user.click(itemOf(PENDING_ACTION).getByRole('button', { name: /Retirer/ }));
    expect(payloadsOf(backend, 'withdrawSubmission')).toEqual([]);
    await user.click(screen.getByRole('button', { name: fr.progress.withdrawConfirm }));

    expect(payloadsOf(backend, 'withdrawSubmission')).toEqual([{ submissionId: 'P1' }]);
    expect(await screen.findByText(fr.progress.withdrawn)).toHaveAttribute('role', 'status');
    expect(itemOf(PENDING_ACTION).getByText(fr.progress.statuses.withdrawn)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Retirer / })).not.toBeInTheDocument();
  });

  it('words a refused withdrawal', async () => {
    const { user } = await renderProgress((fake) =>
      fake.handle('withdrawSubmission', () => {
        throw new BackendError('failed-precondition', 'Not pending.', {
          key: 'gameRefusals.notPending',
        });
      }),
    );
    await screen.findByRole('heading', { name: fr.progress.submissions });
    await user.click(itemOf(PENDING_ACTION).getByRole('button', { name: /Retirer/ }));
    await user.click(screen.getByRole('button', { name: fr.progress.withdrawConfirm }));
    expect(
      await screen.findByText(
        `${fr.commandErrors['failed-precondition']} ${fr.gameRefusals.notPending}`,
      ),
    ).toHaveAttribute('role', 'alert');
  });

  it('fixes a rejected submission, pre-filled, and sends resubmitAction', async () => {
    const { backend, user } = await renderProgress((fake) =>
      fake.handle('resubmitAction', () => {
        fake.setDocument(
          'submissions/R1',
          submissionDoc(REJECTED_ACTION, 'pending', {
            proof: { kind: 'text', text: 'Selon l’outil : 2,3 tonnes' },
          }),
        );
        return { submissionId: 'R1', status: 'pending' };
      }),
    );
    await screen.findByRole('heading', { name: fr.progress.submissions });
    expect(
      screen.getAllByRole('button', { name: new RegExp(`^${fr.progress.fix} `) }),
    ).toHaveLength(1);
    const fix = itemOf(REJECTED_ACTION).getByRole('button', { name: /Corriger et renvoyer/ });
    expect(fix).toHaveAttribute('aria-expanded', 'false');
    await user.click(fix);
    expect(fix).toHaveAttribute('aria-expanded', 'true');

    const form = within(screen.getByRole('form', { name: fr.progress.fixTitle }));
    const text = form.getByLabelText(fr.submit.text);
    expect(text).toHaveValue('Environ 2 tonnes');
    expect(form.getByLabelText(fr.submit.doneAt)).toHaveValue(dayIn(TZ, NOW - DAY));
    await user.clear(text);
    await user.type(text, 'Selon l’outil : 2,3 tonnes');
    await user.click(form.getByRole('button', { name: fr.progress.resubmit }));

    expect(await screen.findByText(fr.progress.resubmitted)).toHaveAttribute('role', 'status');
    const [payload] = payloadsOf(backend, 'resubmitAction') as { doneAt: number }[];
    expect(payload).toEqual({
      submissionId: 'R1',
      doneAt: expect.any(Number),
      proof: { kind: 'text', text: 'Selon l’outil : 2,3 tonnes' },
    });
    expect(dayIn(TZ, payload?.doneAt ?? 0)).toBe(dayIn(TZ, NOW - DAY));
    expect(itemOf(REJECTED_ACTION).getByText(fr.progress.statuses.pending)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: fr.progress.fixTitle })).not.toBeInTheDocument();
  });

  it('shows my own photo only when I ask for it', async () => {
    const { user } = await renderProgress((fake) => {
      fake.setDocument(
        'submissions/F1',
        submissionDoc(PHOTO_ACTION, 'pending', {
          proof: { kind: 'photo', type: 'image/jpeg', bytes: 3 },
        }),
      );
      fake.setDocument('proofPhotos/F1', {
        seasonId: 'S1',
        teamId: 'T1',
        uid: 'uid-1',
        type: 'image/jpeg',
        data: '/9j/',
      });
    });
    await screen.findByRole('heading', { name: fr.progress.submissions });
    const alt = `Votre photo pour « ${title(PHOTO_ACTION)} »`;
    expect(screen.queryByRole('img', { name: alt })).not.toBeInTheDocument();

    await user.click(itemOf(PHOTO_ACTION).getByRole('button', { name: /Voir ma photo/ }));
    expect(await screen.findByRole('img', { name: alt })).toHaveAttribute(
      'src',
      'data:image/jpeg;base64,/9j/',
    );
  });

  it('says a photo purged after the season is gone, without offering to show it', async () => {
    await renderProgress((fake) => {
      fake.setDocument(
        'submissions/F2',
        submissionDoc(PHOTO_ACTION, 'approved', {
          proof: { kind: 'photo', type: 'image/jpeg', bytes: 3, purged: true },
        }),
      );
    });
    await screen.findByRole('heading', { name: fr.progress.submissions });
    expect(itemOf(PHOTO_ACTION).getByText(fr.progress.photoPurged)).toBeInTheDocument();
    expect(
      itemOf(PHOTO_ACTION).queryByRole('button', { name: /Voir ma photo/ }),
    ).not.toBeInTheDocument();
  });
});

describe('progress page, grid and badges', () => {
  it('counts approved submissions in the theme × modality table, with headers', async () => {
    await renderProgress((fake) =>
      fake.setDocument('submissions/A2', submissionDoc('sob-camera-off-in-meetings', 'approved')),
    );
    const table = await screen.findByRole('table', { name: fr.progress.grid.caption });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(columns).toEqual([fr.grid.theme, 'Comprendre', 'Agir', 'Transmettre']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);

    const cellOf = (theme: string, modality: 'understand' | 'act' | 'share') => {
      const row = within(table).getByRole('rowheader', { name: theme }).closest('tr');
      const index = ['understand', 'act', 'share'].indexOf(modality);
      return row?.querySelectorAll('td')[index]?.textContent;
    };
    // Sobriety × understand holds one approved, one pending and one rejected submission.
    expect(cellOf(fr.themes.sobriety, 'understand')).toBe('1 action, 5 points');
    expect(cellOf(fr.themes.sobriety, 'act')).toBe('1 action, 5 points');
    // The only citizenship submission was revoked.
    expect(cellOf(fr.themes.citizenship, 'understand')).toBe('0');
    expect(cellOf(fr.themes.engagement, 'share')).toBe('0');
  });

  it('gives the badges of the theme and modality of an approved action, in words', async () => {
    await renderProgress();
    await screen.findByRole('heading', { name: fr.progress.badges.title });
    expect(screen.getByText('2 badges obtenus sur 11.')).toBeInTheDocument();

    const badge = (name: string) => {
      const item = screen.getByRole('heading', { level: 3, name }).closest('li');
      if (!item) throw new Error('A badge sits in a list item.');
      return within(item);
    };
    expect(
      badge(`Premier pas : ${fr.themes.sobriety}`).getByText(/^Obtenu le /),
    ).toBeInTheDocument();
    expect(
      badge(`Premier pas : ${fr.themes.citizenship}`).getByText(fr.progress.badges.notYet),
    ).toBeInTheDocument();
    const modality = action(APPROVED_ACTION).modality;
    expect(
      badge(fr.progress.badges.modality[modality]).getByText(/^Obtenu le /),
    ).toBeInTheDocument();
    expect(
      badge(fr.progress.badges.allThemes).getByText(fr.progress.badges.notYet),
    ).toBeInTheDocument();
    expect(
      badge(fr.progress.badges.streak).getByText(fr.progress.badges.notYet),
    ).toBeInTheDocument();
  });
});

describe('progress page, without a season', () => {
  it('says there is no season', async () => {
    await renderForTest(<Route path="/progress" component={ProgressPage} />, {
      path: '/progress',
      signedInAs: ALICE.email,
      seed: (backend) =>
        backend.setDocument('config/app', { currentSeasonId: null, hasOrganiser: true }),
    });
    expect(await screen.findByText(fr.progress.noSeason)).toBeInTheDocument();
  });
});
