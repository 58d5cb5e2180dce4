// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderForTest } from '../components/render-for-test';
import fr from '../i18n/fr.json';
import { appUpdates } from './app-updates';
import { UpdateBanner } from './install-offer';

afterEach(() => {
  cleanup();
  appUpdates.reset();
});

it('says nothing until a new version waits, then reloads into it on request', async () => {
  const { user } = await renderForTest(<UpdateBanner />);
  const status = screen.getByRole('status');
  expect(status).toBeEmptyDOMElement();

  const applied: string[] = [];
  act(() =>
    appUpdates.updateFound(async () => {
      applied.push('skip waiting and reload');
    }),
  );
  expect(status).toHaveTextContent(fr.pwa.updateReady);
  await user.click(screen.getByRole('button', { name: fr.pwa.reload }));
  expect(applied).toEqual(['skip waiting and reload']);
});
