// @vitest-environment jsdom
// The profile's sign-in section over the fake backend: the address and whether it is verified,
// a verification mailed again, and work accounts added to the person's sign-in methods.
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ALICE, filled, renderForTest, type RenderOptions } from '../../components/render-for-test';
import frAccount from '../../i18n/account.fr.json';
import { selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { SignInSection } from './sign-in-section';

afterEach(cleanup);

function ProfileProbe() {
  const { user } = useAppStore(selectSession);
  return user ? <SignInSection user={user} /> : <p>signed out</p>;
}

const renderProfile = (options: Omit<RenderOptions, 'path'>) =>
  renderForTest(<ProfileProbe />, options);

describe("the profile's sign-in section", () => {
  it('verifies the address and the profile then says so', async () => {
    const { user, backend } = await renderProfile({
      signedInAs: ALICE.email,
      backend: { users: [{ ...ALICE, emailVerified: false }] },
    });
    const section = screen.getByRole('region', { name: frAccount.signInMethods.title });
    expect(within(section).getByText(frAccount.signInMethods.unverified)).toBeInTheDocument();
    await user.click(
      within(section).getByRole('button', { name: frAccount.signInMethods.sendVerification }),
    );
    expect(
      await within(section).findByText(
        filled(frAccount.signInMethods.verificationSent, { email: ALICE.email }),
      ),
    ).toBeInTheDocument();
    const code = backend.authMails.at(-1)?.code;

    // The link opened (on the action page, tested with it) verifies the address; the section follows.
    await backend.verifyEmail(code ?? '');
    expect(await within(section).findByText(frAccount.signInMethods.verified)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: frAccount.signInMethods.sendVerification }),
    ).toBeNull();
  });

  it('adds a work account, lists it, and says a taken one in plain words', async () => {
    const { user, backend } = await renderProfile({ signedInAs: ALICE.email });
    const section = screen.getByRole('region', { name: frAccount.signInMethods.title });
    const methods = () =>
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(methods()).toEqual([frAccount.signInMethods.password]);

    await user.click(
      within(section).getByRole('button', {
        name: filled(frAccount.signInMethods.add, { provider: 'Google' }),
      }),
    );
    expect(
      await within(section).findByText(
        filled(frAccount.signInMethods.added, { provider: 'Google' }),
      ),
    ).toBeInTheDocument();
    expect(methods()).toEqual([frAccount.signInMethods.password, 'Google']);
    expect(
      within(section).queryByRole('button', {
        name: filled(frAccount.signInMethods.add, { provider: 'Google' }),
      }),
    ).toBeNull();

    backend.failNext('credential-in-use');
    await user.click(
      within(section).getByRole('button', {
        name: filled(frAccount.signInMethods.add, { provider: 'Microsoft' }),
      }),
    );
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      frAccount.errors['credential-in-use'],
    );
    expect(methods()).toEqual([frAccount.signInMethods.password, 'Google']);
  });
});
