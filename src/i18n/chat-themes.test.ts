import { describe, expect, it } from 'vitest';
import { THEME_LABELS } from '../domain/chat';
import en from './en.json';
import fr from './fr.json';

describe('chat posts', () => {
  it('name each theme as the app does', () => {
    expect(THEME_LABELS.fr).toEqual(fr.themes);
    expect(THEME_LABELS.en).toEqual(en.themes);
  });
});
