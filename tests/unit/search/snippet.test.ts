import { describe, expect, it } from 'vitest';
import { highlight, plainText, snippet } from '@/lib/search/snippet';

const render = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('snippets', () => {
  it('marks query words in the original text, longest first', () => {
    expect(render(highlight('被上门催收了，催收员说还会来', ['上门催收', '上门', '催收']))).toBe('被[上门催收]了，[催收]员说还会来');
  });

  it('marks English words case-insensitively with their inflections, not inside other words', () => {
    expect(render(highlight('Collection CALLS, recall', ['call', 'collection']))).toBe('[Collection] [CALLS], recall');
  });

  it('keeps markup as plain text: segments are never HTML', () => {
    const segments = highlight('<script>alert(1)</script> 催收', ['催收']);
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: '催收', mark: true },
    ]);
  });

  it('treats regular-expression characters in words literally', () => {
    expect(render(highlight('a.b a+b (c)', ['a+b', '(c)']))).toBe('a.b [a+b] [(c)]');
  });

  it('cuts a long post around the first match, with ellipses', () => {
    const body = `${'开头的话。'.repeat(40)}后来他们上门催收了。${'结尾的话。'.repeat(40)}`;
    const result = snippet(body, ['上门催收'], 60);
    const text = render(result);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('[上门催收]');
    expect(Array.from(text.replace(/[[\]…]/g, '')).length).toBe(60);
  });

  it('shows the opening when no word occurs in the text', () => {
    expect(render(snippet('短短的一段话', ['催收']))).toBe('短短的一段话');
  });

  it('strips markdown syntax', () => {
    expect(plainText('## 标题\n\n**加粗** 和 [链接](https://x.test) > 引用\n- 列表')).toBe('标题 加粗 和 链接 > 引用 列表');
  });

  it('never cuts an emoji in half', () => {
    const body = '😭'.repeat(200) + '催收';
    for (const segment of snippet(body, ['催收'], 50)) expect(segment.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
