// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import {
  ALICE,
  openSeasonDocument,
  payloadsOf,
  renderForTest,
} from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import { PATHS } from '../../domain/paths';
import { SURVEY_PATHS, surveyAnswerId, type SurveyAnswer } from '../../domain/survey';
import fr from '../../i18n/fr.json';
import { SurveyNotice } from './survey-notice';
import { SurveyPage } from './survey-page';

afterEach(cleanup);

const routes = (
  <>
    <SurveyNotice />
    <Switch>
      <Route path="/survey" component={SurveyPage} />
      <Route path="/progress">
        <h1>Progress</h1>
      </Route>
    </Switch>
  </>
);

const ANSWER_PATH = `${SURVEY_PATHS.answers}/${surveyAnswerId('S1', 'uid-1')}`;

function seed(
  backend: FakeBackend,
  options: { surveyOpen?: boolean; member?: boolean; answered?: Partial<SurveyAnswer> } = {},
) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument(
    'seasons/S1',
    openSeasonDocument({ state: 'closed', surveyOpen: options.surveyOpen ?? true }),
  );
  if (options.member ?? true) {
    backend.setDocument(`${PATHS.memberships}/${PATHS.membershipId('S1', 'uid-1')}`, {
      seasonId: 'S1',
      teamId: 'T1',
      uid: 'uid-1',
      role: 'member',
      joinedAt: 1,
    });
  }
  if (options.answered) {
    backend.setDocument(ANSWER_PATH, {
      seasonId: 'S1',
      uid: 'uid-1',
      keepGoing: 'maybe',
      rating: 3,
      favouriteTheme: null,
      comment: '',
      answeredAt: 1,
      ...options.answered,
    });
  }
}

const renderSurvey = (
  options: Parameters<typeof seed>[1] = {},
  more?: (backend: FakeBackend) => void,
  path = '/survey',
) =>
  renderForTest(routes, {
    path,
    signedInAs: ALICE.email,
    seed: (backend) => {
      seed(backend, options);
      more?.(backend);
    },
  });

const sendButton = () => screen.getByRole('button', { name: fr.survey.send });

describe('the end-of-season survey', () => {
  it('asks its four questions, grouped and labelled', async () => {
    await renderSurvey();
    const keepGoing = await screen.findByRole('group', { name: /Voulez-vous continuer/ });
    expect(
      within(keepGoing)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['yes', 'maybe', 'no']);
    const rating = screen.getByRole('group', { name: /Quelle note/ });
    expect(within(rating).getAllByRole('radio')).toHaveLength(5);
    expect(within(rating).getByRole('radio', { name: '4 sur 5' })).toBeInTheDocument();
    const theme = screen.getByRole('combobox', { name: fr.survey.favouriteTheme });
    expect(within(theme).getAllByRole('option')).toHaveLength(7);
    expect(screen.getByRole('textbox', { name: fr.survey.comment })).toHaveAccessibleDescription(
      '0 caractère sur 500 au plus.',
    );
    // No notice on the survey page itself.
    expect(screen.queryByRole('link', { name: fr.survey.noticeLink })).toBeNull();
  });

  it('says what is missing and sends nothing', async () => {
    const { backend, user } = await renderSurvey();
    await screen.findByRole('group', { name: /Voulez-vous continuer/ });
    await user.click(sendButton());
    expect(await screen.findByText(fr.form.fixErrors)).toHaveFocus();
    expect(
      screen.getByRole('group', { name: /Voulez-vous continuer/ }),
    ).toHaveAccessibleDescription(fr.validation.keepGoing);
    expect(screen.getByRole('group', { name: /Quelle note/ })).toHaveAccessibleDescription(
      `De 1 (pas du tout satisfait·e) à 5 (très satisfait·e). ${fr.validation.surveyRating}`,
    );
    expect(payloadsOf(backend, 'answerSurvey')).toEqual([]);
  });

  it('refuses a comment over 500 characters, counting them as they are typed', async () => {
    const { backend, user } = await renderSurvey();
    await user.click(await screen.findByRole('radio', { name: fr.survey.keepGoing.yes }));
    await user.click(screen.getByRole('radio', { name: '5 sur 5' }));
    const comment = screen.getByRole('textbox', { name: fr.survey.comment });
    await user.click(comment);
    await user.paste('a'.repeat(501));
    expect(comment).toHaveAccessibleDescription('501 caractères sur 500 au plus.');
    await user.click(sendButton());
    await waitFor(() =>
      expect(comment).toHaveAccessibleDescription(
        `501 caractères sur 500 au plus. ${fr.validation.surveyComment}`,
      ),
    );
    expect(payloadsOf(backend, 'answerSurvey')).toEqual([]);
  });

  it('sends the answer once, then thanks the person and shows what they said', async () => {
    const { backend, user } = await renderSurvey({}, (fake) =>
      fake.handle('answerSurvey', (data) => {
        fake.setDocument(ANSWER_PATH, {
          ...(data as Record<string, unknown>),
          uid: 'uid-1',
          answeredAt: 2,
        });
        return { ok: true };
      }),
    );
    await user.click(await screen.findByRole('radio', { name: fr.survey.keepGoing.yes }));
    await user.click(screen.getByRole('radio', { name: '4 sur 5' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: fr.survey.favouriteTheme }),
      fr.themes.accessibility,
    );
    await user.type(screen.getByRole('textbox', { name: fr.survey.comment }), '  Bravo !  ');
    await user.click(sendButton());

    expect(await screen.findByRole('heading', { name: fr.survey.thanks })).toHaveFocus();
    expect(payloadsOf(backend, 'answerSurvey')).toEqual([
      {
        seasonId: 'S1',
        keepGoing: 'yes',
        rating: 4,
        favouriteTheme: 'accessibility',
        comment: 'Bravo !',
      },
    ]);
    expect(screen.queryByRole('button', { name: fr.survey.send })).toBeNull();
    const answer = screen.getByRole('region', { name: fr.survey.thanks });
    expect([...answer.querySelectorAll('dd')].map((item) => item.textContent)).toEqual([
      fr.survey.keepGoing.yes,
      '4 sur 5',
      fr.themes.accessibility,
      'Bravo !',
    ]);
  });

  it('shows the stored answer to someone who already answered', async () => {
    await renderSurvey({ answered: { keepGoing: 'no', rating: 2 } });
    expect(await screen.findByRole('heading', { name: fr.survey.thanks })).not.toHaveFocus();
    const answer = screen.getByRole('region', { name: fr.survey.thanks });
    expect([...answer.querySelectorAll('dd')].map((item) => item.textContent)).toEqual([
      fr.survey.keepGoing.no,
      '2 sur 5',
      fr.survey.noFavourite,
      fr.survey.noComment,
    ]);
    expect(screen.queryByRole('button', { name: fr.survey.send })).toBeNull();
  });

  it('says why the function refused the answer', async () => {
    const { user } = await renderSurvey({}, (fake) =>
      fake.handle('answerSurvey', () => {
        throw new BackendError('failed-precondition', 'The survey is closed.');
      }),
    );
    await user.click(await screen.findByRole('radio', { name: fr.survey.keepGoing.maybe }));
    await user.click(screen.getByRole('radio', { name: '3 sur 5' }));
    await user.click(sendButton());
    expect(
      await screen.findByText(`${fr.commandErrors['failed-precondition']} The survey is closed.`),
    ).toHaveFocus();
    expect(sendButton()).toBeInTheDocument();
  });

  it('says so while the survey is not open', async () => {
    await renderSurvey({ surveyOpen: false });
    expect(await screen.findByText(fr.survey.closed)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: fr.survey.send })).toBeNull();
  });

  it('is for members of the season only', async () => {
    await renderSurvey({ member: false });
    expect(await screen.findByText(fr.survey.membersOnly)).toBeInTheDocument();
  });
});

describe('the survey notice', () => {
  it('leads a member who has not answered to the survey while it is open', async () => {
    await renderSurvey({}, undefined, '/progress');
    const notice = await screen.findByRole('region', { name: fr.survey.noticeLabel });
    expect(within(notice).getByRole('link', { name: fr.survey.noticeLink })).toHaveAttribute(
      'href',
      '/survey',
    );
  });

  it('is not shown once answered, and comes back if the answer goes', async () => {
    const { backend, store } = await renderSurvey({ answered: {} }, undefined, '/progress');
    await waitFor(() => expect(store.getState().live.membership).not.toBeNull());
    await screen.findByRole('heading', { name: 'Progress' });
    expect(screen.queryByRole('region', { name: fr.survey.noticeLabel })).toBeNull();
    backend.setDocument(ANSWER_PATH, null);
    expect(await screen.findByRole('region', { name: fr.survey.noticeLabel })).toBeInTheDocument();
  });

  it('is not shown while the survey is closed, and appears when it opens', async () => {
    const { backend, store } = await renderSurvey({ surveyOpen: false }, undefined, '/progress');
    await waitFor(() => expect(store.getState().live.membership).not.toBeNull());
    expect(screen.queryByRole('region', { name: fr.survey.noticeLabel })).toBeNull();
    backend.setDocument('seasons/S1', openSeasonDocument({ state: 'closed', surveyOpen: true }));
    expect(await screen.findByRole('region', { name: fr.survey.noticeLabel })).toBeInTheDocument();
  });
});
