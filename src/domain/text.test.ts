import { describe, expect, it } from 'vitest';
import { typedText, visibleLength, withoutInvisible } from './text';

const ZWSP = '\u200b';

describe('visibleLength', () => {
  it('counts nothing for characters that show nothing', () => {
    expect(visibleLength(ZWSP.repeat(3))).toBe(0);
    expect(visibleLength('\u200d\u200d\u200d')).toBe(0);
    expect(visibleLength('\u00ad\u2060\ufeff')).toBe(0);
    expect(visibleLength('\u3164\u3164\u3164')).toBe(0);
    expect(visibleLength('\u2800\u2800\u2800')).toBe(0);
    expect(visibleLength(`${ZWSP} \u00a0\t\n${ZWSP}`)).toBe(0);
  });

  it('counts what a reader sees: an emoji as one, a ligature as its letters, one space per run', () => {
    expect(visibleLength('abc')).toBe(3);
    expect(visibleLength(`a${ZWSP}b${ZWSP}c`)).toBe(3);
    expect(visibleLength('👨‍👩‍👧')).toBe(1);
    expect(visibleLength('👍🏽')).toBe(1);
    expect(visibleLength('ﬁx')).toBe(3);
    expect(visibleLength('é')).toBe(1);
    expect(visibleLength('  a    b  ')).toBe(3);
  });
});

describe('withoutInvisible', () => {
  it('drops what shows nothing, keeps the emoji whole and the line breaks as typed', () => {
    expect(withoutInvisible(`  vé${ZWSP}lo\u00ad  `)).toBe('vélo');
    expect(withoutInvisible('👨‍👩‍👧')).toBe('👨‍👩‍👧');
    expect(withoutInvisible('one\n\ntwo')).toBe('one\n\ntwo');
  });
});

describe('typedText', () => {
  const schema = typedText({ min: 3, max: 10, tooShort: 'short', tooLong: 'long' });
  const messages = (value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('refuses three zero-width spaces, or two letters padded with them, as too short', () => {
    expect(messages(ZWSP.repeat(3))).toEqual(['short']);
    expect(messages(`a${ZWSP}${ZWSP}b`)).toEqual(['short']);
    expect(messages('  ab  ')).toEqual(['short']);
    expect(messages(42)).toEqual(['short']);
  });

  it('stores the text without its invisible characters, and counts visible ones for the maximum', () => {
    expect(schema.parse(` a${ZWSP}b${ZWSP}c `)).toBe('abc');
    expect(schema.parse(`${'👍🏽'.repeat(10)}`)).toBe('👍🏽'.repeat(10));
    expect(messages('abcdefghijk')).toEqual(['long']);
  });

  it('refuses a text padded past what may be stored, before looking at it', () => {
    expect(messages(`abc${ZWSP.repeat(100)}`)).toEqual(['long']);
  });
});
