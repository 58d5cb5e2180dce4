// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fr from '../i18n/fr.json';
import { BACK_ONLINE_MS, ConnectionStatus, UNREACHABLE_GRACE_MS } from './connection-status';
import { ALICE, renderForTest } from './render-for-test';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const banner = () => screen.getByRole('status');

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  fireEvent(window, new Event(offline ? 'offline' : 'online'));
}

describe('the connection banner', () => {
  it('says nothing while connected', async () => {
    await renderForTest(<ConnectionStatus />, { signedInAs: ALICE.email });
    expect(banner()).toBeEmptyDOMElement();
  });

  it('says the browser is offline and that typed text stays, then that it is back', async () => {
    await renderForTest(<ConnectionStatus />);
    act(() => goOffline(true));
    expect(banner()).toHaveTextContent(fr.connection.offline);
    act(() => goOffline(false));
    expect(banner()).toHaveTextContent(fr.connection.back);
  });

  it('says the service does not answer only after a grace period, and recovers by itself', async () => {
    const { backend } = await renderForTest(<ConnectionStatus />, { signedInAs: ALICE.email });
    vi.useFakeTimers();
    act(() => backend.setReachable(false));
    // A cached snapshot while connecting is not an outage.
    act(() => vi.advanceTimersByTime(UNREACHABLE_GRACE_MS - 100));
    expect(banner()).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(200));
    expect(banner()).toHaveTextContent(fr.connection.unreachable);
    act(() => backend.setReachable(true));
    expect(banner()).toHaveTextContent(fr.connection.back);
    act(() => vi.advanceTimersByTime(BACK_ONLINE_MS + 10));
    expect(banner()).toBeEmptyDOMElement();
  });

  it('a blip shorter than the grace period is never announced', async () => {
    const { backend } = await renderForTest(<ConnectionStatus />, { signedInAs: ALICE.email });
    vi.useFakeTimers();
    act(() => backend.setReachable(false));
    act(() => vi.advanceTimersByTime(UNREACHABLE_GRACE_MS / 2));
    act(() => backend.setReachable(true));
    act(() => vi.advanceTimersByTime(UNREACHABLE_GRACE_MS));
    vi.useRealTimers();
    await waitFor(() => expect(banner()).toBeEmptyDOMElement());
  });
});
