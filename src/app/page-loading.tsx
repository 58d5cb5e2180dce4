// Shown while a page's code arrives (each page but the catalogue is loaded when first opened).
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="page-loading">
      {t('app.pageLoading')}
    </p>
  );
}
