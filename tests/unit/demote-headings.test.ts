import { describe, expect, it } from 'vitest';
import { demotedTagName, demoteHeadings } from '../../src/lib/demote-headings';

describe('demoteHeadings', () => {
  it('moves a heading down one level and never past h6', () => {
    expect(demotedTagName('h1')).toBe('h2');
    expect(demotedTagName('h2')).toBe('h3');
    expect(demotedTagName('h5')).toBe('h6');
    expect(demotedTagName('h6')).toBe('h6');
  });
  it('replaces the heading node and keeps everything else about it', () => {
    const node = { type: 'element' as const, tagName: 'h2', properties: { id: 'muc-dich' }, children: [] };
    expect(demoteHeadings().element.visit(node)).toEqual({ ...node, tagName: 'h3' });
  });
});
