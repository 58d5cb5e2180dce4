// The app's providers and routes.
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { AdminPage } from '../features/admin/admin-page';
import { SeasonFormPage } from '../features/admin/season-form-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { ActionPage } from '../features/catalogue/action-page';
import { CataloguePage } from '../features/catalogue/catalogue-page';
import { EventAdminPage } from '../features/events/event-admin-page';
import { EventsAdminPage } from '../features/events/events-admin-page';
import { EventsPage } from '../features/events/events-page';
import { LeaderboardPage } from '../features/leaderboard/leaderboard-page';
import { MyListPage } from '../features/my-list/my-list-page';
import { ProfilePage } from '../features/profile/profile-page';
import { ProgressPage } from '../features/progress/progress-page';
import { ReviewPage } from '../features/review/review-page';
import { JoinPage } from '../features/team/join-page';
import { TeamPage } from '../features/team/team-page';
import type { AppStore } from '../stores/app-store';
import { StoreProvider } from '../stores/store-context';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

export interface AppProps {
  store: AppStore;
  i18n: I18n;
  /** For tests: a memory location hook instead of the browser's. */
  location?: Parameters<typeof Router>[0]['hook'];
}

export function App({ store, i18n, location }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <Router {...(location ? { hook: location } : {})}>
          <Shell>
            <Switch>
              <Route path="/" component={CataloguePage} />
              <Route path="/actions/:id">{(params) => <ActionPage id={params.id} />}</Route>
              <Route path="/my-list" component={MyListPage} />
              <Route path="/sign-in" component={SignInPage} />
              <Route path="/sign-up" component={SignUpPage} />
              <Route path="/team" component={TeamPage} />
              <Route path="/leaderboard" component={LeaderboardPage} />
              <Route path="/join/:code">{(params) => <JoinPage code={params.code} />}</Route>
              <Route path="/profile" component={ProfilePage} />
              <Route path="/progress" component={ProgressPage} />
              <Route path="/events" component={EventsPage} />
              <Route path="/admin" component={AdminPage} />
              <Route path="/admin/review">{() => <ReviewPage />}</Route>
              <Route path="/admin/events">{() => <EventsAdminPage />}</Route>
              <Route path="/admin/events/new">{() => <EventAdminPage />}</Route>
              <Route path="/admin/events/:id">
                {(params) => <EventAdminPage id={params.id} />}
              </Route>
              <Route path="/admin/seasons/new">{() => <SeasonFormPage />}</Route>
              <Route path="/admin/seasons/:id">
                {(params) => <SeasonFormPage id={params.id} />}
              </Route>
              <Route component={NotFoundPage} />
            </Switch>
          </Shell>
        </Router>
      </StoreProvider>
    </I18nextProvider>
  );
}
