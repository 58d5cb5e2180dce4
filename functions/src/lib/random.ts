// Randomness for invite codes and pseudonyms, from the platform's secure generator.
import { randomInt } from 'node:crypto';

export const secureRandomInt = (bound: number): number => randomInt(bound);
