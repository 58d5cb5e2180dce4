// The gate of organisers' pages: organisers pass, anyone else is told the page is theirs.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { selectIsOrganiser, selectSession } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';
import { useDocumentTitle } from './use-document-title';

/** `titleKey` and `reservedKey` name the page's heading and its "reserved" sentence. */
export function OrganiserOnly({
  titleKey,
  reservedKey,
  children,
}: {
  titleKey: string;
  reservedKey: string;
  children: ReactNode;
}) {
  const session = useAppStore(selectSession);
  const organiser = useAppStore(selectIsOrganiser);
  if (organiser) return children;
  return (
    <Reserved
      loading={session.status === 'loading'}
      titleKey={titleKey}
      reservedKey={reservedKey}
    />
  );
}

function Reserved(props: { loading: boolean; titleKey: string; reservedKey: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t(props.titleKey));
  return (
    <>
      <h1>{t(props.titleKey)}</h1>
      {props.loading ? <p role="status">{t('loading')}</p> : <p>{t(props.reservedKey)}</p>}
    </>
  );
}
