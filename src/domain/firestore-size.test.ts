import { describe, expect, it } from 'vitest';
import { documentSize, valueSize } from './firestore-size';

describe('Firestore storage sizes', () => {
  it('counts strings by their UTF-8 bytes plus one, numbers 8, booleans and null 1', () => {
    expect(valueSize('abc')).toBe(4);
    expect(valueSize('é')).toBe(3);
    expect(valueSize(12.5)).toBe(8);
    expect(valueSize(true)).toBe(1);
    expect(valueSize(null)).toBe(1);
  });

  it('counts a map by its keys and values, an array by its values', () => {
    // "type": "Personal" (5 + 9), "done": false (5 + 1), "priority": 1 (9 + 8).
    expect(valueSize({ type: 'Personal', done: false, priority: 1 })).toBe(37);
    expect(valueSize(['a', 'b'])).toBe(4);
  });

  it('adds the document name and 32 bytes', () => {
    // Firestore's own example: "users/jeff/tasks/my_task_id" has a name of 6+5+6+11+16 bytes.
    expect(documentSize('users/jeff/tasks/my_task_id', {})).toBe(44 + 32);
  });
});
