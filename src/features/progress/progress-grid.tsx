// The theme × modality grid: one row per theme, one column per modality, approved actions in
// each cell, as a real table so assistive technology reads each cell with its headers.
import { useTranslation } from 'react-i18next';
import { progressGrid, type ProgressSubmission } from '../../domain/progress';
import { MODALITIES, THEME_IDS } from '../../domain/themes';
import { DataTable } from '../../components/data-table';

export function ProgressGrid({ submissions }: { submissions: readonly ProgressSubmission[] }) {
  const { t } = useTranslation();
  const grid = progressGrid(submissions);
  return (
    <section aria-labelledby="progress-grid">
      <h2 id="progress-grid">{t('progress.grid.title')}</h2>
      <DataTable caption={t('progress.grid.caption')} captionClassName="muted">
        <thead>
          <tr>
            <th scope="col">{t('progress.grid.theme')}</th>
            {MODALITIES.map((modality) => (
              <th key={modality} scope="col">
                {t(`modalities.${modality}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {THEME_IDS.map((theme) => (
            <tr key={theme} className={`theme-${theme}`}>
              <th scope="row">{t(`themes.${theme}`)}</th>
              {MODALITIES.map((modality) => {
                const cell = grid[theme][modality];
                return (
                  <td key={modality}>
                    {t('progress.grid.cell', { count: cell.count, points: cell.points })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
