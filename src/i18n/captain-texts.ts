// The texts of the captain's dashboard and the team's standing (captain), in the team page's
// chunk (lazy-texts.ts).
import frCaptain from './captain.fr.json';
import { useLazyTexts } from './lazy-texts';

const loadEnglish = () => import('./captain.en.json').then((module) => module.default);

export function useCaptainTexts(): void {
  useLazyTexts(frCaptain, loadEnglish, 'captain.title');
}
