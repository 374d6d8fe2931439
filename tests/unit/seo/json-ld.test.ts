import { describe, expect, it } from 'vitest';
import { serializeJsonLd, threadJsonLd } from '@/lib/seo/json-ld';
import { plainTextOf } from '@/lib/seo/plain-text';
import type { ReplyView, ThreadPage, ThreadView } from '@/lib/threads/dto';

const base = 'https://ashore.example';
const named = { kind: 'member', handle: 'named_asker', displayName: '提问的人', role: 'member' } as const;
const anonymous = { kind: 'anonymous', label: 'K7QX' } as const;

function thread(overrides: Partial<ThreadView>): ThreadView {
  return {
    id: 7,
    kind: 'question',
    title: '被起诉了怎么办',
    status: 'published',
    bodyHtml: '<p>收到了<strong>传票</strong> &amp; 短信</p>',
    author: named,
    createdAt: new Date('2026-06-01T08:00:00Z'),
    bumpedAt: new Date('2026-06-02T08:00:00Z'),
    editedAt: null,
    replyCount: 2,
    ...overrides,
  } as ThreadView;
}

function reply(overrides: Partial<ReplyView>): ReplyView {
  return {
    id: 1,
    parentId: null,
    depth: 0,
    author: { kind: 'member', handle: 'lawyer_li', displayName: '李律师', role: 'member' },
    status: 'published',
    isAccepted: false,
    bodyHtml: '<p>先核对传票真伪。</p>',
    createdAt: new Date('2026-06-01T09:00:00Z'),
    helpfulCount: 3,
    permalink: '/t/7?root=1#r1',
    children: [],
    ...overrides,
  } as ReplyView;
}

function page(t: Partial<ThreadView>, replies: ReplyView[] = []): ThreadPage {
  return { thread: thread(t), replies, focus: null, nextCursor: null, isFirstPage: true, markedReplyId: null };
}

/** What a browser's JSON parser gets from the script element. */
function roundTrip(data: ReturnType<typeof threadJsonLd>) {
  return JSON.parse(serializeJsonLd(data!)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('threadJsonLd', () => {
  it('describes a question as a QAPage with its accepted and suggested answers', () => {
    const accepted = reply({ id: 2, isAccepted: true, helpfulCount: 9, permalink: '/t/7?root=2#r2' });
    const other = reply({ id: 3, author: anonymous, bodyHtml: '<p>我也遇到过</p>' });
    const nested = reply({ id: 4, parentId: 3, depth: 1 });
    const data = roundTrip(threadJsonLd(page({}, [accepted, other, nested]), base));
    expect(data['@type']).toBe('QAPage');
    const q = data.mainEntity;
    expect(q).toMatchObject({ '@type': 'Question', name: '被起诉了怎么办', text: '收到了 传票 & 短信', answerCount: 2 });
    expect(q.dateCreated).toBe('2026-06-01T08:00:00.000Z');
    expect(q.author).toEqual({ '@type': 'Person', name: '提问的人' });
    expect(q.acceptedAnswer).toMatchObject({
      '@type': 'Answer',
      text: '先核对传票真伪。',
      upvoteCount: 9,
      url: `${base}/t/7?root=2#r2`,
      author: { '@type': 'Person', name: '李律师' },
    });
    expect(q.suggestedAnswer).toHaveLength(1);
    expect(q.suggestedAnswer[0].author).toEqual({ '@type': 'Person', name: '匿名用户' });
  });

  it('has no acceptedAnswer until one is accepted', () => {
    const data = roundTrip(threadJsonLd(page({}, [reply({})]), base));
    expect(data.mainEntity.acceptedAnswer).toBeUndefined();
    expect(data.mainEntity.suggestedAnswer).toHaveLength(1);
  });

  it('describes a story as a DiscussionForumPosting with its comment count', () => {
    const data = roundTrip(threadJsonLd(page({ kind: 'story', editedAt: new Date('2026-06-05T00:00:00Z') }), base));
    expect(data).toMatchObject({
      '@type': 'DiscussionForumPosting',
      headline: '被起诉了怎么办',
      datePublished: '2026-06-01T08:00:00.000Z',
      dateModified: '2026-06-05T00:00:00.000Z',
      url: `${base}/t/7/${encodeURIComponent('被起诉了怎么办')}`,
      interactionStatistic: { userInteractionCount: 2 },
    });
  });

  it('names anonymous authors only as 匿名用户', () => {
    const json = serializeJsonLd(threadJsonLd(page({ author: anonymous }, [reply({ author: anonymous })]), base)!);
    expect(JSON.parse(json).mainEntity.author.name).toBe('匿名用户');
    expect(json).not.toContain('K7QX');
    expect(json).not.toContain('named_asker');
  });

  it('escapes < so text cannot close the script, and round-trips special characters', () => {
    const tricky = '</script><script>alert(1)</script> & "引号" 😀';
    const json = serializeJsonLd(threadJsonLd(page({ kind: 'story', title: tricky }), base)!);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(tricky);
  });

  it('describes nothing that is not published', () => {
    expect(threadJsonLd(page({ status: 'deleted', bodyHtml: null }), base)).toBeNull();
  });
});

describe('plainTextOf', () => {
  it('drops tags, decodes entities and cuts at the limit', () => {
    expect(plainTextOf('<p>a &lt;b&gt; &#x1F600; &#39;c&#39;</p>')).toBe("a <b> 😀 'c'");
    expect(Array.from(plainTextOf(`<p>${'长'.repeat(200)}</p>`, 150))).toHaveLength(150);
    expect(plainTextOf(null)).toBe('');
  });
});
