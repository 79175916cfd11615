import { describe, expect, it } from 'vitest';
import { closest } from '../../src/lib/suggest';

describe('closest', () => {
  it('puts ids that contain the typed text first, then the nearest by edits', () => {
    expect(closest('hoa-giai', ['pbgdpl', 'luat-moi', 'hoa-giai-o-co-so'])[0]).toBe('hoa-giai-o-co-so');
    expect(closest('ubnd-lang-sonn', ['ubnd-lai-chau', 'ubnd-lang-son'])[0]).toBe('ubnd-lang-son');
  });
  it('returns at most the number asked for', () => {
    expect(closest('a', ['a1', 'a2', 'a3', 'a4'], 2)).toEqual(['a1', 'a2']);
  });
});
