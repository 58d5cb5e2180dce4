// Every text a person types is measured in visible characters, by the one schema of text.ts: a
// length rule that counted code units would take three zero-width spaces for a word.
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { saveEventPayloadSchema } from './events';
import { correctionPayloadSchema, revokePayloadSchema } from './game';
import { nudgePayloadSchema } from './nudges';
import { customActionSchema, seasonSettingsSchema } from './season';
import { proofSchema } from './submission';
import { answerSurveyPayloadSchema } from './survey';
import { createCompanyPayloadSchema, createTeamPayloadSchema, profilePayloadSchema } from './team';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u3164', '\u2800'];

// [what it is, its schema, the shortest visible text it takes]
const texts: [string, z.ZodType, number][] = [
  ['a text proof', proofSchema.options[1].shape.text, 3],
  ['a revocation reason', revokePayloadSchema.shape.reason, 3],
  ['a correction reason', correctionPayloadSchema.shape.reason, 3],
  ['a nudge message', nudgePayloadSchema.shape.message, 1],
  ['a team name', createTeamPayloadSchema.shape.name, 2],
  ['a company name', createCompanyPayloadSchema.shape.name, 2],
  ['a pseudonym', profilePayloadSchema.shape.pseudonym, 2],
  ['a season name', seasonSettingsSchema.shape.name, 3],
  ['a custom action title', customActionSchema.shape.title.shape.fr, 3],
  ['an event title', saveEventPayloadSchema.shape.title.shape.en, 3],
  ['an event description', saveEventPayloadSchema.shape.description.shape.fr, 3],
];

describe('texts people type', () => {
  for (const [name, schema, min] of texts) {
    it(`refuses ${name} made of characters that show nothing, and stores none of them`, () => {
      for (const invisible of INVISIBLE) {
        expect(schema.safeParse(invisible.repeat(min + 2)).success, name).toBe(false);
        const padded = 'x'.repeat(min - 1).padEnd(min + 3, invisible);
        expect(schema.safeParse(padded).success, name).toBe(false);
      }
      const word = 'y'.repeat(min);
      expect(schema.parse(`\u200b ${word.split('').join('\u200b')} \u2060`)).toBe(word);
    });
  }

  it('counts a survey comment in visible characters too', () => {
    const comment = answerSurveyPayloadSchema.shape.comment;
    expect(comment.parse('\u200b'.repeat(5))).toBe('');
  });
});
