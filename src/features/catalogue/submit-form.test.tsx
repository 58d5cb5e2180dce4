// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import type { PhotoCodec } from '../../components/photo';
import {
  ALICE,
  payloadsOf,
  renderForTest,
  openSeasonDocument,
  DAY,
} from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import { CATALOGUE, findAction } from '../../domain/catalogue';
import { impactModelOf } from '../../domain/impact-data';
import { dayIn } from '../../domain/submission';
import fr from '../../i18n/fr.json';
import { ActionPage } from './action-page';
import { SubmitForm } from './submit-form';

afterEach(cleanup);

const NOW = Date.now();
const TZ = 'Europe/Paris';
const SEASON = openSeasonDocument({ timeZone: TZ }, NOW);

const TEXT_ACTION = 'sob-estimate-personal-footprint';
const LINK_ACTION = 'sob-responsible-digital-mooc';
const NONE_ACTION = 'sob-read-footprint-study';
const PHOTO_ACTION = 'sob-buy-refurbished-device';
const TEAM_ACTION = 'res-team-review-cookie-banner';

/** The id the device gives each submission, its idempotency key. */
const SUBMISSION_ID = expect.stringMatching(/^[A-Za-z0-9_-]{27}$/);

function seedSeason(backend: FakeBackend, season: Record<string, unknown> = SEASON) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', season);
}

/** An open season, and Alice (uid-1) in the team "Les Colibris". */
function seedTeam(backend: FakeBackend) {
  seedSeason(backend);
  backend.setDocument('teams/T1', {
    seasonId: 'S1',
    companyId: 'C1',
    companyName: 'Acme',
    name: 'Les Colibris',
    members: { 'uid-1': { name: 'Colibri 42', role: 'captain', joinedAt: NOW - 5 * DAY } },
    memberCount: 1,
    createdAt: NOW - 5 * DAY,
  });
  backend.setDocument('memberships/S1_uid-1', {
    seasonId: 'S1',
    teamId: 'T1',
    uid: 'uid-1',
    role: 'captain',
    joinedAt: NOW - 5 * DAY,
  });
}

const renderAction = (
  actionId: string,
  seed: (backend: FakeBackend) => void = seedTeam,
  signedInAs: string | null = ALICE.email,
) =>
  renderForTest(<Route path="/actions/:id">{(params) => <ActionPage id={params.id} />}</Route>, {
    path: `/actions/${actionId}`,
    ...(signedInAs ? { signedInAs } : {}),
    seed,
  });

const sendButton = () => screen.getByRole('button', { name: fr.submit.submit });

const accepting = (backend: FakeBackend, status: 'pending' | 'approved') =>
  backend.handle('submitAction', () => ({ submissionId: 'SUB1', status }));

describe('submit form, what it sends for each kind of proof', () => {
  it('sends a text proof done today, counts characters, then says it awaits review', async () => {
    const { backend, user } = await renderAction(TEXT_ACTION);
    accepting(backend, 'pending');
    const text = await screen.findByLabelText(fr.submit.text);
    expect(screen.getByLabelText(fr.submit.doneAt)).toHaveValue(dayIn(TZ, Date.now()));

    await user.type(text, 'Mon empreinte : 1,2 t');
    expect(text).toHaveAccessibleDescription('21 caractères sur 1\u202f000');
    const before = Date.now();
    await user.click(sendButton());

    expect(await screen.findByText(fr.submit.sentPending, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.submit.seeProgress })).toHaveAttribute(
      'href',
      '/progress',
    );
    const [payload] = payloadsOf(backend, 'submitAction') as {
      actionId: string;
      doneAt: number;
      proof: unknown;
    }[];
    expect(payload).toEqual({
      seasonId: 'S1',
      submissionId: SUBMISSION_ID,
      actionId: TEXT_ACTION,
      doneAt: expect.any(Number),
      proof: { kind: 'text', text: 'Mon empreinte : 1,2 t' },
    });
    expect(payload?.doneAt).toBeGreaterThanOrEqual(before);
    expect(payload?.doneAt).toBeLessThanOrEqual(Date.now());
    // Sent: the fields are empty again for the next time.
    expect(screen.getByLabelText(fr.submit.text)).toHaveValue('');
  });

  it('refuses a link that is not http(s) next to the field, then sends the fixed one', async () => {
    const { backend, user } = await renderAction(LINK_ACTION);
    accepting(backend, 'pending');
    const url = await screen.findByLabelText(fr.submit.url);
    await user.type(url, 'javascript:alert(1)');
    await user.click(sendButton());

    expect(await screen.findByText(fr.form.fixErrors)).toHaveFocus();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(`${fr.submit.urlHint} ${fr.validation.proofLink}`);
    expect(payloadsOf(backend, 'submitAction')).toEqual([]);

    await user.clear(url);
    await user.type(url, ' https://example.org/mooc/certificate ');
    await user.click(sendButton());
    await screen.findByText(fr.submit.sentPending, { exact: false });
    expect(payloadsOf(backend, 'submitAction')).toEqual([
      {
        seasonId: 'S1',
        submissionId: SUBMISSION_ID,
        actionId: LINK_ACTION,
        doneAt: expect.any(Number),
        proof: { kind: 'link', url: 'https://example.org/mooc/certificate' },
      },
    ]);
  });

  it('sends an honour action done yesterday as the last moment of that day, approved at once', async () => {
    const { backend, user } = await renderAction(NONE_ACTION);
    accepting(backend, 'approved');
    const yesterday = dayIn(TZ, Date.now() - DAY);
    fireEvent.change(await screen.findByLabelText(fr.submit.doneAt), {
      target: { value: yesterday },
    });
    await user.click(sendButton());

    const points = findAction(NONE_ACTION)?.points;
    expect(
      await screen.findByText(`C’est validé sur l’honneur : ${points} points de plus`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    const [payload] = payloadsOf(backend, 'submitAction') as { doneAt: number; proof: unknown }[];
    expect(payload?.proof).toEqual({ kind: 'none' });
    expect(dayIn(TZ, payload?.doneAt ?? 0)).toBe(yesterday);
    expect(dayIn(TZ, (payload?.doneAt ?? 0) + 1)).not.toBe(yesterday);
  });

  it('says that a team action is submitted once for the whole team', async () => {
    await renderAction(TEAM_ACTION);
    expect(await screen.findByText(fr.submit.teamScope)).toBeInTheDocument();
  });
});

describe('submit form, dates', () => {
  it.each([
    [
      'too old for the log-back days',
      5,
      'C’est plus ancien que ce que la saison permet (3 jours).',
    ],
    ['before the season started', 20, fr.gameRefusals.beforeSeason],
  ])('refuses a day %s next to the date, and sends nothing', async (_, daysAgo, message) => {
    const { backend, user } = await renderAction(NONE_ACTION);
    const date = await screen.findByLabelText(fr.submit.doneAt);
    fireEvent.change(date, { target: { value: dayIn(TZ, Date.now() - daysAgo * DAY) } });
    await user.click(sendButton());

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(payloadsOf(backend, 'submitAction')).toEqual([]);
  });

  it('offers the days from the later of the season start and the log-back limit, to today', async () => {
    await renderAction(NONE_ACTION);
    const date = await screen.findByLabelText(fr.submit.doneAt);
    expect(date).toHaveAttribute('min', dayIn(TZ, NOW - 3 * DAY));
    expect(date).toHaveAttribute('max', dayIn(TZ, NOW));
  });
});

describe('submit form, refusals', () => {
  it('words a refusal with its translated key and keeps what was typed', async () => {
    const { backend, user } = await renderAction(TEXT_ACTION);
    backend.handle('submitAction', () => {
      throw new BackendError('failed-precondition', 'Already logged.', {
        key: 'gameRefusals.repeatOnce',
      });
    });
    const text = await screen.findByLabelText(fr.submit.text);
    await user.type(text, 'Déjà fait une fois');
    await user.click(sendButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${fr.commandErrors['failed-precondition']} ${fr.gameRefusals.repeatOnce}`,
    );
    expect(text).toHaveValue('Déjà fait une fois');
    expect(screen.queryByText(fr.submit.sentPending, { exact: false })).not.toBeInTheDocument();
  });

  it('says when to try again after too many submissions', async () => {
    const { backend, user } = await renderAction(NONE_ACTION);
    const retryAt = NOW + 7 * 60 * 1000;
    backend.handle('submitAction', () => {
      throw new BackendError('rate-limited', 'Too many.', { retryAt });
    });
    await screen.findByLabelText(fr.submit.doneAt);
    await user.click(sendButton());

    const time = new Date(retryAt).toLocaleTimeString(undefined, { timeStyle: 'short' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      fr.commandErrors['rate-limited'].replace('{{time}}', time),
    );
  });
});

describe('submit form, when it cannot be used', () => {
  it('asks to join a team first, with a link to the team page', async () => {
    await renderAction(TEXT_ACTION, seedSeason);
    expect(await screen.findByText(fr.gameRefusals.noTeam)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.submit.findTeam })).toHaveAttribute('href', '/team');
    expect(screen.queryByRole('button', { name: fr.submit.submit })).not.toBeInTheDocument();
  });

  it('says the action does not count when the season leaves it out', async () => {
    await renderAction(TEXT_ACTION, (backend) => {
      seedTeam(backend);
      backend.setDocument('seasons/S1', { ...SEASON, actionIds: [LINK_ACTION] });
    });
    expect(await screen.findByText(fr.gameRefusals.notInSeason)).toBeInTheDocument();
  });

  it('says the season is over once it is closed', async () => {
    await renderAction(TEXT_ACTION, (backend) => {
      seedTeam(backend);
      backend.setDocument('seasons/S1', { ...SEASON, state: 'closed' });
    });
    expect(await screen.findByText(fr.gameRefusals.seasonClosed)).toBeInTheDocument();
  });

  it('asks a signed-out visitor to sign in, coming back to the action', async () => {
    await renderAction(TEXT_ACTION, seedSeason, null);
    expect(await screen.findByText(fr.submit.signInFirst)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.nav.signIn })).toHaveAttribute(
      'href',
      `/sign-in?next=/actions/${TEXT_ACTION}`,
    );
  });
});

describe('submit form, photo proof', () => {
  const WEBP = [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50];
  /** Stands in for the canvas: every photo comes out as a 2000 × 1500 WebP of 16 bytes. */
  const codec: PhotoCodec = {
    decode: async () => ({
      width: 2000,
      height: 1500,
      encode: async () => new Blob([new Uint8Array([...WEBP, 1, 2, 3, 4])]),
      close: () => undefined,
    }),
  };
  const renderPhoto = () =>
    renderForTest(
      <Route path="/actions/:id">
        {(params) => <SubmitForm actionId={params.id} photoCodec={codec} />}
      </Route>,
      { path: `/actions/${PHOTO_ACTION}`, signedInAs: ALICE.email, seed: seedTeam },
    );

  it('compresses the chosen photo, shows it, and sends it as base64 with its type', async () => {
    const { backend, user } = await renderPhoto();
    accepting(backend, 'pending');
    const input = await screen.findByLabelText(fr.submit.photo);
    const jpeg = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])], 'IMG_0001.JPG', {
      type: 'image/jpeg',
    });
    await user.upload(input, jpeg);

    expect(await screen.findByText('Photo prête : 1600 × 1200 pixels, 0 Ko.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('img', { name: fr.submit.photoPreview })).toBeInTheDocument();
    await user.click(sendButton());

    await screen.findByText(fr.submit.sentPending, { exact: false });
    expect(payloadsOf(backend, 'submitAction')).toEqual([
      {
        seasonId: 'S1',
        submissionId: SUBMISSION_ID,
        actionId: PHOTO_ACTION,
        doneAt: expect.any(Number),
        proof: { kind: 'photo', type: 'image/webp', data: 'UklGRgAAAABXRUJQAQIDBA==' },
      },
    ]);
  });

  it('opens the camera from "Take a photo", and compresses that photo like a chosen one', async () => {
    const { backend, user } = await renderPhoto();
    accepting(backend, 'pending');
    const camera = await screen.findByLabelText(fr.submit.takePhoto);
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(camera).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
    await user.upload(
      camera,
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])], 'camera.jpg', {
        type: 'image/jpeg',
      }),
    );
    await screen.findByText('Photo prête : 1600 × 1200 pixels, 0 Ko.');
    await user.click(sendButton());
    await screen.findByText(fr.submit.sentPending, { exact: false });
    expect(payloadsOf(backend, 'submitAction')).toMatchObject([
      { proof: { kind: 'photo', type: 'image/webp' } },
    ]);
  });

  it('asks for a photo when none was chosen', async () => {
    const { backend, user } = await renderPhoto();
    const input = await screen.findByLabelText(fr.submit.photo);
    await user.click(sendButton());

    expect(await screen.findByText(fr.submit.photoRequired)).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(`${fr.submit.photoHint} ${fr.submit.photoRequired}`);
    expect(payloadsOf(backend, 'submitAction')).toEqual([]);
  });

  it('refuses a file named .jpg whose content is not an image, and sends nothing', async () => {
    const { backend, user } = await renderPhoto();
    const input = await screen.findByLabelText(fr.submit.photo);
    await user.upload(input, new File(['plain text'], 'holiday.jpg', { type: 'image/jpeg' }));

    expect(await screen.findByText(fr.submit.photoErrors.notImage)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(sendButton());
    expect(await screen.findByText(fr.form.fixErrors)).toHaveFocus();
    expect(payloadsOf(backend, 'submitAction')).toEqual([]);
  });
});

describe('submit form, with no connection', () => {
  /** A callable that cannot be reached while `state.up` is false. */
  const network = (backend: FakeBackend) => {
    const state = { up: false, refusal: null as BackendError | null };
    backend.handle('submitAction', (data) => {
      if (!state.up) throw new BackendError('unavailable', 'Failed to fetch');
      if (state.refusal) throw state.refusal;
      return { submissionId: (data as { submissionId: string }).submissionId, status: 'pending' };
    });
    return state;
  };

  it('keeps the submission on the device, says so, empties the form and shows it as waiting', async () => {
    const { backend, user, store } = await renderAction(TEXT_ACTION);
    network(backend);
    await user.type(await screen.findByLabelText(fr.submit.text), 'Sur le quai de la gare');
    await user.click(sendButton());

    expect(await screen.findByText(fr.submit.sentKept, { exact: false })).toBeInTheDocument();
    expect(screen.getByLabelText(fr.submit.text)).toHaveValue('');
    const waiting = screen.getByRole('region', { name: fr.outbox.title });
    expect(waiting).toHaveTextContent(fr.outbox.waiting_one);
    const [kept] = await backend.outbox.list('uid-1');
    expect(kept?.payload).toMatchObject({ proof: { text: 'Sur le quai de la gare' } });
    expect(store.getState().outbox.entries).toHaveLength(1);
  });

  it('says why a kept submission was refused once sent, and takes it back into the form', async () => {
    const { backend, user } = await renderAction(TEXT_ACTION);
    const net = network(backend);
    await user.type(await screen.findByLabelText(fr.submit.text), 'Fait hier soir');
    await user.click(sendButton());
    await screen.findByText(fr.submit.sentKept, { exact: false });

    net.up = true;
    net.refusal = new BackendError('failed-precondition', 'Too many.', {
      key: 'gameRefusals.repeatOnce',
    });
    await user.click(screen.getByRole('button', { name: fr.outbox.sendNow }));
    const waiting = screen.getByRole('region', { name: fr.outbox.title });
    expect(
      await within(waiting).findByText(fr.gameRefusals.repeatOnce, { exact: false }),
    ).toBeInTheDocument();

    await user.click(within(waiting).getByRole('button', { name: fr.outbox.resume }));
    expect(screen.getByLabelText(fr.submit.text)).toHaveValue('Fait hier soir');
    expect(await screen.findByText(fr.submit.resumed)).toBeInTheDocument();

    // Sent again from the form and accepted: the refused copy leaves the device.
    net.refusal = null;
    await user.click(sendButton());
    expect(await screen.findByText(fr.submit.sentPending, { exact: false })).toBeInTheDocument();
    await waitFor(async () => expect(await backend.outbox.list('uid-1')).toEqual([]));
    expect(screen.queryByRole('region', { name: fr.outbox.title })).not.toBeInTheDocument();
  });
});

describe('the action page, what one completion changes', () => {
  it('gives the model’s figure, assumption, source link and grade, with how we count', async () => {
    await renderAction('sob-buy-refurbished-device');
    const section = await screen.findByRole('region', { name: fr.action.impact.title });
    const model = impactModelOf('sob-buy-refurbished-device');
    expect(section).toHaveTextContent(
      'entre 24,6 et 27 kg CO₂e par an, estimation centrale 24,6 kg CO₂e par an ; 1 année comptée',
    );
    expect(section).toHaveTextContent(model?.assumption.fr ?? 'missing');
    expect(within(section).getByRole('link', { name: model?.source.title })).toHaveAttribute(
      'href',
      model?.source.url,
    );
    expect(within(section).getByRole('link', { name: fr.impact.howWeCount })).toBeInTheDocument();
  });

  it('says what an action without a figure counts as, and says nothing when the season hides impact', async () => {
    const understand = CATALOGUE.find(
      (action) => action.modality === 'understand' && !impactModelOf(action.id),
    );
    await renderAction(understand?.id ?? '');
    expect(await screen.findByRole('region', { name: fr.action.impact.title })).toHaveTextContent(
      fr.action.impact.learning,
    );
    cleanup();
    await renderAction(understand?.id ?? '', (backend) => {
      seedTeam(backend);
      backend.setDocument('seasons/S1', { ...SEASON, showImpact: false });
    });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: fr.action.impact.title })).toBeNull();
  });
});
