// Shape of the hand-written demo content. Slugs refer to the taxonomy rows
// seeded by migration (db/migrations/*_seed_taxonomy.sql).

export type StageSlug =
  | 'sms'
  | 'calls'
  | 'letters'
  | 'home-visit'
  | 'lawsuit'
  | 'negotiation'
  | 'settled';

export type OutcomeSlug =
  | 'installments'
  | 'suspended-interest'
  | 'reduction'
  | 'paid-in-full'
  | 'sued'
  | 'ongoing';

export type LenderSlug =
  | 'cmb'
  | 'icbc'
  | 'ccb'
  | 'boc'
  | 'bocom'
  | 'cgb'
  | 'spdb'
  | 'citic'
  | 'pingan'
  | 'huabei'
  | 'jiebei'
  | 'weilidai'
  | 'jd-baitiao'
  | 'meituan'
  | 'zhaolian'
  | 'other';

export type AmountBandSlug = 'under-10k' | '10k-50k' | '50k-100k' | '100k-300k' | 'over-300k';

export interface DemoUser {
  /** Also the local part of the demo e-mail: <handle>@demo.ashore.local */
  handle: string;
  displayName: string;
  role: 'member' | 'expert' | 'moderator' | 'admin';
  bio: string;
}

export interface DemoReply {
  author: string; // a DemoUser handle
  anonymous?: boolean;
  body: string; // markdown
  /** Days after the story was posted. */
  afterDays: number;
  replies?: DemoReply[];
}

export interface DemoStory {
  author: string; // a DemoUser handle
  anonymous?: boolean;
  title: string; // ≤ 120 characters
  body: string; // markdown, ≤ 20,000 characters
  stages: StageSlug[]; // stages reached, in process order
  outcome: OutcomeSlug;
  lender: LenderSlug;
  /** Required when lender is 'other'. */
  lenderOther?: string;
  amountBand: AmountBandSlug;
  monthsOverdue: number;
  /** Days before "now" that the story was posted. */
  postedDaysAgo: number;
  timeline?: { date: string /* YYYY-MM or YYYY-MM-DD */; stage?: StageSlug; note: string }[];
  replies?: DemoReply[];
}

export type ProfessionSlug = 'lawyer' | 'debt_counsellor' | 'former_collector' | 'psych_counsellor' | 'other';

/** A verified-expert credential for a demo user (the user must exist in demoUsers). */
export interface DemoCredential {
  handle: string;
  profession: ProfessionSlug;
  yearsOfPractice: number;
  /** A made-up licence/certificate number (must not be a real one). */
  licenceNumber: string;
  scope: StageSlug[];
  hasCommercialInterest: boolean;
  /** Mandatory; "无" style statement when there is no interest. */
  interestStatement: string;
  /** Days from now until expiry; negative = already expired. */
  expiresInDays: number;
}

export interface DemoAnswer extends DemoReply {
  /** Marks the answer the asker accepted (at most one per question). */
  accepted?: boolean;
}

export interface DemoQuestion {
  author: string;
  anonymous?: boolean;
  title: string; // ≤ 120 characters, a question
  body: string; // markdown
  stages: StageSlug[];
  postedDaysAgo: number;
  /** Top-level answers (experts' answers carry a badge when their credential was current). */
  answers?: DemoAnswer[];
}
