import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies, threads } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { RENDERER_VERSION } from '@/lib/markdown/cook';
import { recookPosts } from '@/lib/markdown/recook-posts';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { redactPost } from '@/lib/moderation/redact-post';
import { removePost, restorePost } from '@/lib/moderation/moderate-post';
import { editReply } from '@/lib/replies/edit-reply';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let moderator: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
});
afterAll(() => handle.close());

// Footnotes are rendered with locale-specific labels, so this
// body has a distinct English cooking.
const BODY = '**第一次**接到催收电话[^1]。\n\n- 记录时间\n- 保留录音\n\n[^1]: 2026 年 3 月';

async function replyRow(id: number) {
  const [row] = await handle.db.select().from(replies).where(eq(replies.id, id));
  return row!;
}

async function threadRow(id: number) {
  const [row] = await handle.db.select().from(threads).where(eq(threads.id, id));
  return row!;
}

/** Puts HTML in the row that no renderer would produce, as an older renderer's output would be. */
async function staleReply(id: number, version: number | null = 0) {
  await handle.db.update(replies).set({ bodyHtml: '<p>stale</p>', bodyHtmlEn: null, renderVersion: version }).where(eq(replies.id, id));
}

describe('cooked posts', () => {
  it('stores the HTML a fresh render gives, per locale, and the page shows the stored HTML', async () => {
    const story = await createTestStory(handle.db, author, { body: BODY });
    const reply = await createTestReply(handle.db, author, { threadId: story.id, body: BODY });
    for (const row of [await threadRow(story.id), await replyRow(reply.id)]) {
      expect(row.bodyHtml).toBe(renderMarkdown(row.body, { locale: 'zh-CN' }));
      expect(row.bodyHtmlEn).toBe(renderMarkdown(row.body, { locale: 'en' }));
      expect(row.renderVersion).toBe(RENDERER_VERSION);
    }
    const plain = await createTestReply(handle.db, author, { threadId: story.id, body: '谢谢分享' });
    // No locale-specific text: one copy is enough.
    expect((await replyRow(plain.id)).bodyHtmlEn).toBeNull();

    // Reads use the stored HTML and never render: what is stored is what is shown.
    await staleReply(reply.id, RENDERER_VERSION);
    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.replies.find((r) => r.id === reply.id)!.bodyHtml).toBe('<p>stale</p>');
    const en = await getThreadPage(handle.db, null, story.id, { locale: 'en' });
    expect(en.thread.bodyHtml).toBe(renderMarkdown((await threadRow(story.id)).body, { locale: 'en' }));
  });

  it('re-cooks on edit, redaction and restore', async () => {
    const story = await createTestStory(handle.db, author);
    const reply = await createTestReply(handle.db, author, { threadId: story.id, body: '原来的内容' });

    await editReply(handle.db, author, { replyId: reply.id, body: '改过的 *内容*' });
    expect((await replyRow(reply.id)).bodyHtml).toBe(renderMarkdown('改过的 *内容*'));

    await redactPost(handle.db, moderator, { target: 'reply', id: reply.id, reason: '隐去姓名', body: '已隐去 **姓名**' });
    expect((await replyRow(reply.id)).bodyHtml).toBe(renderMarkdown('已隐去 **姓名**'));
    await redactPost(handle.db, moderator, { target: 'thread', id: story.id, reason: '隐去姓名', body: '故事 _已编辑_' });
    expect((await threadRow(story.id)).bodyHtml).toBe(renderMarkdown('故事 _已编辑_'));

    await removePost(handle.db, moderator, { target: 'reply', id: reply.id, reason: '违规' });
    await staleReply(reply.id);
    await restorePost(handle.db, moderator, { target: 'reply', id: reply.id, reason: '误删' });
    const restored = await replyRow(reply.id);
    expect(restored.bodyHtml).toBe(renderMarkdown('已隐去 **姓名**'));
    expect(restored.renderVersion).toBe(RENDERER_VERSION);
  });

  it('re-cooks, in batches, every post an older renderer cooked or none did when the version is bumped', async () => {
    const story = await createTestStory(handle.db, author);
    const a = await createTestReply(handle.db, author, { threadId: story.id, body: '甲 **粗体**' });
    const b = await createTestReply(handle.db, author, { threadId: story.id, body: '乙 `代码`' });
    await staleReply(a.id, RENDERER_VERSION);
    await staleReply(b.id, null);

    // Nothing is older than the current renderer except the never-cooked row.
    const current = await recookPosts(handle.db);
    expect(current.replies).toBe(1);
    expect((await replyRow(b.id)).bodyHtml).toBe(renderMarkdown('乙 `代码`'));
    expect((await replyRow(a.id)).bodyHtml).toBe('<p>stale</p>');

    const bumped = RENDERER_VERSION + 1;
    const progress: number[] = [];
    const done = await recookPosts(handle.db, { version: bumped, batchSize: 2, onProgress: (p) => p.table === 'replies' && progress.push(p.cooked) });
    const replyTotal = (await handle.db.select({ id: replies.id }).from(replies)).length;
    expect(done.replies).toBe(replyTotal);
    expect(progress.length).toBeGreaterThan(1);
    const row = await replyRow(a.id);
    expect(row.bodyHtml).toBe(renderMarkdown('甲 **粗体**'));
    expect(row.renderVersion).toBe(bumped);
    expect((await threadRow(story.id)).renderVersion).toBe(bumped);
    // Done once: a second pass finds nothing to do.
    expect(await recookPosts(handle.db, { version: bumped })).toEqual({ threads: 0, replies: 0 });
  });

  it('shows a post not cooked yet as escaped text, never as raw HTML', async () => {
    const story = await createTestStory(handle.db, author);
    const reply = await createTestReply(handle.db, author, { threadId: story.id, body: '<b>不是标签</b> **也不是粗体**' });
    await handle.db.update(replies).set({ bodyHtml: null, bodyHtmlEn: null, renderVersion: null }).where(eq(replies.id, reply.id));
    const page = await getThreadPage(handle.db, null, story.id);
    const html = page.replies.find((r) => r.id === reply.id)!.bodyHtml!;
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
  });
});
