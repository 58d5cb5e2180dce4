// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { BOB, payloadsOf, renderForTest } from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import { GAME_PATHS } from '../../domain/game';
import fr from '../../i18n/fr.json';
import {
  DAY,
  DIVERSITY_ACTION,
  HOUR,
  NOW,
  SOBRIETY_ACTION,
  seedReview,
  HERON,
  seedSubmission,
  submissionData,
  whose,
} from './review-fixtures';
import { ReviewPage } from './review-page';

afterEach(cleanup);

const route = <Route path="/admin/review">{() => <ReviewPage />}</Route>;
const AUTHORS = ['Mésange 17', 'Héron 23', 'Lynx 51'];

function renderReview(seed: (backend: FakeBackend) => void) {
  return renderForTest(route, {
    path: '/admin/review',
    signedInAs: 'alice@example.org',
    seed: (backend) => {
      seedReview(backend);
      seed(backend);
    },
  });
}

/** Three pending submissions of different themes, teams, companies and ages, and one approved. */
function seedThree(backend: FakeBackend) {
  seedSubmission(backend, 's1', { authorName: 'Mésange 17', createdAt: NOW - HOUR });
  seedSubmission(backend, 's2', {
    ...HERON,
    createdAt: NOW - 2 * DAY,
  });
  seedSubmission(backend, 's3', {
    authorName: 'Lynx 51',
    teamId: 'T2',
    teamName: 'Les Loutres',
    companyId: 'C2',
    createdAt: NOW - 4 * DAY,
  });
  seedSubmission(backend, 's9', { authorName: 'Castor 88', status: 'approved' });
}

// By text, not by role: jsdom is slow to work out the role of every element of a long queue.
const queueRegion = () =>
  screen.getByText(fr.review.queue.title, { selector: 'h2' }).closest('section') as HTMLElement;

/** The queue's cards: its list items, each named by its action. */
const cards = () => within(queueRegion()).queryAllByRole('listitem');

/** The authors of the submissions the queue shows, in order. */
function shownAuthors(): string[] {
  return cards().map((card) => AUTHORS.find((name) => card.textContent?.includes(name)) ?? '?');
}

const cardOf = (author: string) =>
  cards().find((card) => card.textContent?.includes(author)) as HTMLElement;

/** The filters are folded, and built only once unfolded. */
const filterFold = () =>
  within(queueRegion()).getByText(fr.review.filters.legend, { selector: 'summary' });

describe('review page', () => {
  it('is reserved to organisers', async () => {
    await renderForTest(route, {
      path: '/admin/review',
      signedInAs: BOB.email,
      seed: (backend) => seedReview(backend),
    });
    expect(screen.getByRole('heading', { level: 1, name: fr.review.title })).toBeInTheDocument();
    expect(screen.getByText(fr.review.reserved)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: fr.review.queue.title })).toBeNull();
  });
});

describe('review queue', () => {
  it('lists pending submissions oldest first, and filters narrow it', async () => {
    const { user } = await renderReview(seedThree);
    await waitFor(() => expect(shownAuthors()).toEqual(['Lynx 51', 'Héron 23', 'Mésange 17']));
    expect(within(queueRegion()).getByText('3 contributions en attente.')).toBeInTheDocument();
    expect(within(cardOf('Lynx 51')).getByText('il y a 4 jours')).toBeInTheDocument();
    expect(within(cardOf('Mésange 17')).getByText('il y a 1 heure')).toBeInTheDocument();

    const queue = within(queueRegion());
    expect(queue.queryByLabelText(fr.review.fields.theme)).toBeNull();
    await user.click(filterFold());
    await user.selectOptions(queue.getByLabelText(fr.review.fields.theme), 'diversity');
    expect(shownAuthors()).toEqual(['Héron 23']);
    expect(queue.getByText(/1 affichée avec ces filtres/)).toBeInTheDocument();
    // Folded again, the filter holds, and says so; it can still be cleared.
    await user.click(queue.getByText(`${fr.review.filters.legend} (1 filtre actif)`));
    expect(queue.queryByLabelText(fr.review.fields.theme)).toBeNull();
    expect(shownAuthors()).toEqual(['Héron 23']);
    await user.click(queue.getByRole('button', { name: fr.review.filters.clear }));
    expect(shownAuthors()).toEqual(['Lynx 51', 'Héron 23', 'Mésange 17']);
    await user.click(filterFold());
    expect(queue.getByLabelText(fr.review.fields.theme)).toHaveValue('');
    await user.selectOptions(queue.getByLabelText(fr.review.fields.theme), 'diversity');

    await user.click(queue.getByRole('button', { name: fr.review.filters.clear }));
    await user.selectOptions(queue.getByLabelText(fr.review.fields.team), 'T2');
    expect(shownAuthors()).toEqual(['Lynx 51', 'Héron 23']);
    await user.selectOptions(queue.getByLabelText(fr.review.fields.action), SOBRIETY_ACTION.id);
    expect(shownAuthors()).toEqual(['Lynx 51']);

    await user.click(queue.getByRole('button', { name: fr.review.filters.clear }));
    await user.selectOptions(queue.getByLabelText(fr.review.fields.company), 'C1');
    expect(shownAuthors()).toEqual(['Mésange 17']);

    await user.click(queue.getByRole('button', { name: fr.review.filters.clear }));
    await user.selectOptions(queue.getByLabelText(fr.review.filters.age), 'day');
    expect(shownAuthors()).toEqual(['Lynx 51', 'Héron 23']);
    await user.selectOptions(queue.getByLabelText(fr.review.filters.age), 'threeDays');
    expect(shownAuthors()).toEqual(['Lynx 51']);
  });

  it('shows every field of a submission in a compact card, its controls named after it', async () => {
    await renderReview((backend) =>
      seedSubmission(backend, 's2', {
        ...HERON,
        // The person chose a day; the moment sent with it is not theirs to show.
        doneAt: NOW - 3 * DAY,
        day: '2026-03-29',
        createdAt: NOW - 2 * DAY,
        duplicateOf: 's0',
        proof: { kind: 'link', url: 'https://example.org/atelier' },
      }),
    );
    await waitFor(() => expect(shownAuthors()).toEqual(['Héron 23']));
    const card = cardOf('Héron 23');
    expect(card).toHaveAccessibleName(DIVERSITY_ACTION.title.fr);
    expect(
      within(card).getByRole('heading', { level: 3, name: DIVERSITY_ACTION.title.fr }),
    ).toBeInTheDocument();
    expect(within(card).getByText(fr.review.duplicate)).toBeInTheDocument();
    expect(within(card).getByText('avant-hier').closest('p')).toHaveTextContent(
      `${fr.themes.diversity} · Les Loutres (Bureau Vert) · par Héron 23 · faite le 29 mars 2026 · envoyée avant-hier · 10 points`,
    );
    expect(
      within(card).getByRole('link', {
        name: `https://example.org/atelier ${fr.review.proof.newTab}`,
      }),
    ).toHaveAttribute('href', 'https://example.org/atelier');

    // Each name starts with the words on screen, then says whose submission it is.
    const names = whose(DIVERSITY_ACTION, 'Héron 23');
    const select = within(card).getByRole('checkbox', {
      name: `${fr.review.queue.select} ${names}`,
    });
    expect(select.closest('label')).toHaveTextContent(fr.review.queue.select);
    for (const verb of [fr.review.queue.approve, fr.review.queue.reject]) {
      expect(within(card).getByRole('button', { name: `${verb} ${names}` })).toHaveTextContent(
        verb,
      );
    }
    // A page shows 25 of them: ten elements each (the item and what it holds), here eleven
    // with the duplicate flag.
    expect(card.querySelectorAll('*').length + 1).toBe(11);
  });

  it('approves one submission with the right payload and says what changed', async () => {
    const { backend, user } = await renderReview((backend) => {
      seedThree(backend);
      backend.handle('reviewSubmissions', () => {
        backend.setDocument(
          `${GAME_PATHS.submissions}/s2`,
          submissionData({ actionId: DIVERSITY_ACTION.id, status: 'approved' }),
        );
        return { changed: 1, skipped: [] };
      });
    });
    await waitFor(() => expect(shownAuthors()).toHaveLength(3));
    await user.click(
      screen.getByRole('button', {
        name: `${fr.review.queue.approve} ${whose(DIVERSITY_ACTION, 'Héron 23')}`,
      }),
    );
    await waitFor(() =>
      expect(payloadsOf(backend, 'reviewSubmissions')).toEqual([
        { submissionIds: ['s2'], decision: 'approve', reason: null },
      ]),
    );
    expect(await within(queueRegion()).findByRole('status')).toHaveTextContent(
      '1 contribution approuvée.',
    );
    await waitFor(() => expect(shownAuthors()).toEqual(['Lynx 51', 'Mésange 17']));
    expect(screen.getByRole('heading', { name: fr.review.queue.title })).toHaveFocus();
  });

  it('asks for a reason before rejecting, shows the error beside it and sends nothing', async () => {
    const { backend, user } = await renderReview(seedThree);
    await waitFor(() => expect(shownAuthors()).toHaveLength(3));
    const label = whose(SOBRIETY_ACTION, 'Mésange 17');
    const rejectButton = screen.getByRole('button', { name: `${fr.review.queue.reject} ${label}` });

    await user.click(rejectButton);
    const reason = screen.getByLabelText(`Raison du refus de ${label}`);
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: fr.review.queue.rejectSubmit }));
    expect(reason).toHaveAccessibleDescription(
      `${fr.review.queue.rejectHint} ${fr.validation.reasonRequired}`,
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');

    await user.type(reason, 'no');
    await user.click(screen.getByRole('button', { name: fr.review.queue.rejectSubmit }));
    expect(reason).toHaveAccessibleDescription(
      `${fr.review.queue.rejectHint} ${fr.validation.reason}`,
    );
    expect(payloadsOf(backend, 'reviewSubmissions')).toEqual([]);

    // Cancel gives focus back to the button that opened the form.
    await user.click(screen.getByRole('button', { name: fr.confirm.cancel }));
    expect(
      screen.getByRole('button', { name: `${fr.review.queue.reject} ${label}` }),
    ).toHaveFocus();

    await user.click(screen.getByRole('button', { name: `${fr.review.queue.reject} ${label}` }));
    await user.type(
      screen.getByLabelText(`Raison du refus de ${label}`),
      '  La photo ne montre pas l’action.  ',
    );
    await user.click(screen.getByRole('button', { name: fr.review.queue.rejectSubmit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'reviewSubmissions')).toEqual([
        { submissionIds: ['s1'], decision: 'reject', reason: 'La photo ne montre pas l’action.' },
      ]),
    );
  });

  it('approves the ticked submissions together, and reports those skipped', async () => {
    const { backend, user } = await renderReview((backend) => {
      seedThree(backend);
      backend.handle('reviewSubmissions', () => ({ changed: 1, skipped: ['s1'] }));
    });
    await waitFor(() => expect(shownAuthors()).toHaveLength(3));
    const approveSelected = screen.getByRole('button', { name: /Approuver la sélection/ });
    expect(approveSelected).toBeDisabled();

    await user.click(
      screen.getByRole('checkbox', {
        name: `${fr.review.queue.select} ${whose(SOBRIETY_ACTION, 'Mésange 17')}`,
      }),
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: `${fr.review.queue.select} ${whose(SOBRIETY_ACTION, 'Lynx 51')}`,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Approuver la sélection (2)' }));

    await waitFor(() =>
      expect(payloadsOf(backend, 'reviewSubmissions')).toEqual([
        { submissionIds: ['s3', 's1'], decision: 'approve', reason: null },
      ]),
    );
    expect(await within(queueRegion()).findByRole('status')).toHaveTextContent(
      '1 contribution approuvée. 1 ignorée : déjà traitée ou retirée.',
    );
  });

  it('selects all shown, and only those shown, in batches of at most 100', async () => {
    const { backend, user } = await renderReview((backend) => {
      for (let index = 0; index < 101; index += 1) {
        seedSubmission(backend, `p${String(index).padStart(3, '0')}`, {
          createdAt: NOW - DAY - index,
        });
      }
      seedSubmission(backend, 'other', { actionId: DIVERSITY_ACTION.id });
      backend.handle('reviewSubmissions', (data) => ({
        changed: (data as { submissionIds: string[] }).submissionIds.length,
        skipped: [],
      }));
    });
    await screen.findByText('102 contributions en attente.');
    // Queries by text in a small container: jsdom takes minutes to match labels across 102 cards.
    await user.click(filterFold());
    const filters = screen
      .getByText(fr.review.filters.legend, { selector: 'legend' })
      .closest('form') as HTMLElement;
    await user.selectOptions(within(filters).getByLabelText(fr.review.fields.theme), 'sobriety');
    // A page at a time: the first 25, then the rest as asked.
    expect(screen.getByText('Sélectionner les 25 contributions affichées')).toBeInTheDocument();
    expect(
      screen.getByText('25 affichées sur 101, les plus anciennes d’abord.'),
    ).toBeInTheDocument();
    for (let more = screen.queryByText(/^Afficher \d+ contributions? de plus$/); more;) {
      await user.click(more);
      more = screen.queryByText(/^Afficher \d+ contributions? de plus$/);
    }
    await user.click(screen.getByText('Sélectionner les 101 contributions affichées'));
    await user.click(screen.getByText('Approuver la sélection (101)'));

    await waitFor(() => expect(payloadsOf(backend, 'reviewSubmissions')).toHaveLength(2));
    const [first, second] = payloadsOf(backend, 'reviewSubmissions') as {
      submissionIds: string[];
    }[];
    expect(first?.submissionIds).toHaveLength(100);
    expect(second?.submissionIds).toEqual(['p000']);
    expect([...(first?.submissionIds ?? []), ...(second?.submissionIds ?? [])]).not.toContain(
      'other',
    );
    expect(await screen.findByText('101 contributions approuvées.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('flags a submission whose proof another person sent, in words', async () => {
    await renderReview((backend) => {
      seedSubmission(backend, 's1', { authorName: 'Mésange 17', duplicateOf: 's0' });
      seedSubmission(backend, 's2', { authorName: 'Héron 23' });
    });
    await waitFor(() => expect(shownAuthors()).toHaveLength(2));
    expect(within(cardOf('Mésange 17')).getByText(fr.review.duplicate)).toBeInTheDocument();
    expect(within(cardOf('Héron 23')).queryByText(fr.review.duplicate)).toBeNull();
  });

  it('shows markup in a text proof as text, links only web addresses, and photos on demand', async () => {
    const markup = '<img src=x onerror="alert(1)"><b>gras</b>';
    const { user } = await renderReview((backend) => {
      seedSubmission(backend, 's1', {
        authorName: 'Mésange 17',
        proof: { kind: 'text', text: markup },
      });
      seedSubmission(backend, 's2', {
        authorName: 'Héron 23',
        proof: { kind: 'link', url: 'javascript:alert(1)' },
      });
      seedSubmission(backend, 's3', {
        authorName: 'Lynx 51',
        proof: { kind: 'link', url: 'https://example.org/atelier' },
      });
      seedSubmission(backend, 's4', {
        authorName: 'Castor 88',
        proof: { kind: 'photo', type: 'image/png', bytes: 8 },
      });
      backend.setDocument(`${GAME_PATHS.proofPhotos}/s4`, {
        seasonId: 'S1',
        teamId: 'T1',
        uid: 'uid-3',
        type: 'image/png',
        data: 'iVBORw0KGgo=',
      });
    });
    await waitFor(() => expect(cards()).toHaveLength(4));

    const textCard = cardOf('Mésange 17');
    expect(within(textCard).getByText(markup)).toBeInTheDocument();
    expect(textCard.querySelector('img, b')).toBeNull();

    expect(within(cardOf('Héron 23')).queryByRole('link')).toBeNull();
    expect(within(cardOf('Héron 23')).getByText(/javascript:alert\(1\)/)).toBeInTheDocument();
    const link = within(cardOf('Lynx 51')).getByRole('link', { name: /example\.org\/atelier/ });
    expect(link).toHaveAttribute('href', 'https://example.org/atelier');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    const photoCard = cards().find((card) =>
      card.textContent?.includes('Castor 88'),
    ) as HTMLElement;
    expect(within(photoCard).queryByRole('img')).toBeNull();
    await user.click(within(photoCard).getByRole('button', { name: fr.review.proof.showPhoto }));
    const photo = await within(photoCard).findByRole('img', {
      name: `Photo envoyée par Castor 88 comme preuve de « ${SOBRIETY_ACTION.title.fr} »`,
    });
    expect(photo).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
  });
});
