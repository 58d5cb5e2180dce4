// "Relancer les membres inactifs": the captain sees who has sent nothing for N days and when each
// was last nudged, edits the message, and sends one nudge (at most one per member per 48 hours).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useLiveDocument } from '../../components/use-live';
import type { Submission } from '../../domain/game';
import {
  IDLE_DAYS_DEFAULT,
  IDLE_DAYS_MAX,
  idleMembers,
  NUDGE_GAP_MS,
  NUDGE_MESSAGE_MAX,
  type NudgeLog,
} from '../../domain/nudges';
import { PATHS } from '../../domain/paths';
import { visibleLength } from '../../domain/text';
import type { Team } from '../../domain/team';
import { useLocale } from '../../i18n/use-locale';
import { useCaptainTexts } from '../../i18n/captain-texts';

export function NudgeSection({
  team,
  submissions,
  uid,
  timeZone,
}: {
  team: Team;
  submissions: readonly Submission[];
  uid: string;
  timeZone: string | undefined;
}) {
  useCaptainTexts();
  const { t } = useTranslation();
  const locale = useLocale();
  const ids = useId();
  const [idleDays, setIdleDays] = useState(IDLE_DAYS_DEFAULT);
  const [message, setMessage] = useState(() => t('captain.nudge.defaultMessage'));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const { run, busy } = useCommand();
  // The time the page was opened, refreshed after each send.
  const [now, setNow] = useState(() => Date.now());
  const log = useLiveDocument(
    PATHS.teamNudges(team.id),
    (document) => document.data as unknown as NudgeLog,
  );
  const idle = idleMembers(team.members, submissions, log.status === 'ready' ? log.data : null, {
    now,
    idleDays,
    except: uid,
  });
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });

  const send = async () => {
    setOutcome(null);
    const result = await run('nudgeMembers', { teamId: team.id, idleDays, message });
    if (!result.ok) {
      setOutcome({ ok: false, text: commandFailureText(t, result) });
      return;
    }
    setNow(Date.now());
    const nudged = result.data?.nudged ?? 0;
    setOutcome({
      ok: true,
      text: nudged > 0 ? t('captain.nudge.sent', { count: nudged }) : t('captain.nudge.sentNone'),
    });
  };

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('captain.nudge.title')}</h3>
      <p className="muted">{t('captain.nudge.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <label htmlFor={`${ids}-days`}>{t('captain.nudge.idleDays')}</label>
        <input
          id={`${ids}-days`}
          type="number"
          inputMode="numeric"
          min={1}
          max={IDLE_DAYS_MAX}
          value={idleDays}
          onChange={(event) =>
            setIdleDays(
              Math.min(IDLE_DAYS_MAX, Math.max(1, Math.round(Number(event.target.value) || 1))),
            )
          }
        />
        <h4>{t('captain.nudge.idleList', { count: idleDays })}</h4>
        {idle.length === 0 ? (
          <p>{t('captain.nudge.noneIdle')}</p>
        ) : (
          <ul className="plain-list dashboard-list">
            {idle.map((member) => (
              <li key={member.uid}>
                {member.name} —{' '}
                {member.lastSentAt === null
                  ? t('captain.nudge.neverSent')
                  : t('captain.nudge.lastSent', { date: date.format(member.lastSentAt) })}
                {', '}
                {member.lastNudgedAt === null
                  ? t('captain.nudge.notNudged')
                  : t('captain.nudge.lastNudged', { date: date.format(member.lastNudgedAt) })}
                {member.nudgeable || member.lastNudgedAt === null
                  ? null
                  : ` (${t('captain.nudge.waiting', { date: date.format(member.lastNudgedAt + NUDGE_GAP_MS) })})`}
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={`${ids}-message`}>{t('captain.nudge.message')}</label>
        <textarea
          id={`${ids}-message`}
          rows={3}
          maxLength={NUDGE_MESSAGE_MAX}
          aria-describedby={`${ids}-count`}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
        <p id={`${ids}-count`} className="muted">
          {visibleLength(message)} / {NUDGE_MESSAGE_MAX}
        </p>
        <button
          type="submit"
          disabled={
            busy || visibleLength(message) === 0 || !idle.some((member) => member.nudgeable)
          }
          aria-busy={busy || undefined}
        >
          {t('captain.nudge.send')}
        </button>
      </form>
      {outcome ? (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? undefined : 'form-error'}>
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
