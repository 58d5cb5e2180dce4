// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { ALICE, payloadsOf, renderForTest, seedOrganiser } from '../../components/render-for-test';
import fr from '../../i18n/fr.json';
import frSeasonForm from '../../i18n/season-form.fr.json';
import { AdminPage } from './admin-page';
import { SeasonFormPage } from './season-form-page';

afterEach(cleanup);

const routes = (
  <Switch>
    <Route path="/admin" component={AdminPage} />
    <Route path="/admin/seasons/new">{() => <SeasonFormPage />}</Route>
    <Route path="/admin/seasons/:id">{(params) => <SeasonFormPage id={params.id} />}</Route>
  </Switch>
);

async function openNewSeasonForm() {
  const rendered = await renderForTest(routes, {
    path: '/admin/seasons/new',
    signedInAs: ALICE.email,
    seed: seedOrganiser,
  });
  await screen.findByRole('heading', { level: 1, name: frSeasonForm.seasonForm.newTitle });
  return rendered;
}

const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('season form', () => {
  it('shows an error next to the end when it comes before the start, and sends nothing', async () => {
    const { backend, user } = await openNewSeasonForm();
    await user.type(screen.getByLabelText(frSeasonForm.seasonForm.name), 'Printemps 2026');
    setDate(frSeasonForm.seasonForm.startsAt, '2026-03-10T09:00');
    setDate(frSeasonForm.seasonForm.endsAt, '2026-03-01T09:00');
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));

    expect(await screen.findByText(fr.form.fixErrors)).toHaveFocus();
    const end = screen.getByLabelText(frSeasonForm.seasonForm.endsAt);
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(fr.validation.endBeforeStart);
    expect(screen.getByLabelText(frSeasonForm.seasonForm.startsAt)).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(payloadsOf(backend, 'saveSeason')).toEqual([]);
  });

  it('reads the dates in the chosen time zone and saves, then goes back to /admin', async () => {
    const { backend, user, location } = await openNewSeasonForm();
    backend.handle('saveSeason', () => ({ seasonId: 'S1' }));
    await user.type(screen.getByLabelText(frSeasonForm.seasonForm.name), 'Printemps 2026');
    await user.selectOptions(
      screen.getByLabelText(frSeasonForm.seasonForm.timeZone),
      'Europe/Paris',
    );
    setDate(frSeasonForm.seasonForm.startsAt, '2026-03-10T09:00');
    setDate(frSeasonForm.seasonForm.endsAt, '2026-04-10T18:00');
    await user.click(screen.getByRole('radio', { name: fr.rankingRules.participation.label }));
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));

    await waitFor(() => expect(payloadsOf(backend, 'saveSeason')).toHaveLength(1));
    expect(payloadsOf(backend, 'saveSeason')[0]).toEqual({
      seasonId: null,
      settings: {
        name: 'Printemps 2026',
        timeZone: 'Europe/Paris',
        // 09:00 in Paris in winter is 08:00 UTC; 18:00 in summer time is 16:00 UTC.
        startsAt: Date.UTC(2026, 2, 10, 8, 0),
        endsAt: Date.UTC(2026, 3, 10, 16, 0),
        freezeAt: null,
        teamChangeCutoff: null,
        logBackDays: 3,
        actionIds: null,
        customActions: [],
        rankingRule: 'participation',
        teamSizeCap: 12,
        deletionPolicy: 'keep',
        photoRetentionDays: 30,
        showImpact: true,
        companyDomainRequired: false,
      },
    });
    await waitFor(() => expect(location.history.at(-1)).toBe('/admin'));
  });

  it('explains what a deleted account does to points, and saves the choice, photo retention, impact display and the company domain rule', async () => {
    const { backend, user } = await openNewSeasonForm();
    backend.handle('saveSeason', () => ({ seasonId: 'S1' }));
    await user.type(screen.getByLabelText(frSeasonForm.seasonForm.name), 'Printemps 2026');
    setDate(frSeasonForm.seasonForm.startsAt, '2026-03-10T09:00');
    setDate(frSeasonForm.seasonForm.endsAt, '2026-04-10T18:00');

    const policies = within(
      screen.getByRole('group', { name: frSeasonForm.seasonForm.deletionPolicy }),
    );
    const keep = policies.getByRole('radio', {
      name: frSeasonForm.seasonForm.deletionPolicies.keep.label,
    });
    const remove = policies.getByRole('radio', {
      name: frSeasonForm.seasonForm.deletionPolicies.remove.label,
    });
    expect(keep).toBeChecked();
    expect(keep).toHaveAccessibleDescription(frSeasonForm.seasonForm.deletionPolicies.keep.hint);
    expect(remove).toHaveAccessibleDescription(
      frSeasonForm.seasonForm.deletionPolicies.remove.hint,
    );
    const retention = screen.getByLabelText(frSeasonForm.seasonForm.photoRetentionDays);
    expect(retention).toHaveValue(30);
    expect(retention).toHaveAccessibleDescription(frSeasonForm.seasonForm.photoRetentionDaysHint);

    const showImpact = screen.getByRole('checkbox', { name: frSeasonForm.seasonForm.showImpact });
    expect(showImpact).toBeChecked();
    expect(showImpact).toHaveAccessibleDescription(frSeasonForm.seasonForm.showImpactHint);
    const domainRequired = screen.getByRole('checkbox', {
      name: frSeasonForm.seasonForm.companyDomainRequired,
    });
    expect(domainRequired).not.toBeChecked();
    expect(domainRequired).toHaveAccessibleDescription(
      frSeasonForm.seasonForm.companyDomainRequiredHint,
    );

    await user.click(remove);
    await user.clear(retention);
    await user.type(retention, '90');
    await user.click(showImpact);
    await user.click(domainRequired);
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));

    await waitFor(() => expect(payloadsOf(backend, 'saveSeason')).toHaveLength(1));
    expect(payloadsOf(backend, 'saveSeason')[0]).toMatchObject({
      settings: {
        deletionPolicy: 'remove',
        photoRetentionDays: 90,
        showImpact: false,
        companyDomainRequired: true,
      },
    });
  });

  it('refuses a photo retention outside 1 to 365 days, next to the field', async () => {
    const { backend, user } = await openNewSeasonForm();
    await user.type(screen.getByLabelText(frSeasonForm.seasonForm.name), 'Printemps 2026');
    setDate(frSeasonForm.seasonForm.startsAt, '2026-03-10T09:00');
    setDate(frSeasonForm.seasonForm.endsAt, '2026-04-10T18:00');
    const retention = screen.getByLabelText(frSeasonForm.seasonForm.photoRetentionDays);
    for (const typed of ['0', '366', '']) {
      await user.clear(retention);
      if (typed) await user.type(retention, typed);
      await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));
      await waitFor(() => expect(retention).toHaveAttribute('aria-invalid', 'true'));
      expect(retention).toHaveAccessibleDescription(
        `${frSeasonForm.seasonForm.photoRetentionDaysHint} ${fr.validation.photoRetentionDays}`,
      );
    }
    expect(payloadsOf(backend, 'saveSeason')).toEqual([]);
  });

  it('asks for at least one action when not all of them count', async () => {
    const { backend, user } = await openNewSeasonForm();
    await user.click(screen.getByRole('checkbox', { name: frSeasonForm.seasonForm.actions.all }));
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));
    expect(await screen.findByText(fr.validation.actionIds)).toBeInTheDocument();
    expect(payloadsOf(backend, 'saveSeason')).toEqual([]);
  });

  it('adds a custom action whose id comes from its English title', async () => {
    const { backend, user } = await openNewSeasonForm();
    backend.handle('saveSeason', () => ({ seasonId: 'S1' }));
    await user.type(screen.getByLabelText(frSeasonForm.seasonForm.name), 'Printemps 2026');
    setDate(frSeasonForm.seasonForm.startsAt, '2026-03-10T09:00');
    setDate(frSeasonForm.seasonForm.endsAt, '2026-04-10T18:00');
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.custom.add }));

    const custom = within(
      screen.getByRole('group', {
        name: frSeasonForm.seasonForm.custom.legend.replace('{{number}}', '1'),
      }),
    );
    expect(custom.getByLabelText(fr.action.theme)).toHaveFocus();
    await user.selectOptions(
      custom.getByLabelText(fr.action.repeat),
      frSeasonForm.seasonForm.custom.repeat.upTo,
    );
    await user.clear(custom.getByLabelText(frSeasonForm.seasonForm.custom.times));
    await user.type(custom.getByLabelText(frSeasonForm.seasonForm.custom.times), '40');
    await user.type(
      custom.getByLabelText(frSeasonForm.seasonForm.custom.titleFr),
      'Éteindre la box',
    );
    await user.type(
      custom.getByLabelText(frSeasonForm.seasonForm.custom.titleEn),
      'Switch the router off',
    );
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));

    // Too many times, and the how-to lines are missing.
    const times = screen.getByLabelText(frSeasonForm.seasonForm.custom.times);
    expect(times).toHaveAccessibleDescription(fr.validation.repeat);
    expect(screen.getByLabelText('Quoi faire (français)')).toHaveAccessibleDescription(
      fr.validation.textTooShort,
    );
    expect(payloadsOf(backend, 'saveSeason')).toEqual([]);

    await user.clear(times);
    await user.type(times, '3');
    await user.type(screen.getByLabelText('Quoi faire (français)'), 'Éteignez-la la nuit.');
    await user.type(screen.getByLabelText('Comment le montrer (français)'), 'Une phrase.');
    await user.type(screen.getByLabelText('Quoi faire (anglais)'), 'Switch it off at night.');
    await user.type(screen.getByLabelText('Comment le montrer (anglais)'), 'One sentence.');
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));

    await waitFor(() => expect(payloadsOf(backend, 'saveSeason')).toHaveLength(1));
    const [payload] = payloadsOf(backend, 'saveSeason') as [
      { settings: { customActions: unknown[] } },
    ];
    expect(payload.settings.customActions).toEqual([
      {
        id: 'custom-switch-the-router-off',
        theme: 'sobriety',
        modality: 'act',
        effort: 'small',
        scope: 'individual',
        proof: 'none',
        repeat: { kind: 'upTo', times: 3 },
        title: { fr: 'Éteindre la box', en: 'Switch the router off' },
        howTo: {
          fr: ['Éteignez-la la nuit.', 'Une phrase.'],
          en: ['Switch it off at night.', 'One sentence.'],
        },
      },
    ]);
  });

  it('gives a custom action an impact figure, with each error next to its field', async () => {
    const { backend, user } = await openNewSeasonForm();
    backend.handle('saveSeason', () => ({ seasonId: 'S1' }));
    await user.type(screen.getByLabelText(frSeasonForm.seasonForm.name), 'Printemps 2026');
    setDate(frSeasonForm.seasonForm.startsAt, '2026-03-10T09:00');
    setDate(frSeasonForm.seasonForm.endsAt, '2026-04-10T18:00');
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.custom.add }));
    const custom = within(
      screen.getByRole('group', {
        name: frSeasonForm.seasonForm.custom.legend.replace('{{number}}', '1'),
      }),
    );
    await user.type(
      custom.getByLabelText(frSeasonForm.seasonForm.custom.titleFr),
      'Réparer un écran',
    );
    await user.type(
      custom.getByLabelText(frSeasonForm.seasonForm.custom.titleEn),
      'Repair a screen',
    );
    await user.type(custom.getByLabelText('Quoi faire (français)'), 'Faites réparer un écran.');
    await user.type(custom.getByLabelText('Comment le montrer (français)'), 'Une photo.');
    await user.type(custom.getByLabelText('Quoi faire (anglais)'), 'Have a screen repaired.');
    await user.type(custom.getByLabelText('Comment le montrer (anglais)'), 'A photo.');

    const impact = within(
      custom.getByRole('group', { name: frSeasonForm.seasonForm.custom.impact.legend }),
    );
    expect(
      impact.queryByLabelText(frSeasonForm.seasonForm.custom.impact.low),
    ).not.toBeInTheDocument();
    await user.click(impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.give));
    await user.selectOptions(
      impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.unit),
      frSeasonForm.seasonForm.custom.impact.units.kgCO2ePerYear,
    );
    expect(impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.years)).toHaveValue(1);
    await user.type(impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.low), '3');
    await user.type(impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.central), '2');
    await user.type(impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.high), '4');
    await user.type(
      impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.assumptionFr),
      'Un écran réparé évite d’en fabriquer un neuf.',
    );
    await user.type(
      impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.assumptionEn),
      'A repaired screen avoids making a new one.',
    );
    await user.type(
      impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.publisher),
      'ADEME',
    );
    await user.type(
      impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.title),
      'Une étude',
    );
    await user.type(impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.year), '2022');
    await user.type(
      impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.url),
      'http://example.org',
    );
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));

    const central = impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.central);
    expect(central).toHaveAccessibleDescription(fr.validation.impactRange);
    const url = impact.getByLabelText(frSeasonForm.seasonForm.custom.impact.url);
    expect(url).toHaveAccessibleDescription(fr.validation.impactSourceUrl);
    expect(payloadsOf(backend, 'saveSeason')).toEqual([]);

    await user.clear(central);
    await user.type(central, '3,5');
    await user.clear(url);
    await user.type(url, 'https://example.org/etude');
    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.create }));

    await waitFor(() => expect(payloadsOf(backend, 'saveSeason')).toHaveLength(1));
    const [payload] = payloadsOf(backend, 'saveSeason') as [
      { settings: { customActions: { impact?: unknown }[] } },
    ];
    expect(payload.settings.customActions[0]?.impact).toEqual({
      unit: 'kgCO2ePerYear',
      years: 1,
      low: 3,
      central: 3.5,
      high: 4,
      assumption: {
        fr: 'Un écran réparé évite d’en fabriquer un neuf.',
        en: 'A repaired screen avoids making a new one.',
      },
      source: {
        publisher: 'ADEME',
        title: 'Une étude',
        year: 2022,
        url: 'https://example.org/etude',
      },
      grade: 'estimate',
    });
  });

  it('edits a stored season with its dates shown in its own time zone', async () => {
    const { backend, user } = await renderForTest(routes, {
      path: '/admin/seasons/S1',
      signedInAs: ALICE.email,
      seed: (b) => {
        seedOrganiser(b);
        b.setDocument('seasons/S1', {
          name: 'Printemps 2026',
          timeZone: 'Asia/Singapore',
          startsAt: Date.UTC(2026, 2, 10, 1, 0),
          endsAt: Date.UTC(2026, 3, 10, 10, 0),
          freezeAt: Date.UTC(2026, 3, 8, 10, 0),
          teamChangeCutoff: Date.UTC(2026, 3, 8, 10, 0),
          logBackDays: 5,
          actionIds: null,
          customActions: [],
          rankingRule: 'average',
          teamSizeCap: 8,
          state: 'open',
        });
      },
    });
    backend.handle('saveSeason', () => ({ seasonId: 'S1' }));
    expect(await screen.findByLabelText(frSeasonForm.seasonForm.startsAt)).toHaveValue(
      '2026-03-10T09:00',
    );
    expect(screen.getByLabelText(frSeasonForm.seasonForm.endsAt)).toHaveValue('2026-04-10T18:00');
    // The defaults stay defaults.
    expect(screen.getByLabelText(frSeasonForm.seasonForm.freezeAt)).toHaveValue('');
    expect(screen.getByRole('radio', { name: fr.rankingRules.average.label })).toBeChecked();
    // A season saved before the data settings existed shows their defaults.
    expect(
      screen.getByRole('radio', { name: frSeasonForm.seasonForm.deletionPolicies.keep.label }),
    ).toBeChecked();
    expect(screen.getByLabelText(frSeasonForm.seasonForm.photoRetentionDays)).toHaveValue(30);

    await user.click(screen.getByRole('button', { name: frSeasonForm.seasonForm.save }));
    await waitFor(() => expect(payloadsOf(backend, 'saveSeason')).toHaveLength(1));
    expect(payloadsOf(backend, 'saveSeason')[0]).toMatchObject({
      seasonId: 'S1',
      settings: {
        startsAt: Date.UTC(2026, 2, 10, 1, 0),
        freezeAt: null,
        teamSizeCap: 8,
        deletionPolicy: 'keep',
        photoRetentionDays: 30,
      },
    });
  });
});
