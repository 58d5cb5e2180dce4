// The theme × modality grid, drawn: each theme a row in its colour and with its icon, each cell
// tinted deeper as more actions fill it, so a gap shows at a glance. It stays a real table, so
// assistive technology reads each cell with its headers and its words.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MODALITIES, THEME_IDS, type Modality, type ThemeId } from '../domain/themes';
import { DataTable } from './data-table';

/** Rule: a cell is drawn empty for 0 actions, light for 1, middle for 2 or 3, deep for 4 or more. */
export function gridLevel(count: number): 0 | 1 | 2 | 3 {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  return count <= 3 ? 2 : 3;
}

export interface ThemeGridProps {
  caption: string;
  captionClassName?: string;
  /** How many actions fill a cell (its tint), and what it says. */
  cell: (theme: ThemeId, modality: Modality) => { count: number; text: ReactNode };
  /** A last column and a last row of totals, when given. */
  totals?: {
    label: string;
    byTheme: (theme: ThemeId) => ReactNode;
    byModality: (modality: Modality) => ReactNode;
    total: ReactNode;
  };
}

export function ThemeGrid({ caption, captionClassName, cell, totals }: ThemeGridProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption} className="theme-grid" captionClassName={captionClassName}>
      <thead>
        <tr>
          <th scope="col">{t('grid.theme')}</th>
          {MODALITIES.map((modality) => (
            <th key={modality} scope="col" className="grid-modality">
              {t(`modalities.${modality}`)}
            </th>
          ))}
          {totals ? (
            <th scope="col" className="number">
              {totals.label}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {THEME_IDS.map((theme) => (
          <tr key={theme} className={`theme-${theme}`}>
            <th scope="row" className="grid-theme">
              {t(`themes.${theme}`)}
            </th>
            {MODALITIES.map((modality) => {
              const { count, text } = cell(theme, modality);
              return (
                <td key={modality} className={`grid-cell level-${gridLevel(count)}`}>
                  {text}
                </td>
              );
            })}
            {totals ? <td className="number">{totals.byTheme(theme)}</td> : null}
          </tr>
        ))}
      </tbody>
      {totals ? (
        <tfoot>
          <tr>
            <th scope="row">{totals.label}</th>
            {MODALITIES.map((modality) => (
              <td key={modality} className="number">
                {totals.byModality(modality)}
              </td>
            ))}
            <td className="number">{totals.total}</td>
          </tr>
        </tfoot>
      ) : null}
    </DataTable>
  );
}
