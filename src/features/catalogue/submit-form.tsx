// "I did it": logs an action of the current season as done, with the proof it asks for. Says
// plainly why it cannot be sent (signed out, no season, not in the season, no team).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { FormAlert } from '../../components/form-alert';
import { OutboxEntries } from '../../components/outbox-entries';
import { useSeasonGate } from '../../components/season-page';
import type { PhotoCodec } from '../../components/photo';
import {
  dayBounds,
  emptyProofValues,
  ProofFields,
  proofValuesOf,
  useProofForm,
  type ProofValues,
} from '../../components/proof-fields';
import { commandAnswer } from '../../components/command-answer';
import { commandFailureText } from '../../components/use-command';
import type { OutboxEntry } from '../../data/backend';
import type { Action } from '../../domain/action';
import { seasonAction, submitPayloadSchema } from '../../domain/game';
import { seasonSubmitRefusal, type Season } from '../../domain/season';
import { selectMembership } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';

export interface SubmitFormProps {
  actionId: string;
  /** The canvas step for photos; the browser's unless a test hands in its own. */
  photoCodec?: PhotoCodec;
}

export function SubmitForm({ actionId, photoCodec }: SubmitFormProps) {
  const { t } = useTranslation();
  const membership = useAppStore(selectMembership);
  const gate = useSeasonGate({
    path: `/actions/${actionId}`,
    signInFirst: t('submit.signInFirst'),
    noSeason: t('submit.noSeason'),
  });

  let body;
  if (!gate.open) {
    body = gate.body;
  } else {
    const { season } = gate;
    const action = seasonAction(season, actionId);
    const stateRefusal = seasonSubmitRefusal(season.state);
    if (!action) {
      body = <p>{t('gameRefusals.notInSeason')}</p>;
    } else if (stateRefusal) {
      body = <p>{t(`gameRefusals.${stateRefusal}`)}</p>;
    } else if (!membership) {
      body = (
        <p>
          {t('gameRefusals.noTeam')} <Link href="/team">{t('submit.findTeam')}</Link>
        </p>
      );
    } else {
      body = (
        <SubmitFormBody action={action} season={season} {...(photoCodec ? { photoCodec } : {})} />
      );
    }
  }
  return (
    <section className="panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('submit.title')}</h2>
      {body}
    </section>
  );
}

type Outcome =
  | { status: 'pending' }
  | { status: 'approved'; points: number }
  /** Kept on the device, to be sent when the connection is back. */
  | { status: 'kept' };

function SubmitFormBody({
  action,
  season,
  photoCodec,
}: {
  action: Action;
  season: Season;
  photoCodec?: PhotoCodec;
}) {
  const { t } = useTranslation();
  // The moment the form opened: the days it offers run up to that day.
  const [now] = useState(() => Date.now());
  const today = dayBounds(season, now).max;
  const [values, setValues] = useState<ProofValues>(() => emptyProofValues(today));
  // A new key after each success clears the fields, the chosen file included.
  const [round, setRound] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { errors, alert, check } = useProofForm(season, action.proof);
  const submissionQueued = useAppStore((state) => state.submissionQueued);
  const discard = useAppStore((state) => state.outboxEntryDiscarded);
  const [busy, setBusy] = useState(false);
  // A refused submission taken back into the form: discarded once the fixed one is handed over.
  const [resumed, setResumed] = useState<string | null>(null);

  const change = (patch: Partial<ProofValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setOutcome(null);
  };

  const resume = (entry: OutboxEntry) => {
    setValues(proofValuesOf(entry, season.timeZone));
    setRound((current) => current + 1);
    setResumed(entry.id);
    setOutcome(null);
    alert.show(t('submit.resumed'));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const payload = check(submitPayloadSchema, values, {
      seasonId: season.id,
      actionId: action.id,
    });
    if (!payload) return;
    setBusy(true);
    // Kept on the device first: a connection that drops loses nothing and sends nothing twice.
    const queued = await submissionQueued(payload);
    const answer =
      queued.status === 'sent' ? await commandAnswer('submitAction', queued.data) : null;
    setBusy(false);
    if (queued.status === 'refused') {
      alert.show(commandFailureText(t, queued.failure));
      return;
    }
    if (resumed) void discard(resumed);
    setResumed(null);
    setOutcome(
      queued.status === 'kept'
        ? { status: 'kept' }
        : answer?.status === 'approved'
          ? { status: 'approved', points: action.points }
          : { status: 'pending' },
    );
    setValues(emptyProofValues(today));
    setRound((current) => current + 1);
  };

  const working = busy || values.photoWorking;
  return (
    <>
      <p>{t('submit.intro', { count: action.points })}</p>
      {action.scope === 'team' ? (
        <p>
          <strong>{t('submit.teamScope')}</strong>
        </p>
      ) : null}
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProofFields
          key={round}
          kind={action.proof}
          season={season}
          now={now}
          values={values}
          onChange={change}
          errors={errors}
          {...(photoCodec ? { photoCodec } : {})}
        />
        <button
          type="submit"
          className="primary"
          disabled={working}
          aria-busy={working || undefined}
        >
          {busy ? t('form.working') : t('submit.submit')}
        </button>
      </form>
      <div role="status">
        {outcome ? (
          <p>
            {outcome.status === 'approved'
              ? t('submit.sentApproved', { count: outcome.points })
              : outcome.status === 'kept'
                ? t('submit.sentKept')
                : t('submit.sentPending')}{' '}
            <Link href="/progress">{t('submit.seeProgress')}</Link>
          </p>
        ) : null}
      </div>
      <OutboxEntries season={season} actionId={action.id} onResume={resume} headingLevel={3} />
    </>
  );
}
