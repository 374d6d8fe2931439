// Writers that post replies as fast as the server answers, each reply body
// carrying a unique marker, so acknowledged writes can be counted in the
// database afterwards (present exactly once) and refused ones told apart.
import { actionId, type ActionOutcome, type ForumSession } from './forum-client';

export interface WriteRecord {
  marker: string;
  outcome: ActionOutcome;
}

export interface WriteLoad {
  records: WriteRecord[];
  /** Stops the writers after their current request and waits for them. */
  stop(): Promise<WriteRecord[]>;
}

export function startReplyWriters(sessions: ForumSession[], threadIds: number[], runId: string, pauseMs = 50): WriteLoad {
  const createReply = actionId('createReplyAction');
  const records: WriteRecord[] = [];
  let stopped = false;
  const writers = sessions.map(async (session, w) => {
    for (let n = 0; !stopped; n++) {
      const threadId = threadIds[(w + n) % threadIds.length]!;
      const marker = `故障演练 ${runId} 写者${w} 第${n}条`;
      const outcome = await session.formAction(`/t/${threadId}`, createReply, { threadId: String(threadId), body: `${marker}：这是一条自动写入的回复。` });
      records.push({ marker, outcome });
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  });
  return {
    records,
    async stop() {
      stopped = true;
      await Promise.all(writers);
      return records;
    },
  };
}

export function summarize(records: WriteRecord[]) {
  const count = (kind: ActionOutcome['kind']) => records.filter((r) => r.outcome.kind === kind).length;
  const codes: Record<string, number> = {};
  for (const r of records) if (r.outcome.kind === 'refused') codes[r.outcome.code] = (codes[r.outcome.code] ?? 0) + 1;
  const failures = records.flatMap((r) => (r.outcome.kind === 'failed' ? [r.outcome.detail] : [])).slice(0, 3);
  return { attempted: records.length, acknowledged: count('ok'), refused: count('refused'), failed: count('failed'), codes, failures };
}
