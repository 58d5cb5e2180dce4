// Oversized commands are refused before they are validated, with a sentence naming the limit,
// and change nothing; a photo proof gets a larger allowance than other commands.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, errorOf, rulesEnvironment } from '../support/emulators';
import { buildWorld, type World } from '../support/world';

let env: RulesTestEnvironment;
let world: World;

beforeAll(async () => {
  env = await rulesEnvironment();
  world = await buildWorld();
}, 120_000);

afterAll(async () => {
  await world.close();
  await env.cleanup();
});

describe('payload size', () => {
  it('refuses a command of 100 KB (the limit is 16 KB) and changes nothing', async () => {
    const before = await dumpDatabase();
    const error = await errorOf(
      world.people.organiser.call('createCompany', { name: 'x'.repeat(100_000) }),
    );
    expect(error.code).toBe('functions/invalid-argument');
    expect(error.message).toMatch(/too large \(\d+ KB\): send at most 16 KB/);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('lets a photo proof through up to 1 MB and refuses a larger one', async () => {
    const photo = (bytes: number) => ({
      seasonId: world.seasonId,
      actionId: 'sob-buy-refurbished-device',
      doneAt: Date.now() - 60_000,
      proof: { kind: 'photo', type: 'image/png', data: 'A'.repeat(bytes) },
    });
    const before = await dumpDatabase();
    const huge = await errorOf(world.people.member.call('submitAction', photo(1_500_000)));
    expect(huge.code).toBe('functions/invalid-argument');
    expect(huge.message).toContain('send at most 1024 KB');
    // 700 KB passes the size check and is then judged on its content (not an image).
    const judged = await errorOf(world.people.member.call('submitAction', photo(700_000)));
    expect(judged.code).toBe('functions/invalid-argument');
    expect(judged.message).not.toContain('too large');
    expect(await dumpDatabase()).toEqual(before);
  });
});
