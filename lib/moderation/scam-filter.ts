// The most persistent attacker here is the "debt agent" (代理协商, 停息挂账代办,
// 征信修复, 包下款 …) who asks desperate people to add them on WeChat and
// then charges fees or harvests contacts. A post that combines a way to reach
// the poster with a solicitation term waits for a moderator instead of being
// published. Talking *about* these services (warning others) does not match,
// because it carries no contact or outreach.

const SOLICITATION = [
  '代理协商',
  '协商代办',
  '代办协商',
  '代理停息',
  '停息挂账代办',
  '代办停息',
  '代办分期',
  '征信修复',
  '修复征信',
  '洗白征信',
  '征信洗白',
  '包下款',
  '包过',
  '秒下款',
  '债务优化',
  '债务重组服务',
  '全案代理',
  '一对一协商',
  '专业协商团队',
  '法务协商',
  '上岸规划',
  'debt relief service',
  'credit repair',
];

const OUTREACH = [
  '加我',
  '加微',
  '加v',
  '加vx',
  '加wx',
  '加q',
  '私信我',
  '私聊我',
  '联系我',
  '找我',
  '扫码',
  '免费咨询',
  '有需要的',
  '需要的朋友',
  '滴滴我',
  'dm me',
  'contact me',
];

// A contact handle after its keyword (微信 abc123, QQ 12345678, vx: …) or a
// phone number: the masker hides the digits, but the intent is still visible.
const CONTACT = /(微信|威信|薇信|vx|wx|v信|wechat|qq|扣扣|企鹅)\s*(号|号码)?\s*[:：是]?\s*[a-z0-9_*-]{5,}|1[3-9]\d[\s*-]*\d{4}[\s*-]*\d{4}|1[3-9]\d\*{4}\d{4}/i;

export interface ScamVerdict {
  suspicious: boolean;
  /** The matched terms, for the moderation queue. */
  matched: string[];
}

export function detectScamSolicitation(text: string): ScamVerdict {
  const normalized = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const compact = normalized.replace(/\s/g, '');
  const solicitation = SOLICITATION.filter((term) => compact.includes(term.replace(/\s/g, '')));
  if (!solicitation.length) return { suspicious: false, matched: [] };
  const outreach = OUTREACH.filter((term) => compact.includes(term.replace(/\s/g, '')));
  const contact = CONTACT.exec(normalized);
  if (!outreach.length && !contact) return { suspicious: false, matched: [] };
  return { suspicious: true, matched: [...solicitation, ...outreach, ...(contact ? [contact[0]] : [])] };
}
