import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom } from '@/lib/feeds/build-atom';
import type { StorySummary } from '@/lib/threads/dto';

function summary(overrides: Partial<StorySummary>): StorySummary {
  return {
    id: 1,
    title: '标题',
    excerpt: '摘要',
    author: { kind: 'member', handle: 'named_writer', displayName: '夜里的人', role: 'member' },
    createdAt: new Date('2026-06-01T08:00:00Z'),
    bumpedAt: new Date('2026-06-02T09:30:00Z'),
    stageIds: [],
    outcomeId: null,
    lenderId: null,
    lenderOther: null,
    amountBandId: null,
    monthsOverdue: null,
    isSettled: false,
    replyCount: 0,
    helpfulCount: 0,
    meTooCount: 0,
    hasAcceptedAnswer: false,
    expertAnswerCount: 0,
    ...overrides,
  } as StorySummary;
}

const tricky = '<script>alert("x")</script> & “引号” \'单\' 😀';

function feed(items: StorySummary[]) {
  return buildAtom({
    baseUrl: 'https://ashore.example/',
    selfPath: '/feeds/stories.xml',
    alternatePath: '/stories',
    title: '上岸 · 最新故事 & more',
    items,
    now: new Date('2026-06-03T00:00:00Z'),
  });
}

describe('buildAtom', () => {
  it('writes an Atom entry per thread with an absolute canonical link, dates, author and summary', async () => {
    const xml = feed([summary({ id: 42, title: '信用卡逾期 三个月' })]);
    const parsed = await new Parser().parseString(xml);
    expect(parsed.title).toBe('上岸 · 最新故事 & more');
    expect(parsed.items).toHaveLength(1);
    const [entry] = parsed.items;
    expect(entry?.link).toBe(`https://ashore.example/t/42/${encodeURIComponent('信用卡逾期-三个月')}`);
    expect(entry?.id).toBe('https://ashore.example/t/42');
    expect(entry?.author).toBe('夜里的人');
    expect(entry?.summary).toBe('摘要');

    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.entry.updated).toBe('2026-06-02T09:30:00.000Z');
    expect(doc.feed.entry.published).toBe('2026-06-01T08:00:00.000Z');
    expect(doc.feed.updated).toBe('2026-06-02T09:30:00.000Z');
  });

  it('names an anonymous author only as 匿名用户', async () => {
    const xml = feed([summary({ author: { kind: 'anonymous', label: 'K7QX' } })]);
    const parsed = await new Parser().parseString(xml);
    expect(parsed.items[0]?.author).toBe('匿名用户');
    expect(xml).not.toContain('K7QX');
    expect(xml).not.toContain('named_writer');
  });

  it('escapes <, &, quotes and keeps emoji, so text round-trips through a parser', () => {
    const xml = feed([summary({ title: tricky, excerpt: tricky, author: { kind: 'member', handle: 'h', displayName: tricky, role: 'member' } })]);
    expect(xml).not.toContain('<script>');
    const doc = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(xml);
    expect(doc.feed.entry.title['#text']).toBe(tricky);
    expect(doc.feed.entry.summary['#text']).toBe(tricky);
    expect(doc.feed.entry.author.name).toBe(tricky);
  });

  it('drops control characters XML cannot carry', () => {
    const xml = feed([summary({ title: 'a\u0001b\u000bc' })]);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed.entry.title['#text']).toBe('abc');
  });

  it('falls back to the given time for an empty feed', () => {
    const doc = new XMLParser().parse(feed([]));
    expect(doc.feed.updated).toBe('2026-06-03T00:00:00.000Z');
    expect(doc.feed.entry).toBeUndefined();
  });
});
