// /admin: what organisers run — seasons, companies and the organisers themselves.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { CompaniesSection } from './companies-section';
import { OrganiserOnly } from '../../components/organiser-only';
import { OrganisersSection } from './organisers-section';
import { SeasonList } from './season-list';
import { ChatChannelSection } from '../../components/chat-channel-section';
import { useAppStore } from '../../stores/store-context';

export function AdminPage() {
  return (
    <OrganiserOnly titleKey="admin.title" reservedKey="admin.reserved">
      <Admin />
    </OrganiserOnly>
  );
}

function Admin() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <p>
        <Link href="/admin/review">{t('review.adminLink')}</Link>
      </p>
      <p>
        <Link href="/admin/events">{t('eventsAdmin.adminLink')}</Link>
      </p>
      <p>
        <Link href="/admin/dashboard">{t('dashboard.adminLink')}</Link>
      </p>
      <SeasonList />
      <CompaniesSection />
      <OrganisersSection />
      <SeasonChatChannels />
    </>
  );
}

/** The current season's chat channels: the participants' one (or signed webhook) and the organisers'. */
function SeasonChatChannels() {
  const { t } = useTranslation();
  const season = useAppStore((state) => state.live.season);
  if (!season) return null;
  return (
    <section aria-labelledby="chat-admin-title">
      <h2 id="chat-admin-title">{t('chat.adminTitle')}</h2>
      <ChatChannelSection scope="season" seasonId={season.id} timeZone={season.timeZone} />
      <ChatChannelSection scope="organisers" seasonId={season.id} timeZone={season.timeZone} />
    </section>
  );
}
