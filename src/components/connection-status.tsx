// Says plainly when the network or the service is down, that what the person typed stays on the
// page, and when the app is connected again (Firestore and the callables resume by themselves).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/store-context';

/** The SDK may serve its cache for a moment while it connects: wait this long before saying so. */
export const UNREACHABLE_GRACE_MS = 3000;
/** How long "connected again" stays on screen. */
export const BACK_ONLINE_MS = 5000;

const subscribeToNetwork = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** The browser's own view of the network. */
function useNetworkOnline(): boolean {
  return useSyncExternalStore(
    subscribeToNetwork,
    () => navigator.onLine,
    () => true,
  );
}

type Connection = 'online' | 'offline' | 'unreachable';

export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useNetworkOnline();
  const reachable = useAppStore((state) => state.live.reachable);

  // An outage is the database not answering for longer than the grace period.
  const [outage, setOutage] = useState(false);
  const [lastReachable, setLastReachable] = useState(reachable);
  if (lastReachable !== reachable) {
    setLastReachable(reachable);
    if (reachable) setOutage(false);
  }
  useEffect(() => {
    if (reachable) return undefined;
    const timer = setTimeout(() => setOutage(true), UNREACHABLE_GRACE_MS);
    return () => clearTimeout(timer);
  }, [reachable]);
  const connection: Connection = !online ? 'offline' : outage ? 'unreachable' : 'online';

  // "Connected again" for a few seconds after it was down.
  const [lastConnection, setLastConnection] = useState(connection);
  const [back, setBack] = useState(false);
  if (lastConnection !== connection) {
    setLastConnection(connection);
    setBack(connection === 'online');
  }
  useEffect(() => {
    if (!back) return undefined;
    const timer = setTimeout(() => setBack(false), BACK_ONLINE_MS);
    return () => clearTimeout(timer);
  }, [back]);

  const message =
    connection !== 'online' ? t(`connection.${connection}`) : back ? t('connection.back') : null;
  return (
    <div role="status" className={`connection-status connection-${connection}`}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
