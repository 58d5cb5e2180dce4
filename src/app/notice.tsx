// Announces the last failed request in words the person can act on.
import { useTranslation } from 'react-i18next';
import { selectNotice } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';

export function Notice() {
  const { t } = useTranslation();
  const notice = useAppStore(selectNotice);
  const dismiss = useAppStore((state) => state.noticeDismissed);
  return (
    <div role="alert" className={notice ? 'notice' : 'notice notice-empty'}>
      {notice ? (
        <>
          <p>{t(`errors.${notice.code}`)}</p>
          <button type="button" className="link-button" onClick={dismiss}>
            {t('errors.dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
}
