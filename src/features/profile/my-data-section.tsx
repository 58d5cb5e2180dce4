// "Your data" on the profile page: a copy of everything stored about the person (exportMyData),
// and the deletion of their account (deleteMyAccount), explained first and confirmed by a typed
// word, after which they are signed out.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { downloadText } from '../../components/download';
import { Field } from '../../components/field';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { deletionPolicyOf } from '../../domain/account';
import { exportDateTime } from '../../domain/exports';
import { useAppStore } from '../../stores/store-context';
import { useAccountTexts } from '../../i18n/account-texts';

/** Today's date (YYYY-MM-DD) where the person is, for the file name. */
function today(): string {
  return exportDateTime(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone).slice(0, 10);
}

export interface MyDataSectionProps {
  /** Called once the account is deleted, before signing out, so the page can say goodbye. */
  onDeleted: () => void;
}

export function MyDataSection({ onDeleted }: MyDataSectionProps) {
  useAccountTexts();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-data-title" className="my-data">
      <h2 id="my-data-title">{t('myData.title')}</h2>
      <DownloadMyData />
      <DeleteMyAccount onDeleted={onDeleted} />
    </section>
  );
}

function DownloadMyData() {
  const { t } = useTranslation();
  const { run, busy } = useCommand();
  const [done, setDone] = useState('');
  const alert = useFormAlert();

  const download = async () => {
    if (busy) return;
    setDone('');
    alert.clear();
    const result = await run('exportMyData', {});
    if (!result.ok) {
      alert.show(t('myData.downloadFailed', { reason: commandFailureText(t, result) }), {
        focus: false,
      });
      return;
    }
    const fileName = `my-data-${today()}.json`;
    downloadText(fileName, JSON.stringify(result.data, null, 2), 'application/json;charset=utf-8');
    setDone(t('myData.downloaded', { fileName }));
  };

  return (
    <>
      <p>
        <button
          type="button"
          className="secondary"
          // Not `disabled`: the button keeps the focus while the copy is prepared.
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
          aria-describedby="my-data-download-hint"
          onClick={() => void download()}
        >
          {busy ? t('form.working') : t('myData.download')}
        </button>
      </p>
      <p id="my-data-download-hint" className="muted">
        {t('myData.downloadHint')}
      </p>
      <p role="status" className="save-status">
        {done}
      </p>
      <FormAlert alert={alert} />
    </>
  );
}

function DeleteMyAccount({ onDeleted }: MyDataSectionProps) {
  const { t } = useTranslation();
  const season = useAppStore((state) => state.live.season);
  const signOutRequested = useAppStore((state) => state.signOutRequested);
  const { run, busy } = useCommand();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const alert = useFormAlert();
  const word = t('myData.confirmWord');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    alert.clear();
    if (typed.trim() !== word) {
      setError(t('myData.confirmMismatch', { word }));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    const result = await run('deleteMyAccount', { confirm: true });
    if (!result.ok) {
      alert.show(t('myData.deleteFailed', { reason: commandFailureText(t, result) }));
      return;
    }
    onDeleted();
    await signOutRequested();
  };

  return (
    <>
      <h3>{t('myData.deleteTitle')}</h3>
      <p id="my-data-delete-intro">{t('myData.deleteIntro')}</p>
      <ul aria-labelledby="my-data-delete-intro">
        <li>{t('myData.deleteSubmissions')}</li>
        {season ? (
          <li>
            {t(
              deletionPolicyOf(season) === 'remove'
                ? 'myData.deletePolicyRemove'
                : 'myData.deletePolicyKeep',
              { season: season.name },
            )}
          </li>
        ) : null}
        <li>{t('myData.deletePhotos')}</li>
        <li>{t('myData.deleteRest')}</li>
      </ul>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('myData.confirmLabel', { word })}
          hint={t('myData.confirmHint')}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <button
          type="submit"
          className="danger"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          {busy ? t('form.working') : t('myData.deleteButton')}
        </button>
      </form>
    </>
  );
}

/** What the profile page shows once the account is gone; it takes the focus the form had. */
export function Farewell() {
  useAccountTexts();
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <>
      <p ref={ref} tabIndex={-1} role="status">
        {t('myData.goodbye')}
      </p>
      <p>
        <Link href="/">{t('myData.home')}</Link>
      </p>
    </>
  );
}
