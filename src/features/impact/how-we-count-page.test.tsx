// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForTest } from '../../components/render-for-test';
import { CATALOGUE, findAction } from '../../domain/catalogue';
import { IMPACT_MODELS } from '../../domain/impact-data';
import fr from '../../i18n/fr.json';
import { HowWeCountPage } from './how-we-count-page';

afterEach(cleanup);

const models = Object.entries(IMPACT_MODELS);

describe('the "how we count" page', () => {
  it('lists every model, signed out, under its theme, with its figure, source and grade', async () => {
    await renderForTest(<HowWeCountPage />);
    expect(screen.getByRole('heading', { level: 1, name: fr.howWeCount.title })).toBeVisible();

    for (const [id, model] of models) {
      const action = findAction(id);
      if (!action) throw new Error(`${id} is not in the catalogue`);
      const link = screen.getByRole('link', { name: action.title.fr });
      expect(link).toHaveAttribute('href', `/actions/${id}`);
      const item = link.closest('li');
      if (!item) throw new Error(`${id} is not in a list item`);

      const section = item.closest('section');
      expect(section).toHaveAccessibleName(fr.themes[action.theme]);

      const source = within(item).getByRole('link', { name: model.source.title });
      expect(source.getAttribute('href')).toMatch(/^https:\/\//);
      expect(new URL(source.getAttribute('href') ?? '').protocol).toBe('https:');
      expect(item).toHaveTextContent(`${model.source.publisher}, ${model.source.year} :`);
      for (const other of model.seeAlso ?? []) {
        expect(within(item).getByRole('link', { name: other.title })).toHaveAttribute(
          'href',
          other.url,
        );
      }
      expect(within(item).getByText(model.assumption.fr)).toBeVisible();
      expect(within(item).getAllByText(fr.howWeCount.grades[model.grade]).length).toBe(1);
    }
  });

  it('gives the figure as a range with its central value, in French', async () => {
    await renderForTest(<HowWeCountPage />);
    // Buying refurbished and repairing share ADEME's figures.
    expect(
      screen.getAllByText(
        'entre 24,6 et 27 kg CO₂e par an, estimation centrale 24,6 kg CO₂e par an ; 1 année comptée',
      ),
    ).toHaveLength(2);
    expect(
      screen.getByText('entre 34,6 et 960 g CO₂e, estimation centrale 52,8 g CO₂e'),
    ).toBeVisible();
  });

  it('says what the actions without a figure count as', async () => {
    await renderForTest(<HowWeCountPage />);
    const without = CATALOGUE.length - models.length;
    expect(
      screen.getByText(fr.howWeCount.withoutFigure_other.replace('{{count}}', String(without))),
    ).toBeVisible();
    expect(
      screen.getByText(
        fr.howWeCount.summary_other
          .replace('{{count}}', String(models.length))
          .replace('{{total}}', String(CATALOGUE.length)),
      ),
    ).toBeVisible();
  });
});
