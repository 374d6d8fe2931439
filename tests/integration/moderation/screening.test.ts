import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { listStories } from '@/lib/threads/list-stories';
import { createTestReply, createMember, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let reader: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  reader = await createMember(handle.db);
});
afterAll(() => handle.close());

const later = (days: number) => () => new Date(Date.now() + days * 86_400_000);

describe('scam-agent filter', () => {
  it('holds a solicitation with a contact handle for review, invisible to other readers', async () => {
    const story = await createTestStory(handle.db, author, {
      title: '专业停息挂账代办，成功率高',
      body: '我们团队做代理协商三年了，有需要的加V：shangan2026，免费评估。',
    });
    expect(story.status).toBe('pending');
    await expect(getThreadPage(handle.db, reader, story.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getThreadPage(handle.db, null, story.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await listStories(handle.db, { sort: 'newest' })).items.map((s) => s.id)).not.toContain(story.id);
    const own = await getThreadPage(handle.db, author, story.id);
    expect(own.thread.status).toBe('pending');
    expect(own.thread.pendingReason).toBe('scam_filter');
    // The stored text is masked like any other: the handle is not kept.
    expect(JSON.stringify(own)).not.toContain('shangan2026');
  });

  it('publishes a warning about such agents, which carries no contact or outreach', async () => {
    const story = await createTestStory(handle.db, author, {
      title: '提醒大家：所谓征信修复、代理协商都是收费骗局',
      body: '我交了三千块给一个说能停息挂账代办的人，后来他把我拉黑了。银行的协商自己打电话就能谈。',
    });
    expect(story.status).toBe('published');
  });

  it('holds a solicitation in a reply too', async () => {
    const story = await createTestStory(handle.db, author);
    const reply = await createTestReply(handle.db, reader, { threadId: story.id, body: '征信修复找我，微信 fix_credit88' });
    expect(reply.status).toBe('pending');
    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.replies).toHaveLength(0);
  });
});

describe('new-user sandbox', () => {
  it('refuses links from a brand-new account, with a field error, and accepts plain text', async () => {
    const fresh = await createMember(handle.db);
    const error = await createTestStory(handle.db, fresh, { body: '可以看这个 https://example.com/guide 的说明' }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.body).toEqual(['links_not_allowed']);
    const replyError = await createTestReply(handle.db, fresh, { threadId: (await createTestStory(handle.db, author)).id, body: '见 www.example.com' }).catch(
      (e: AppError) => e,
    );
    expect((replyError as AppError).fieldErrors?.body).toEqual(['links_not_allowed']);
  });

  it('lets an account post links once it is old enough and has published posts', async () => {
    const member = await createMember(handle.db);
    await createTestStory(handle.db, member);
    await createTestStory(handle.db, member);
    const story = await createTestStory(handle.db, member, { body: '参考 https://example.com/guide' }, later(4));
    expect(story.status).toBe('published');
  });
});
