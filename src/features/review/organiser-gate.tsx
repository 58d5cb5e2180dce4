// The gate of the review page: organisers pass, anyone else is told the page is theirs. (The
// admin pages have their own; features do not share components with one another.)
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { selectIsOrganiser, selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';

export function OrganiserGate({ children }: { children: ReactNode }) {
  const session = useAppStore(selectSession);
  const organiser = useAppStore(selectIsOrganiser);
  if (organiser) return children;
  return <Reserved loading={session.status === 'loading'} />;
}

function Reserved({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('review.title'));
  return (
    <>
      <h1>{t('review.title')}</h1>
      {loading ? <p role="status">{t('loading')}</p> : <p>{t('review.reserved')}</p>}
    </>
  );
}
