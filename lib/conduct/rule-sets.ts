import type { RuleSet, RuleSource } from './types';

/**
 * The built-in rule sets, version 1. They are data: a moderator's edit is
 * saved as a new version through validate-rule-set.ts, never by changing
 * these objects in place.
 *
 * Wording policy: each summary says what the source says as far as it was
 * checked, and "as commonly summarized" where only secondary reproductions
 * were available. Article numbers appear only where reproductions of the
 * text agree; URLs only where the address is the official one.
 */

/** The day the summaries below were last compared with their sources. */
const CHECKED_ON = '2026-11-28';

// ---- China: internet-finance post-loan collection ---------------------------

const nifaPostLoanGuideline: RuleSource = {
  title: '《互联网金融贷后催收业务指引》',
  publisher: '中国互联网金融协会（National Internet Finance Association of China）',
  citation:
    '2024 年 5 月发布的行业自律指引，按国家标准《互联网金融 个人网络消费信贷 贷后催收风控指引》的主要内容制定（该国家标准已于 2025 年获批发布）。此处依公开报道的常见概括转述，未核对条文编号。',
};

const nifaConvention2018 = (articles: string): RuleSource => ({
  title: '《互联网金融逾期债务催收自律公约（试行）》',
  publisher: '中国互联网金融协会（National Internet Finance Association of China）',
  citation: `2018 年 3 月发布，${articles}（依公开转载的条文）。`,
});

const cnInternetFinance: RuleSet = {
  slug: 'cn-internet-finance-collection',
  version: 1,
  jurisdiction: 'CN',
  language: 'zh',
  title: {
    zh: '互联网金融贷后催收规范（常见概括）',
    en: 'Chinese internet-finance post-loan collection guideline (as commonly summarized)',
  },
  disclaimer: {
    zh: '以下是对行业自律规则的概括，仅供参考，不构成法律意见。这些规则约束的是金融机构和催收机构；某条记录被标出，只说明它可能不符合规则，不等于已经违法。适用范围、例外和最新版本以原文及主管部门的解释为准；遇到具体纠纷，可以咨询律师，或向金融监管部门、行业协会投诉。',
    en: 'A summary of industry self-regulatory rules, for information only and not legal advice. The rules bind lenders and collection agencies; a flagged entry may not comply with a rule, which is not the same as being unlawful. The original text and the authorities’ interpretation decide scope, exceptions and the current version; for a specific dispute, consult a lawyer or complain to the financial regulator or the industry association.',
  },
  rules: [
    {
      id: 'cn-if-connected-calls-per-day',
      kind: 'max_connected_calls_per_local_day',
      params: { limit: 3, scope: 'institution' },
      title: { zh: '每天接通的催收电话合计不超过 3 次', en: 'At most 3 connected collection calls a day' },
      summary: {
        zh: '按常见概括：同一家金融机构和它委托的第三方催收机构，每天合计拨通同一位债务人电话不应超过 3 次。本工具按你当地的日期计算，贷款机构和它的各家催收公司合在一起数；没接通的电话和打给别人的电话不计入。',
        en: 'As commonly summarized: one financial institution and the collection agencies it hires should together connect no more than 3 calls a day to one debtor. Counted here by your local date, with the lender and all its agencies together; calls that did not connect and calls to other people are not counted.',
      },
      source: nifaPostLoanGuideline,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'cn-if-quiet-hours',
      kind: 'quiet_hours',
      params: { start: '22:00', end: '08:00', channels: ['call', 'message', 'home_visit', 'third_party'], exemptWhenAgreed: true },
      title: { zh: '每晚 22:00 至次日 8:00 不催收', en: 'No collection from 22:00 to 08:00' },
      summary: {
        zh: '按常见概括：双方没有约定催收时间的，不应在每日 22:00 至次日 8:00 催收。以你当地时间为准：21:59:59 不算，22:00:00 起算；7:59:59 仍在休息时段，8:00:00 起可以联系。电话、短信、上门和找第三方都算，信件不算；如果你记录了同意在这个时段联系，则不标出。',
        en: 'As commonly summarized: unless both sides agreed on a time, there should be no collection between 22:00 and 08:00 the next morning. Judged by your local time: 21:59:59 is fine, 22:00:00 is inside; 07:59:59 is still inside, 08:00:00 is fine. Calls, messages, home visits and contacts with third parties count, letters do not; an entry where you recorded your agreement is not flagged.',
      },
      source: nifaPostLoanGuideline,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'cn-if-debtor-only',
      kind: 'no_third_party_contact',
      params: { thirdParties: ['family', 'employer', 'contacts', 'other'] },
      title: { zh: '只向债务人本人催收，不找联系人', en: 'Collect only from the debtor, not from contacts' },
      summary: {
        zh: '按常见概括：金融机构和催收机构应只向债务人催收，不应向联系人催收。家人、工作单位、通讯录联系人或其他人被联系，都会被标出，供你核对。（2018 年的《自律公约》曾允许在联系不上债务人时，联系债务人事先约定的联系人，但只为恢复联系。）',
        en: 'As commonly summarized: lenders and agencies should collect only from the debtor, not from their contacts. Any contact with your family, employer, phone contacts or anyone else is flagged for you to check. (The 2018 self-regulatory convention allowed contacting a person the debtor had named in advance only to re-establish contact when the debtor could not be reached.)',
      },
      source: {
        ...nifaPostLoanGuideline,
        citation: `${nifaPostLoanGuideline.citation}另见《互联网金融逾期债务催收自律公约（试行）》（2018）第十三条、第十四条。`,
      },
      checkedOn: CHECKED_ON,
    },
    {
      id: 'cn-if-no-abusive-conduct',
      kind: 'forbidden_conduct',
      params: { categories: ['violence', 'threat', 'insult'] },
      title: { zh: '不得暴力、威胁恐吓或辱骂', en: 'No violence, threats or insults' },
      summary: {
        zh: '催收人员与债务人及相关人员沟通应文明礼貌，不得恐吓、威胁、辱骂，不得使用违反公序良俗的语言或行为；暴力催收还可能触犯治安管理处罚法或刑法。',
        en: 'Collectors must speak civilly to the debtor and others involved, and must not intimidate, threaten or insult them or use language or behaviour against public order and good morals; violent collection may also break the Public Security Administration Punishments Law or the Criminal Law.',
      },
      source: nifaConvention2018('第十六条'),
      checkedOn: CHECKED_ON,
    },
    {
      id: 'cn-if-no-disclosure',
      kind: 'forbidden_conduct',
      params: { categories: ['disclosure'] },
      title: { zh: '不得向他人泄露债务信息', en: 'No disclosing the debt to others' },
      summary: {
        zh: '除法律另有规定外，催收人员不得向债务人以外的人透露债务人的欠款、逾期等个人信息。',
        en: 'Unless the law provides otherwise, collectors must not reveal the debtor’s debt, arrears or other personal information to anyone other than the debtor.',
      },
      source: nifaConvention2018('第十八条'),
      checkedOn: CHECKED_ON,
    },
  ],
};

// ---- China: bank credit-card collection ------------------------------------

const creditCardMeasures: RuleSource = {
  title: '《商业银行信用卡业务监督管理办法》',
  publisher: '原中国银行业监督管理委员会（原银监会；现由国家金融监督管理总局承接）',
  citation:
    '2011 年施行，第六十八条（依公开转载的条文概括）。另见原中国银保监会、中国人民银行《关于进一步促进信用卡业务规范健康发展的通知》（2022），其中对信用卡催收及委托催收机构的管理提出了进一步要求。',
};

const cnBanking: RuleSet = {
  slug: 'cn-banking-collection',
  version: 1,
  jurisdiction: 'CN',
  language: 'zh',
  title: { zh: '银行信用卡催收规则', en: 'Chinese bank credit-card collection rules' },
  disclaimer: {
    zh: '以下是对银行业监管规定的概括，仅供参考，不构成法律意见。某条记录被标出，只说明它可能不符合规定。规定的原文、适用范围和最新修订以监管部门发布的文本为准；遇到具体纠纷，可以咨询律师，或向金融监管部门投诉（如拨打 12378）。',
    en: 'A summary of banking regulations, for information only and not legal advice. A flagged entry may not comply with a rule. The regulator’s published text decides wording, scope and amendments; for a specific dispute, consult a lawyer or complain to the financial regulator (for example on 12378).',
  },
  rules: [
    {
      id: 'cn-bank-debtor-and-guarantor-only',
      kind: 'no_third_party_contact',
      params: { thirdParties: ['family', 'employer', 'contacts', 'other'] },
      title: { zh: '不得向与债务无关的第三人催收', en: 'No collecting from third parties unrelated to the debt' },
      summary: {
        zh: '发卡银行应当向债务人本人及其担保人催收，不得向与债务无关的第三人催收。被联系的家人、单位或联系人如果正是你的担保人，则不属于此列，请自行核对。',
        en: 'A card-issuing bank must collect from the debtor and their guarantor, and must not collect from third parties unrelated to the debt. If the family member, employer or contact who was approached is your guarantor, this rule does not apply; please check.',
      },
      source: creditCardMeasures,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'cn-bank-no-abusive-conduct',
      kind: 'forbidden_conduct',
      params: { categories: ['violence', 'threat', 'insult'] },
      title: { zh: '不得以暴力、胁迫、恐吓或辱骂催收', en: 'No violence, coercion, intimidation or insults' },
      summary: {
        zh: '发卡银行不得使用暴力、胁迫、恐吓、辱骂等不当手段催收，并应对催收过程留存记录。',
        en: 'A card-issuing bank must not collect through violence, coercion, intimidation, insults or other improper means, and must keep a record of its collection.',
      },
      source: creditCardMeasures,
      checkedOn: CHECKED_ON,
    },
  ],
};

// ---- United States: Regulation F -------------------------------------------

const regF = (section: string, citation: string): RuleSource => ({
  title: 'Regulation F (Debt Collection Practices), 12 CFR part 1006',
  publisher: 'Consumer Financial Protection Bureau (CFPB)',
  url: `https://www.ecfr.gov/current/title-12/chapter-X/part-1006/section-${section}`,
  citation,
});

const usRegulationF: RuleSet = {
  slug: 'us-regulation-f',
  version: 1,
  jurisdiction: 'US',
  language: 'en',
  title: { zh: '美国 Regulation F（债务催收规则）', en: 'US Regulation F (debt collection)' },
  disclaimer: {
    zh: '以下是对美国联邦规则的一般性介绍，仅供参考，不构成法律意见。Regulation F 约束的是《公平债务催收法》所定义的催收方，主要是催收公司，也常包括收购不良债权的公司；通常不约束以自己名义催收自家欠款的原始债权人；各州法律可能还有更严格的限制。某条记录被标出，只说明它可能不符合规则；具体情况请咨询律师，或向 CFPB 或所在州的总检察长投诉。',
    en: 'General information about US federal rules, not legal advice. Regulation F binds debt collectors as the FDCPA defines them, mainly collection agencies and often debt buyers, and usually not an original creditor collecting its own debt in its own name; state laws may add stricter limits. A flagged entry may not comply with a rule; for your situation, consult a lawyer or complain to the CFPB or your state attorney general.',
  },
  rules: [
    {
      id: 'us-regf-7-in-7',
      kind: 'max_calls_in_rolling_days',
      params: { limit: 7, days: 7, scope: 'collector' },
      title: { zh: '连续 7 天内电话不超过 7 次', en: 'No more than 7 calls within 7 consecutive days' },
      summary: {
        zh: '催收机构就一笔债务在连续 7 天内给你打电话超过 7 次，被推定为骚扰。无论是否接通都计数（只有忙音、空号等根本没打通到你号码的电话不计）。天数按你当地的日历日计算：1 日和 7 日属于同一个 7 天。这一推定可以被反驳；“通话后 7 天内再次来电”的另一条规则此处未检查。本工具按催收方分别计数，无法区分同一催收方名下的不同债务。',
        en: 'A debt collector is presumed to harass you if it places more than 7 telephone calls to you about one debt within 7 consecutive days. Every placed call counts, answered or not (only calls that never reached your number, such as a busy signal or a number not in service, are excluded). Days are your local calendar days: the 1st and the 7th fall in the same 7-day period. The presumption can be rebutted; the separate limit on calling within 7 days after a conversation is not checked here. Calls are counted per collector, so several debts with one collector count together.',
      },
      source: regF(
        '1006.14',
        '12 CFR 1006.14(b)(2)(i)(A) and (b)(2)(ii); unconnected calls excluded by 1006.14(b)(3)(ii); calendar-day counting as in Supplement I, comment 14(b)(2)(ii)-1.i.',
      ),
      checkedOn: CHECKED_ON,
    },
    {
      id: 'us-regf-inconvenient-times',
      kind: 'allowed_hours',
      params: { start: '08:00', end: '21:00', channels: ['call', 'message', 'home_visit'], exemptWhenAgreed: true },
      title: { zh: '当地时间早 8 点前、晚 9 点后不联系', en: 'No contact before 8 a.m. or after 9 p.m. local time' },
      summary: {
        zh: '除非催收方知道其他情况或你事先直接同意，在你所在地当地时间早上 8:00 之前、晚上 9:00 之后联系你被推定为不便。此处 8:00:00 和 21:00:00 整都算允许时间；7:59:59 以及 21:00:00 之后的任何时刻（如 21:00:01）会被标出。按你当地时间计算，夏令时切换也照此处理。电话、短信邮件和上门都算，信件不算。',
        en: 'Unless the collector knows otherwise or you consented directly beforehand, contact before 8:00 a.m. or after 9:00 p.m. local time at your location is presumed inconvenient. Here 8:00:00 a.m. and 9:00:00 p.m. exactly are allowed; 7:59:59 a.m. and any moment after 9:00:00 p.m. (such as 9:00:01) are flagged. Your local time is used, so daylight-saving changes are followed. Calls, texts or emails and visits count; letters do not.',
      },
      source: regF('1006.6', '12 CFR 1006.6(b)(1)(i); prior-consent exception in 1006.6(b)(4)(i).'),
      checkedOn: CHECKED_ON,
    },
    {
      id: 'us-regf-third-parties',
      kind: 'no_third_party_contact',
      params: { thirdParties: ['family', 'employer', 'contacts', 'other'] },
      title: { zh: '不得与第三方谈论你的债务', en: 'No discussing your debt with third parties' },
      summary: {
        zh: '催收机构一般只能与你、你的律师、征信机构、债权人及双方律师谈论这笔债务。例外：你的配偶等人在此视同“你”；催收方可以向他人询问你的住址或工作单位，但不得提及债务；你直接同意或法院许可时也可以。被标出的联系请对照这些例外核对。',
        en: 'A debt collector generally may discuss your debt only with you, your attorney, a credit bureau, the creditor, or their attorneys. Exceptions: your spouse (and some others) count as “you”; a collector may ask others for your home or work location without mentioning the debt; your direct consent or a court can permit more. Check flagged contacts against these exceptions.',
      },
      source: regF(
        '1006.6',
        '12 CFR 1006.6(d)(1); exceptions in 1006.6(d)(2), with location-information contacts under 1006.10; "consumer" includes a spouse under 1006.6(a).',
      ),
      checkedOn: CHECKED_ON,
    },
    {
      id: 'us-regf-no-abusive-conduct',
      kind: 'forbidden_conduct',
      params: { categories: ['violence', 'threat', 'insult'] },
      title: { zh: '不得使用暴力、威胁或辱骂性语言', en: 'No violence, threats or abusive language' },
      summary: {
        zh: '催收机构不得使用或威胁使用暴力或其他犯罪手段伤害任何人的人身、名誉或财产，也不得使用淫秽、亵渎或辱骂性的语言。',
        en: 'A debt collector must not use or threaten violence or other criminal means to harm anyone’s body, reputation or property, and must not use obscene, profane or abusive language.',
      },
      source: regF('1006.14', '12 CFR 1006.14(c) and (d).'),
      checkedOn: CHECKED_ON,
    },
    {
      id: 'us-regf-no-false-identity',
      kind: 'forbidden_conduct',
      params: { categories: ['impersonation'] },
      title: { zh: '不得冒充政府、律师或征信机构', en: 'No posing as the government, a lawyer or a credit bureau' },
      summary: {
        zh: '催收机构不得虚假表示或暗示自己与政府有关、受雇于征信机构，或某人是律师、某份通知来自律师。',
        en: 'A debt collector must not falsely represent or imply that it is affiliated with the government, works for a credit bureau, or that someone is an attorney or a communication comes from one.',
      },
      source: regF('1006.18', '12 CFR 1006.18(b)(1)(i)–(iii).'),
      checkedOn: CHECKED_ON,
    },
    {
      id: 'us-regf-no-disclosure',
      kind: 'forbidden_conduct',
      params: { categories: ['disclosure'] },
      title: { zh: '不得向他人透露你的债务', en: 'No revealing your debt to others' },
      summary: {
        zh: '除上述例外外，催收机构不得向第三方透露你的债务，也不得在他人或公众可见的社交媒体上与你沟通债务。',
        en: 'Apart from the exceptions above, a debt collector must not reveal your debt to third parties, nor communicate about it on social media where the public or your contacts can see it.',
      },
      source: regF('1006.6', '12 CFR 1006.6(d)(1); 1006.22(f)(4) on social media.'),
      checkedOn: CHECKED_ON,
    },
  ],
};

/** Every built-in rule set, Chinese first. */
export const builtInRuleSets: readonly RuleSet[] = [cnInternetFinance, cnBanking, usRegulationF];

/** A built-in rule set by slug, or null. */
export function findBuiltInRuleSet(slug: string): RuleSet | null {
  return builtInRuleSets.find((set) => set.slug === slug) ?? null;
}
