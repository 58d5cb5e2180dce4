// The gate of every /admin page: organisers pass, anyone else is told the page is theirs.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { selectIsOrganiser, selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';

export function OrganiserOnly({ children }: { children: ReactNode }) {
  const session = useAppStore(selectSession);
  const organiser = useAppStore(selectIsOrganiser);
  if (organiser) return children;
  return <Reserved loading={session.status === 'loading'} />;
}

function Reserved({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  return (
    <>
      <h1>{t('admin.title')}</h1>
      {loading ? <p role="status">{t('loading')}</p> : <p>{t('admin.reserved')}</p>}
    </>
  );
}
