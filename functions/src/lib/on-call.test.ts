// The callables that serve the commands: each refuses to load without exactly its commands, and a
// call reaches its command only through a well-formed envelope, checked as the command's own.
import type { CallableRequest } from 'firebase-functions/v2/https';
import { describe, expect, it } from 'vitest';
import {
  COMMAND_CALLABLES,
  callableOf,
  LONG_COMMANDS,
} from '../../../src/domain/command-callables';
import { COMMAND_NAMES } from '../../../src/domain/commands';
import { command, DEFAULT_MAX_PAYLOAD_BYTES, serveCommands } from './on-call';

const ping = command('dismissNotification', () => ({ read: true as const }));

/** A request as the Functions runtime hands it over, from a signed-in person. */
function request(data: unknown, bytes?: number): CallableRequest<unknown> {
  return {
    data,
    auth: { uid: 'u1', token: { uid: 'u1' } },
    rawRequest: { headers: bytes ? { 'content-length': String(bytes) } : {} },
  } as unknown as CallableRequest<unknown>;
}

describe('the command callables', () => {
  it('gives every command of the registry to exactly one callable', () => {
    const served = COMMAND_CALLABLES.flatMap((callable) =>
      COMMAND_NAMES.filter((name) => callableOf(name) === callable),
    );
    expect(served.sort()).toEqual([...COMMAND_NAMES].sort());
    for (const name of LONG_COMMANDS) expect(COMMAND_NAMES).toContain(name);
  });

  it('refuses to load a callable that lacks one of its commands or serves another one', () => {
    expect(() => serveCommands('longCommands', [ping])).toThrow(
      /missing reconcileScores, runScheduledJob, getSeasonReport, exportMyData, deleteMyAccount; not its own dismissNotification/,
    );
  });

  it('loads the deployed callables with every command', async () => {
    const deployed = await import('../commands');
    expect(typeof deployed.commands.run).toBe('function');
    expect(typeof deployed.longCommands.run).toBe('function');
  });

  it('runs the command an envelope names, with its payload', async () => {
    const { commands } = await import('../commands');
    // A command whose payload is refused shows the payload reached that command's schema.
    await expect(
      commands.run(request({ command: 'dismissNotification', payload: { notificationId: '' } })),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it.each([
    ['no envelope', null, /Send \{ command, payload \} to commands/],
    ['a bare payload', { actionId: 'x' }, /Send \{ command, payload \} to commands/],
    ['an unknown command', { command: 'dropTables', payload: {} }, /no command named dropTables/],
    [
      'a command of the other callable',
      { command: 'getSeasonReport', payload: { seasonId: 's' } },
      /no command named getSeasonReport/,
    ],
  ])('refuses %s with invalid-argument', async (_, data, message) => {
    const { commands } = await import('../commands');
    await expect(commands.run(request(data))).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(message),
    });
  });

  it('checks the size limit of the command the envelope names', async () => {
    const { commands } = await import('../commands');
    const tooLarge = DEFAULT_MAX_PAYLOAD_BYTES + 1;
    await expect(
      commands.run(
        request({ command: 'dismissNotification', payload: { notificationId: 'n' } }, tooLarge),
      ),
    ).rejects.toMatchObject({ code: 'invalid-argument', message: /send at most 16 KB/ });
    // A photo proof's command takes more: the same size reaches its payload's checks.
    await expect(
      commands.run(request({ command: 'submitAction', payload: {} }, tooLarge)),
    ).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.not.stringMatching(/too large/),
    });
  });
});
