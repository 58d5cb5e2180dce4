// Adds an action to the person's list or removes it; the state shown is the one Firestore sent.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  selectIsPending,
  selectIsPicked,
  selectPicksLoaded,
  selectSession,
} from '../stores/app-store';
import { useAppStore } from '../stores/store-context';

export function PickButton({ actionId, actionTitle }: { actionId: string; actionTitle: string }) {
  const { t } = useTranslation();
  const session = useAppStore(selectSession);
  const picked = useAppStore(selectIsPicked(actionId));
  const pending = useAppStore(selectIsPending(actionId));
  // Whether the action is in the list is known once the list has come; and a pick sent while the
  // list's listener was still being set up could go unreported to it (the emulator lost it).
  const loaded = useAppStore(selectPicksLoaded);
  const pickRequested = useAppStore((state) => state.pickRequested);
  const unpickRequested = useAppStore((state) => state.unpickRequested);

  if (session.status !== 'signed-in') {
    return (
      <Link href="/sign-in" className="pick-signin">
        {t('catalogue.signInToPick')}
      </Link>
    );
  }
  const label = !loaded
    ? t('loading')
    : pending
      ? t('picks.saving')
      : picked
        ? t('picks.remove')
        : t('picks.add');
  return (
    <button
      type="button"
      className={picked ? 'pick-button picked' : 'pick-button'}
      aria-busy={pending || !loaded}
      disabled={pending || !loaded}
      data-picked={picked}
      onClick={() => void (picked ? unpickRequested(actionId) : pickRequested(actionId))}
    >
      {label}
      <span className="visually-hidden"> {t('picks.forAction', { title: actionTitle })}</span>
    </button>
  );
}
