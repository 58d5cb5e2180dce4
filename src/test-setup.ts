// Set-up of the unit tests. Pages are lazily loaded chunks: on a busy two-core machine the first
// import of one can take more than Testing Library's default second, so its waits get five.
// (A wait ends as soon as its condition holds: this is a ceiling, never a delay.)
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });

// The command registry is its own chunk too, loaded with a command's first answer: loaded here,
// so an answer reaches the screen as soon as the fake backend gives it, as a cached chunk does.
await import('./domain/commands');
