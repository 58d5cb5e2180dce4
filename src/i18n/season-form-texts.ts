// The texts of the organisers' season form (seasonForm), in its page's chunk (lazy-texts.ts).
import frSeasonForm from './season-form.fr.json';
import { useLazyTexts } from './lazy-texts';

const loadEnglish = () => import('./season-form.en.json').then((module) => module.default);

export function useSeasonFormTexts(): void {
  useLazyTexts(frSeasonForm, loadEnglish, 'seasonForm.newTitle');
}
