// Score tools: a hand correction (points for a team, with a reason) and the reconciliation that
// rebuilds every score of the season from its submissions and corrections. Rarely needed, so
// folded (and not built) until wanted.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button';
import { Field } from '../../components/field';
import { Folded } from '../../components/folded';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useCommandForm } from '../../components/use-command-form';
import { correctionPayloadSchema } from '../../domain/game';
import type { Season } from '../../domain/season';
import type { Team } from '../../domain/team';

/** An empty or non-numeric entry stays NaN, so the schema says what is expected. */
const pointsOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function ScoreToolsSection({ season, teams }: { season: Season; teams: readonly Team[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="score-tools-title">
      <h2 id="score-tools-title">{t('review.scores.title')}</h2>
      <Folded className="review-fold" summary={t('review.scores.open')}>
        {() => (
          <>
            <CorrectionForm teams={teams} />
            <Reconcile seasonId={season.id} />
          </>
        )}
      </Folded>
    </section>
  );
}

function CorrectionForm({ teams }: { teams: readonly Team[] }) {
  const { t } = useTranslation();
  const [teamId, setTeamId] = useState('');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const { errors, alert, submit, busy } = useCommandForm();
  const sorted = [...teams].sort((a, b) => a.name.localeCompare(b.name));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const input = { teamId, points: pointsOf(points), reason };
    const sent = await submit(correctionPayloadSchema, input, 'correctScore');
    if (!sent) return;
    const team = teams.find((candidate) => candidate.id === sent.teamId)?.name ?? sent.teamId;
    const signed = sent.points > 0 ? `+${sent.points}` : String(sent.points);
    setDone(t('review.scores.corrected', { count: sent.points, value: signed, team }));
    setPoints('');
    setReason('');
  };

  return (
    <>
      <h3>{t('review.scores.correction')}</h3>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('review.fields.team')}
          // The schema's teamId message is not an i18n key; from a select it only means "choose one".
          error={errors.teamId ? t('review.scores.teamRequired') : undefined}
        >
          {(control) => (
            <select {...control} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
              <option value="">{t('review.scores.chooseTeam')}</option>
              {sorted.map((team) => (
                <option key={team.id} value={team.id}>
                  {t('review.scores.teamOption', { team: team.name, company: team.companyName })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('review.fields.points')}
          hint={t('review.scores.pointsHint')}
          error={errors.points}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              step={1}
              min={-1000}
              max={1000}
              // Not "numeric": a phone's digit pad has no minus sign, and a correction may take
              // points away.
              inputMode="text"
              value={points}
              onChange={(event) => setPoints(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('review.scores.reason')}
          hint={t('review.scores.reasonHint')}
          error={errors.reason}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('form.working') : t('review.scores.submit')}
        </button>
      </form>
      <p role="status">{done}</p>
    </>
  );
}

function Reconcile({ seasonId }: { seasonId: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState('');
  const alert = useFormAlert();
  const { run, busy } = useCommand();

  const reconcile = async () => {
    setDone('');
    alert.clear();
    const result = await run('reconcileScores', { seasonId });
    if (!result.ok) {
      alert.show(commandFailureText(t, result), { focus: false });
      return;
    }
    setDone(
      t('review.reconcile.done', {
        teams: t('review.reconcile.teams', { count: result.data?.teams ?? 0 }),
        count: result.data?.fixed ?? 0,
      }),
    );
  };

  return (
    <>
      <h3>{t('review.reconcile.title')}</h3>
      <p>{t('review.reconcile.intro')}</p>
      <FormAlert alert={alert} />
      <ConfirmButton
        question={t('review.reconcile.question')}
        confirmLabel={t('review.reconcile.confirm')}
        busy={busy}
        onConfirm={() => void reconcile()}
      >
        {t('review.reconcile.button')}
      </ConfirmButton>
      <p role="status">{done}</p>
    </>
  );
}
