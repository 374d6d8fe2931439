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
