import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { acceptAnswer } from '@/lib/experts/accept-answer';
import { applyAsExpert } from '@/lib/experts/apply-as-expert';
import { decideApplication } from '@/lib/experts/decide-application';
import { listStageAnswers } from '@/lib/insights/stage-answers';
import { createQuestion } from '@/lib/questions/create-question';
import { deleteReply } from '@/lib/replies/delete-reply';
import { deleteThread } from '@/lib/threads/delete-thread';
import { createMember, createTestReply, steppingClock, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let asker: Member;
let expert: Member;
let member: Member;
let stageIds: Record<string, number>;
const clock = steppingClock(new Date(Date.now() - 60_000));

beforeAll(async () => {
  handle = await createTestDatabase();
  asker = await createMember(handle.db);
  member = await createMember(handle.db);
  expert = await createMember(handle.db);
  const moderator = await createMember(handle.db, { role: 'moderator' });
  stageIds = Object.fromEntries((await taxonomyOf(handle.db)).stages.map((s) => [s.slug, s.id]));
  const { id } = await applyAsExpert(handle.db, expert, {
    profession: 'lawyer',
    yearsOfPractice: 8,
    licenceNumber: 'TEST-LAW-2018-0001',
    stageIds: [stageIds.lawsuit, stageIds.negotiation],
    hasCommercialInterest: false,
    interestStatement: '无商业利益关联',
  });
  const expiresOn = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  await decideApplication(handle.db, moderator, { applicationId: id, decision: 'approve', scopeStageIds: [], expiresOn, reason: '' });
});
afterAll(() => handle.close());

async function ask(title: string, stages: string[]) {
  return createQuestion(handle.db, asker, { title, body: '第一次遇到，想知道该怎么准备。', stageIds: stages.map((s) => stageIds[s]!) }, clock);
}

describe('listStageAnswers', () => {
  it('lists only published questions at the stage whose accepted answer is a published expert answer, newest first', async () => {
    // Included: two lawsuit questions with an accepted expert answer.
    const older = await ask('收到法院传票，下一步怎么办？', ['lawsuit']);
    const olderAnswer = await createTestReply(handle.db, expert, { threadId: older.id, body: '先核对传票上的案号，在官方渠道查询案件。' }, clock);
    await acceptAnswer(handle.db, asker, { threadId: older.id, replyId: olderAnswer.id }, clock);
    const newer = await ask('被起诉后还能协商吗？', ['calls', 'lawsuit']);
    const newerAnswer = await createTestReply(handle.db, expert, { threadId: newer.id, body: '可以，开庭前后都可以和对方协商。' }, clock);
    await acceptAnswer(handle.db, asker, { threadId: newer.id, replyId: newerAnswer.id }, clock);

    // Excluded: a member's accepted (non-expert) answer.
    const byMember = await ask('起诉后会不会影响家人？', ['lawsuit']);
    const memberAnswer = await createTestReply(handle.db, member, { threadId: byMember.id, body: '我的经历是不会。' }, clock);
    await acceptAnswer(handle.db, asker, { threadId: byMember.id, replyId: memberAnswer.id }, clock);
    // Excluded: an expert answer nobody accepted.
    const unaccepted = await ask('诉讼费谁出？', ['lawsuit']);
    await createTestReply(handle.db, expert, { threadId: unaccepted.id, body: '一般由败诉方承担。' }, clock);
    // Excluded: another stage.
    const otherStage = await ask('协商时要注意什么？', ['negotiation']);
    const otherAnswer = await createTestReply(handle.db, expert, { threadId: otherStage.id, body: '要书面确认方案。' }, clock);
    await acceptAnswer(handle.db, asker, { threadId: otherStage.id, replyId: otherAnswer.id }, clock);
    // Excluded: a deleted question, and a question whose accepted answer was deleted.
    const deletedQuestion = await ask('开庭要带什么？', ['lawsuit']);
    const dqAnswer = await createTestReply(handle.db, expert, { threadId: deletedQuestion.id, body: '身份证和相关材料。' }, clock);
    await acceptAnswer(handle.db, asker, { threadId: deletedQuestion.id, replyId: dqAnswer.id }, clock);
    await deleteThread(handle.db, asker, { threadId: deletedQuestion.id }, clock);
    const deletedAnswer = await ask('判决后多久执行？', ['lawsuit']);
    const daAnswer = await createTestReply(handle.db, expert, { threadId: deletedAnswer.id, body: '看判决书写的履行期限。' }, clock);
    await acceptAnswer(handle.db, asker, { threadId: deletedAnswer.id, replyId: daAnswer.id }, clock);
    await deleteReply(handle.db, expert, { replyId: daAnswer.id }, clock);

    const answers = await listStageAnswers(handle.db, stageIds.lawsuit!);
    expect(answers).toEqual([
      { questionId: newer.id, questionTitle: '被起诉后还能协商吗？', answerId: newerAnswer.id, answerExcerpt: '可以，开庭前后都可以和对方协商。' },
      { questionId: older.id, questionTitle: '收到法院传票，下一步怎么办？', answerId: olderAnswer.id, answerExcerpt: '先核对传票上的案号，在官方渠道查询案件。' },
    ]);
    expect((await listStageAnswers(handle.db, stageIds.negotiation!)).map((a) => a.questionId)).toEqual([otherStage.id]);
    expect(await listStageAnswers(handle.db, stageIds.sms!)).toEqual([]);
  });
});
