// The texts of the sign-in pages and the profile's sign-in section (auth, authAction,
// signInMethods, and the errors only signing in meets), in those pages' chunk (lazy-texts.ts).
import frAccount from './account.fr.json';
import { useLazyTexts } from './lazy-texts';

const loadEnglish = () => import('./account.en.json').then((module) => module.default);

export function useAccountTexts(): void {
  useLazyTexts(frAccount, loadEnglish, 'auth.signInTitle');
}
