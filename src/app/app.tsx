// The app's providers and routes.
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, type ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { CataloguePage } from '../features/catalogue/catalogue-page';
import type { AppStore } from '../stores/app-store';
import { StoreProvider } from '../stores/store-context';
import { NotFoundPage } from './not-found-page';
import { PageLoading } from './page-loading';
import { Shell } from './shell';

/**
 * Every page but the catalogue (the first one people see) is its own chunk, loaded when it is
 * first opened: the first visit downloads the catalogue's code only.
 */
function page<Props extends object>(
  load: () => Promise<Record<string, ComponentType<Props>>>,
  name: string,
): ComponentType<Props> {
  return lazy(async () => {
    const module = await load();
    const component = module[name];
    if (!component) throw new Error(`The page ${name} is missing from its module`);
    return { default: component };
  });
}

const AdminPage = page(() => import('../features/admin/admin-page'), 'AdminPage');
const SeasonFormPage = page(() => import('../features/admin/season-form-page'), 'SeasonFormPage');
const SignInPage = page(() => import('../features/auth/sign-in-page'), 'SignInPage');
const SignUpPage = page(() => import('../features/auth/sign-up-page'), 'SignUpPage');
const AuthActionPage = page(() => import('../features/auth/auth-action-page'), 'AuthActionPage');
const ActionPage = page(() => import('../features/catalogue/action-page'), 'ActionPage');
const DashboardPage = page(() => import('../features/dashboard/dashboard-page'), 'DashboardPage');
const EventAdminPage = page(() => import('../features/events/event-admin-page'), 'EventAdminPage');
const EventsAdminPage = page(
  () => import('../features/events/events-admin-page'),
  'EventsAdminPage',
);
const EventsPage = page(() => import('../features/events/events-page'), 'EventsPage');
const HowWeCountPage = page(() => import('../features/impact/how-we-count-page'), 'HowWeCountPage');
const LeaderboardPage = page(
  () => import('../features/leaderboard/leaderboard-page'),
  'LeaderboardPage',
);
const MyListPage = page(() => import('../features/my-list/my-list-page'), 'MyListPage');
const ProfilePage = page(() => import('../features/profile/profile-page'), 'ProfilePage');
const NotificationsPage = page(
  () => import('../features/notifications/notifications-page'),
  'NotificationsPage',
);
const ProgressPage = page(() => import('../features/progress/progress-page'), 'ProgressPage');
const ReportPage = page(() => import('../features/report/report-page'), 'ReportPage');
const ReviewPage = page(() => import('../features/review/review-page'), 'ReviewPage');
const SurveyPage = page(() => import('../features/survey/survey-page'), 'SurveyPage');
const JoinPage = page(() => import('../features/team/join-page'), 'JoinPage');
const TeamPage = page(() => import('../features/team/team-page'), 'TeamPage');

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
            <Suspense fallback={<PageLoading />}>
              <Switch>
                <Route path="/" component={CataloguePage} />
                <Route path="/actions/:id">{(params) => <ActionPage id={params.id} />}</Route>
                <Route path="/how-we-count" component={HowWeCountPage} />
                <Route path="/my-list" component={MyListPage} />
                <Route path="/sign-in" component={SignInPage} />
                <Route path="/sign-up" component={SignUpPage} />
                <Route path="/auth/action" component={AuthActionPage} />
                <Route path="/team" component={TeamPage} />
                <Route path="/leaderboard" component={LeaderboardPage} />
                <Route path="/join/:code">{(params) => <JoinPage code={params.code} />}</Route>
                <Route path="/profile" component={ProfilePage} />
                <Route path="/progress" component={ProgressPage} />
                <Route path="/notifications" component={NotificationsPage} />
                <Route path="/events" component={EventsPage} />
                <Route path="/report" component={ReportPage} />
                <Route path="/survey" component={SurveyPage} />
                <Route path="/admin" component={AdminPage} />
                <Route path="/admin/review">{() => <ReviewPage />}</Route>
                <Route path="/admin/dashboard" component={DashboardPage} />
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
            </Suspense>
          </Shell>
        </Router>
      </StoreProvider>
    </I18nextProvider>
  );
}
