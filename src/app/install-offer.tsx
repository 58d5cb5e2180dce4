// "Install the app", in the menu, where the browser offers to install it (Chromium on Android and
// desktop); nothing where it does not (iOS installs from the share sheet).
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/icon';
import { appUpdates, useAppUpdates } from './app-updates';

export function InstallOffer() {
  const { t } = useTranslation();
  const { installable } = useAppUpdates();
  if (!installable) return null;
  return (
    <div className="nav-install">
      <button
        type="button"
        className="secondary"
        onClick={() => void appUpdates.installRequested()}
      >
        <Icon name="install" /> {t('pwa.install')}
      </button>
      <p className="muted">{t('pwa.installHint')}</p>
    </div>
  );
}

/** "A new version is ready — reload", on every page once the service worker has one waiting. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const { updateReady } = useAppUpdates();
  return (
    <div role="status" className="update-status">
      {updateReady ? (
        <div className="banner">
          <p>{t('pwa.updateReady')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => void appUpdates.reloadRequested()}
          >
            {t('pwa.reload')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
