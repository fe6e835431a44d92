import { describe, expect, it } from 'vitest';
import { CONVERSATION_DEFAULTS, ConversationMemory } from '../src/answer/conversation.ts';

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('ConversationMemory', () => {
  it('remembers the codes of an ok answer per key', () => {
    const memory = new ConversationMemory();
    memory.remember('a', { status: 'ok', codes: ['S21154'] });
    expect(memory.recall('a')).toEqual({ codes: ['S21154'] });
    expect(memory.recall('b')).toBeUndefined();
  });

  it('keeps the previous subject after an ambiguous, not-found or code-less answer', () => {
    const memory = new ConversationMemory();
    memory.remember('a', { status: 'ok', codes: ['S21154'] });
    memory.remember('a', { status: 'ambiguous', codes: ['X1', 'X2'] });
    memory.remember('a', { status: 'not-found', codes: [] });
    memory.remember('a', { status: 'ok', codes: [] });
    expect(memory.recall('a')).toEqual({ codes: ['S21154'] });
  });

  it('takes the project of an answer that says the data lacks what was asked of it', () => {
    const memory = new ConversationMemory();
    memory.remember('a', { status: 'ok', codes: ['S21154'] });
    memory.remember('a', { status: 'no-answer', codes: ['S22154'] });
    expect(memory.recall('a')).toEqual({ codes: ['S22154'] });
    memory.remember('a', { status: 'no-answer', codes: [] });
    expect(memory.recall('a')).toEqual({ codes: ['S22154'] });
  });

  it('a new subject replaces the old one; a collection is capped', () => {
    const memory = new ConversationMemory({ maxCodes: 3 });
    memory.remember('a', { status: 'ok', codes: ['S1'] });
    memory.remember('a', { status: 'ok', codes: ['A', 'B', 'C', 'D', 'E'] });
    expect(memory.recall('a')).toEqual({ codes: ['A', 'B', 'C'] });
    memory.rememberCodes('a', ['S9']);
    expect(memory.recall('a')).toEqual({ codes: ['S9'] });
  });

  it('forgets after the TTL', () => {
    const time = clock();
    const memory = new ConversationMemory({ now: time.now });
    memory.remember('a', { status: 'ok', codes: ['S1'] });
    time.advance(CONVERSATION_DEFAULTS.ttlMs);
    expect(memory.recall('a')).toEqual({ codes: ['S1'] });
    time.advance(1);
    expect(memory.recall('a')).toBeUndefined();
    expect(memory.size).toBe(0);
  });

  it('evicts the oldest key beyond its size', () => {
    const memory = new ConversationMemory({ maxKeys: 2 });
    memory.remember('a', { status: 'ok', codes: ['A'] });
    memory.remember('b', { status: 'ok', codes: ['B'] });
    memory.remember('a', { status: 'ok', codes: ['A2'] });
    memory.remember('c', { status: 'ok', codes: ['C'] });
    expect(memory.size).toBe(2);
    expect(memory.recall('b')).toBeUndefined();
    expect(memory.recall('a')).toEqual({ codes: ['A2'] });
    expect(memory.recall('c')).toEqual({ codes: ['C'] });
  });
});
