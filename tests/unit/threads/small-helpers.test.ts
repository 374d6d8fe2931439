import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/lib/pagination/cursor';
import { excerptOf } from '@/lib/threads/excerpt';
import { slugify, threadPath } from '@/lib/threads/slug';

describe('keyset cursors', () => {
  it('round-trip the sort value and id', () => {
    expect(decodeCursor(encodeCursor('2026-05-01 10:00:00.123+00', 42))).toEqual(['2026-05-01 10:00:00.123+00', 42]);
  });
  it.each(['', 'x', '%%%', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,-2]').toString('base64url'), 'A'.repeat(500)])(
    'refuse %j',
    (raw) => expect(decodeCursor(raw)).toBeNull(),
  );
});

describe('slugs and excerpts', () => {
  it('keeps Chinese letters and drops punctuation', () => {
    expect(slugify('招行6万多，第五次打电话终于谈成了60期！')).toBe('招行6万多-第五次打电话终于谈成了60期');
    expect(threadPath(7, '？？？')).toBe('/t/7');
  });
  it('strips markdown and cuts long text', () => {
    expect(excerptOf('## 标题\n\n**重点** 和 [链接](https://x.test)', 20)).toBe('标题 重点 和 链接');
    expect(excerptOf('字'.repeat(200), 10)).toBe(`${'字'.repeat(10)}…`);
  });
});
