// The theme × modality grid of the person's approved actions, drawn (see ThemeGrid): each cell
// says how many actions and points it holds.
import { useTranslation } from 'react-i18next';
import { ThemeGrid } from '../../components/theme-grid';
import { progressGrid, type ProgressSubmission } from '../../domain/progress';

export function ProgressGrid({ submissions }: { submissions: readonly ProgressSubmission[] }) {
  const { t } = useTranslation();
  const grid = progressGrid(submissions);
  return (
    <section aria-labelledby="progress-grid">
      <h2 id="progress-grid">{t('progress.grid.title')}</h2>
      <ThemeGrid
        caption={t('progress.grid.caption')}
        captionClassName="muted"
        cell={(theme, modality) => {
          const { count, points } = grid[theme][modality];
          return {
            count,
            text: t('progress.grid.cell', {
              count,
              points: t('catalogue.points', { count: points }),
            }),
          };
        }}
      />
    </section>
  );
}
