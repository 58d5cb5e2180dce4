// The person's own list of picked actions, kept live by the Firestore listener.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { ActionCard } from '../../components/action-card';
import { findAction } from '../../domain/catalogue';
import { selectPickedIds, selectPicksLoaded, selectSession } from '../../stores/app-store';
import { useAppStore, useAppStoreShallow } from '../../stores/store-context';

export function MyListPage() {
  const { t } = useTranslation();
  const session = useAppStore(selectSession);
  const loaded = useAppStore(selectPicksLoaded);
  const pickedIds = useAppStoreShallow(selectPickedIds);
  useDocumentTitle(t('myList.title'));

  const actions = pickedIds.flatMap((id) => {
    const action = findAction(id);
    return action ? [action] : [];
  });

  let body;
  if (session.status === 'loading' || (session.status === 'signed-in' && !loaded)) {
    body = <p role="status">{t('myList.loading')}</p>;
  } else if (session.status === 'signed-out') {
    body = (
      <p>
        {t('myList.signInFirst')} <Link href="/sign-in">{t('nav.signIn')}</Link>
      </p>
    );
  } else if (actions.length === 0) {
    body = (
      <p>
        {t('myList.empty')} <Link href="/">{t('myList.browse')}</Link>
      </p>
    );
  } else {
    body = (
      <ul className="action-list">
        {actions.map((action) => (
          <li key={action.id}>
            <ActionCard action={action} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <>
      <h1>{t('myList.title')}</h1>
      <p>{t('myList.intro')}</p>
      {body}
    </>
  );
}
