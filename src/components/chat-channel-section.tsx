// A chat channel of one scope (the season's, the organisers' or a team's): the channels set, each
// with "send a test post", "remove" and its delivery log, and a form to paste a Slack or Teams
// webhook URL (or, for the season, a signed webhook, whose secret is shown once).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSnapshot, WhereEquals } from '../data/backend';
import {
  BACKLOG_ALERT_HOURS_DEFAULT,
  BACKLOG_ALERT_HOURS_MAX,
  BACKLOG_ALERT_HOURS_MIN,
  CHAT_LANGUAGES,
  CHAT_PATHS,
  DELIVERY_LOG_SIZE,
  saveChatChannelSchema,
  type ChatChannel,
  type ChatDelivery,
  type ChatKind,
  type ChatScope,
} from '../domain/chat';
import type { Locale } from '../domain/themes';
import { useLocale } from '../i18n/use-locale';
import './chat-channel-section.css';
import { ConfirmButton } from './confirm-button';
import { CopyButton } from './copy-button';
import { Field } from './field';
import { commandFailureText, useCommand } from './use-command';
import { useLiveCollection } from './use-live';
import { fieldErrorsOf, type FieldErrors } from './validation-errors';

const KINDS: Readonly<Record<ChatScope, readonly ChatKind[]>> = {
  season: ['slack', 'teams', 'webhook'],
  organisers: ['slack', 'teams'],
  team: ['slack', 'teams'],
};

const TITLES: Readonly<Record<ChatScope, string>> = {
  season: 'chat.seasonTitle',
  organisers: 'chat.organisersTitle',
  team: 'chat.teamTitle',
};

type Listed<T> = T & { readonly id: string };
const listed = <T,>(document: DocumentSnapshot) =>
  ({ ...(document.data as unknown as T), id: document.id }) as Listed<T>;

export interface ChatChannelSectionProps {
  scope: ChatScope;
  seasonId: string;
  teamId?: string;
  timeZone?: string | undefined;
}

export function ChatChannelSection({ scope, seasonId, teamId, timeZone }: ChatChannelSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ids = useId();
  const kinds = KINDS[scope];
  const [kind, setKind] = useState<ChatKind>('slack');
  const [url, setUrl] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [hours, setHours] = useState(BACKLOG_ALERT_HOURS_DEFAULT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const { run, busy } = useCommand();

  // A team channel is read by its captains: the query names the scope and the team, as the rules ask.
  const where: WhereEquals[] =
    scope === 'team' && teamId
      ? [
          { field: 'scope', value: 'team' },
          { field: 'teamId', value: teamId },
        ]
      : [
          { field: 'seasonId', value: seasonId },
          { field: 'scope', value: scope },
        ];
  const channels = useLiveCollection(CHAT_PATHS.channels, where, listed<ChatChannel>);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setFailure('');
    setSecret(null);
    const input = {
      scope,
      seasonId,
      ...(scope === 'team' && teamId ? { teamId } : {}),
      kind,
      url: url.trim(),
      language,
      ...(scope === 'organisers' ? { backlogAlertHours: hours } : {}),
    };
    const parsed = saveChatChannelSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues, t));
      return;
    }
    setErrors({});
    const result = await run('saveChatChannel', parsed.data);
    if (!result.ok) {
      const key = result.details?.key;
      // A refused URL: its reason goes next to the field, where it can be fixed.
      if (typeof key === 'string' && key.startsWith('chat.url.')) setErrors({ url: t(key) });
      else setFailure(commandFailureText(t, result));
      return;
    }
    setUrl('');
    setSecret(result.data?.signingSecret ?? null);
    setStatus(t('chat.saved'));
  };

  const act = async (name: 'removeChatChannel' | 'sendTestPost', channelId: string) => {
    setStatus('');
    setFailure('');
    const result = await run(name, { channelId }, `${name}:${channelId}`);
    if (!result.ok) setFailure(commandFailureText(t, result));
    else setStatus(t(name === 'sendTestPost' ? 'chat.testQueued' : 'chat.removed'));
  };

  return (
    <section aria-labelledby={`${ids}-title`} className="chat-channels">
      <h3 id={`${ids}-title`}>{t(TITLES[scope])}</h3>
      <p className="muted">{t(scope === 'organisers' ? 'chat.organisersIntro' : 'chat.intro')}</p>
      {scope === 'season' ? <p className="muted">{t('chat.webhookIntro')}</p> : null}

      {channels.status === 'ready' && channels.data.length === 0 ? <p>{t('chat.none')}</p> : null}
      {channels.status === 'ready'
        ? channels.data.map((channel) => (
            <article key={channel.id} aria-label={t(`chat.kinds.${channel.kind}`)}>
              <p>
                {t('chat.current', {
                  kind: t(`chat.kinds.${channel.kind}`),
                  host: channel.host,
                  language: t(`chat.languages.${channel.language}`),
                  name: channel.setByName,
                  date: date.format(channel.setAt),
                })}
              </p>
              <p>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => void act('sendTestPost', channel.id)}
                >
                  {t('chat.test')}
                </button>{' '}
                <ConfirmButton
                  question={t('chat.removeQuestion')}
                  confirmLabel={t('chat.removeConfirm')}
                  busy={busy}
                  onConfirm={() => void act('removeChatChannel', channel.id)}
                >
                  {t('chat.remove')}
                </ConfirmButton>
              </p>
              <DeliveryLog channel={channel} date={date} />
            </article>
          ))
        : null}

      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset>
          <legend>{t('chat.kind')}</legend>
          {kinds.map((option) => (
            <label key={option} className="check chat-choice">
              <input
                type="radio"
                name={`${ids}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />{' '}
              {t(`chat.kinds.${option}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('chat.url.label')} hint={t('chat.urlHint')} error={errors.url}>
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('chat.language')} error={errors.language}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => setLanguage(event.target.value as Locale)}
            >
              {CHAT_LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {t(`chat.languages.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {scope === 'organisers' ? (
          <Field label={t('chat.backlogAlertHours')} error={errors.backlogAlertHours}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={BACKLOG_ALERT_HOURS_MIN}
                max={BACKLOG_ALERT_HOURS_MAX}
                value={hours}
                onChange={(event) => setHours(Math.round(Number(event.target.value)))}
              />
            )}
          </Field>
        ) : null}
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {t('chat.save')}
        </button>
      </form>

      {secret ? (
        <div className="chat-secret">
          <p id={`${ids}-secret`}>{t('chat.secretOnce')}</p>
          <p>
            <code aria-labelledby={`${ids}-secret`}>{secret}</code>
          </p>
          <CopyButton text={secret}>{t('chat.copySecret')}</CopyButton>
        </div>
      ) : null}
      <p role="status">{status}</p>
      {failure ? (
        <p role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
    </section>
  );
}

function DeliveryLog({
  channel,
  date,
}: {
  channel: Listed<ChatChannel>;
  date: Intl.DateTimeFormat;
}) {
  const { t } = useTranslation();
  const where: WhereEquals[] =
    channel.scope === 'team' && channel.teamId
      ? [
          { field: 'channelId', value: channel.id },
          { field: 'scope', value: 'team' },
          { field: 'teamId', value: channel.teamId },
        ]
      : [{ field: 'channelId', value: channel.id }];
  const log = useLiveCollection(CHAT_PATHS.deliveries, where, listed<ChatDelivery>, {
    limit: DELIVERY_LOG_SIZE,
  });
  if (log.status !== 'ready') return null;
  return (
    <>
      <h4>{t('chat.log')}</h4>
      {log.data.length === 0 ? (
        <p className="muted">{t('chat.logEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {log.data.map((delivery) => (
            <li key={delivery.id}>
              {t('chat.logRow', {
                date: date.format(delivery.sentAt ?? delivery.at),
                what: t(`chat.what.${delivery.happeningKind}`),
                status: t(`chat.status.${delivery.status}`),
              })}
              {delivery.attempts > 0
                ? ` · ${t('chat.attempts', { count: delivery.attempts })}`
                : ''}
              {delivery.lastError
                ? ` · ${delivery.lastError.startsWith('chat.url.') ? t(delivery.lastError) : delivery.lastError}`
                : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
