/**
 * Masks personal data in user-written posts before they are stored.
 *
 * Ashore users describe overdue-debt situations and often paste exactly the
 * things that must not be public: their phone number, resident ID, bank card,
 * e-mail or WeChat/QQ handle. Callers store ONLY `maskPersonalData(text).text`;
 * the unmasked text is never needed again. `findPersonalData` powers the
 * "what will be masked" preview shown to the author (`original` is for that
 * transient preview only).
 *
 * Detection runs on a normalised copy (see normalize.ts: NFKC, invisible
 * characters removed, Chinese numerals read as digits) and matches are mapped
 * back onto the original string, so obfuscated forms are masked in place.
 *
 * Masking formats (all idempotent — masked output is never re-detected):
 *   phone      138****8000         first 3 + **** + last 4 of the national number.
 *                                  A +86 / 0086 / (+86) / 86- prefix is part of the
 *                                  span and is dropped from the output.
 *                                  Landlines (0 + area code, 10–12 digits) are only
 *                                  masked after a phone keyword: 010****5678.
 *   id_card    110***********123X  18-digit: first 3 + 11 * + last 4 (X upper-cased)
 *              110*********123     15-digit: first 3 + 9 * + last 3
 *   bank_card  6222****1234        ungrouped input: first 4 + **** + last 4
 *              6222 **** 1234      input written in groups: same, space separated
 *   email      a***@example.com    first char of local part + ***; obfuscated
 *                                  forms ("at"/"dot"/艾特/全角) come out as a plain address
 *   im_handle  ab****              first 2 chars of the WeChat ID / QQ number + ****;
 *                                  the keyword (微信/QQ/…) is kept.
 *
 * Context (keywords within 6 chars before a digit run, nearest keyword wins):
 *   - 订单号/合同编号/快递单号/运单号/流水号/案号/编号/工单… suppress phone,
 *     ID and card detection for that run (they are reference numbers);
 *   - 卡号/银行卡/信用卡… : a card number may be 15–19 digits (still Luhn-valid),
 *     start with any digit and use any grouping;
 *   - 身份证/证件号…     : 15-digit IDs may use any grouping; bank-card
 *     detection is not attempted (a mistyped ID must not be masked as a card);
 *   - 手机/电话/联系…    : landline numbers are masked too.
 *   A strengthening keyword that is nearer than a suppressing one wins, so
 *   "订单号忘了，联系电话13800138000" still masks the phone.
 *
 * Never masked: amounts (digits next to ¥/元/万…), dates, years, percentages,
 * short public hotlines (95588, 10086, 12315…), 400 numbers, already-masked
 * numbers, 11-digit numbers not starting 1[3-9], Luhn failures, IDs with a
 * wrong check digit or impossible birth date.
 *
 * Overlaps (e.g. "13800138000@qq.com" is both a phone and an e-mail): the
 * span starting first wins, then the longer one, then e-mail > IM handle >
 * ID > card > phone.
 *
 * Digit layouts: digits may be split by 1–3 spaces, hyphens or dots
 * ("138 0013 8000", "6222-0212-…"). Cards must be ungrouped, 4-4-4-4(-x),
 * 6-x or 4-6-x unless a card keyword precedes them; a reading that would cut
 * a short group off a longer grouped number is rejected, and groups of 1–2
 * digits after a dot are decimals, never part of a number.
 *
 * Known limitations (deliberate trade-offs): WeChat/QQ handles are only found
 * after a keyword; English prose of the form "x at y dot com" is read as an
 * obfuscated e-mail; a spelled-out number glued to an ASCII one by 1–2
 * Chinese numerals at its end ("…8000一两") keeps those numerals as words.
 *
 * Performance: every scanner is a single left-to-right pass with bounded
 * look-ahead/look-behind; regexes are only used on short, bounded slices or
 * are plain literal alternations, so there is no catastrophic backtracking.
 */

import { isAsciiDigit, isDigitSeparator, normalizeForDetection } from './normalize';

export type PersonalDataKind = 'phone' | 'id_card' | 'bank_card' | 'email' | 'im_handle';

export interface MaskedSpan {
  kind: PersonalDataKind;
  /** Start offset (UTF-16 units) in the ORIGINAL string. */
  start: number;
  /** End offset (exclusive) in the ORIGINAL string. */
  end: number;
  /** The original substring. Only for the transient author preview — never store it. */
  original: string;
  /** The replacement text. */
  masked: string;
}

/** A match in normalised-text coordinates. */
interface Hit {
  kind: PersonalDataKind;
  start: number;
  end: number;
  masked: string;
}

/**
 * Tie-break when two detectors claim spans starting at the same place with the
 * same length: the one backed by more specific evidence wins (an e-mail's "@",
 * a "QQ" keyword) over a bare digit pattern.
 */
const PRIORITY: Readonly<Record<PersonalDataKind, number>> = {
  email: 5,
  im_handle: 4,
  id_card: 3,
  bank_card: 2,
  phone: 1,
};

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * Finds personal data. Spans are over the ORIGINAL string, sorted by start and
 * non-overlapping. Never throws (returns [] on non-string input or on an
 * unexpected internal error).
 */
export function findPersonalData(text: string): MaskedSpan[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return detect(text);
  } catch {
    return [];
  }
}

/**
 * Masks personal data in place and returns the text to store plus the spans
 * that were replaced (offsets refer to the input string). Never throws.
 */
export function maskPersonalData(text: string): { text: string; spans: MaskedSpan[] } {
  if (typeof text !== 'string') return { text: '', spans: [] };
  if (text.length === 0) return { text, spans: [] };
  try {
    const spans = detect(text);
    let out = '';
    let last = 0;
    for (const s of spans) {
      out += text.slice(last, s.start) + s.masked;
      last = s.end;
    }
    out += text.slice(last);
    return { text: out, spans };
  } catch {
    // Should be unreachable. We must not throw, and since the result gets
    // stored we fail closed rather than open: hide every long digit run.
    return { text: text.replace(/[0-9\uFF10-\uFF19]{5,}/g, (m) => '*'.repeat(m.length)), spans: [] };
  }
}

// ---------------------------------------------------------------------------
// Orchestration
// ---------------------------------------------------------------------------

const COMBINING_MARK = /^\p{M}$/u;

function detect(text: string): MaskedSpan[] {
  const norm = normalizeForDetection(text);
  const n = norm.text;
  const hits: Hit[] = [...findDigitHits(n), ...findEmailHits(n), ...findImHits(n)];

  // Map to original coordinates first, then resolve overlaps there: one
  // original character can expand to several normalised units (NFKC "⑩" ->
  // "10"), so two disjoint normalised hits could touch the same character.
  const candidates: Array<Hit & { priority: number }> = [];
  for (const h of hits) {
    const start = norm.origStart[h.start];
    let end = norm.origEnd[h.end - 1];
    if (start === undefined || end === undefined || end <= start) continue;
    // Combining marks after the match belong to its last character (the
    // keycap in "0️⃣"); leaving them would strand them on the mask.
    while (end < text.length && COMBINING_MARK.test(String.fromCodePoint(text.codePointAt(end) ?? 0))) {
      end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    }
    candidates.push({ ...h, start, end, priority: PRIORITY[h.kind] });
  }
  candidates.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority,
  );

  const spans: MaskedSpan[] = [];
  let coveredUntil = 0;
  for (const c of candidates) {
    if (c.start < coveredUntil) continue; // overlaps an earlier, preferred span
    spans.push({
      kind: c.kind,
      start: c.start,
      end: c.end,
      original: text.slice(c.start, c.end),
      masked: c.masked,
    });
    coveredUntil = c.end;
  }
  return spans;
}

// ---------------------------------------------------------------------------
// Small character helpers
// ---------------------------------------------------------------------------

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

function isAsciiAlnum(c: string | undefined): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** Index after skipping at most `max` spaces starting at `pos`. */
function skipSpaces(n: string, pos: number, max = 3): number {
  let p = pos;
  while (p < n.length && p - pos < max && isSpace(n[p])) p++;
  return p;
}

// ---------------------------------------------------------------------------
// Digit-based data: phone, resident ID, bank card
// ---------------------------------------------------------------------------

/** A maximal group of digits (an ID's trailing X/x counts as a digit). */
interface Chunk {
  start: number;
  end: number;
  digits: string;
  /** 1–2 digits right after a single "." — the fraction of an amount like "1380.50". */
  decimalLike: boolean;
}

/** Longest digit string any digit detector accepts (19-digit card). */
const MAX_CANDIDATE_DIGITS = 19;
/** Shortest one (10-digit landline); shorter candidates are skipped without classifying. */
const MIN_CANDIDATE_DIGITS = 10;

/**
 * Splits the normalised text into runs: chunks of digits joined by 1–3
 * separator characters ("138 0013 8000", "6222-0212-…"). Linear.
 */
function collectDigitRuns(n: string): Chunk[][] {
  const runs: Chunk[][] = [];
  let i = 0;
  while (i < n.length) {
    if (!isAsciiDigit(n[i])) {
      i++;
      continue;
    }
    const run: Chunk[] = [];
    let pos = i;
    for (;;) {
      const s = pos;
      while (isAsciiDigit(n[pos])) pos++;
      // "…002X" is an ID check digit; "…002Xyz" is part of a word.
      let endsWithX = false;
      if ((n[pos] === 'X' || n[pos] === 'x') && !isAsciiAlnum(n[pos + 1])) {
        pos++;
        endsWithX = true;
      }
      const digits = n.slice(s, pos).toUpperCase();
      const decimalLike = digits.length <= 2 && n[s - 1] === '.' && isAsciiDigit(n[s - 2]);
      run.push({ start: s, end: pos, digits, decimalLike });
      if (endsWithX) break; // nothing can follow a check digit
      let k = pos;
      while (k < n.length && k - pos < 3 && isDigitSeparator(n[k])) k++;
      if (k > pos && isAsciiDigit(n[k])) {
        pos = k;
        continue;
      }
      break;
    }
    runs.push(run);
    i = pos;
  }
  return runs;
}

type Context = 'suppress' | 'phone' | 'id' | 'card';

/**
 * Keywords that change how a following digit run is read. Compounds such as
 * 身份证编号 are listed so that, at the same end position, the longer keyword
 * wins over the generic 编号.
 */
const CONTEXT_KEYWORDS: ReadonlyArray<readonly [string, Context]> = [
  // Reference numbers: not personal data even if they look like it.
  ['订单号', 'suppress'],
  ['订单编号', 'suppress'],
  ['订单', 'suppress'],
  ['合同编号', 'suppress'],
  ['合同号', 'suppress'],
  ['快递单号', 'suppress'],
  ['物流单号', 'suppress'],
  ['运单号', 'suppress'],
  ['单号', 'suppress'],
  ['流水号', 'suppress'],
  ['交易号', 'suppress'],
  ['案号', 'suppress'],
  ['编号', 'suppress'],
  ['工单', 'suppress'],
  ['工单号', 'suppress'],
  ['保单号', 'suppress'],
  ['借据号', 'suppress'],
  ['凭证号', 'suppress'],
  ['发票号', 'suppress'],
  ['批次号', 'suppress'],
  // Strengthening: phone.
  ['手机', 'phone'],
  ['手机号', 'phone'],
  ['手机号码', 'phone'],
  ['电话', 'phone'],
  ['电话号码', 'phone'],
  ['联系', 'phone'],
  ['联系方式', 'phone'],
  ['联系电话', 'phone'],
  ['座机', 'phone'],
  // Strengthening: resident ID.
  ['身份证', 'id'],
  ['身份证号', 'id'],
  ['身份证号码', 'id'],
  ['身份证编号', 'id'],
  ['证件号', 'id'],
  ['证件号码', 'id'],
  ['证件编号', 'id'],
  ['身份号码', 'id'],
  // Strengthening: bank card.
  ['卡号', 'card'],
  ['银行卡', 'card'],
  ['银行卡号', 'card'],
  ['信用卡', 'card'],
  ['信用卡号', 'card'],
  ['储蓄卡', 'card'],
  ['借记卡', 'card'],
  ['银行账号', 'card'],
  ['银行账户', 'card'],
  ['账号', 'card'],
];

/** "within ~6 chars": max characters between a keyword's end and the digit run. */
const CONTEXT_MAX_GAP = 6;
const CONTEXT_MAX_KEYWORD_LEN = Math.max(...CONTEXT_KEYWORDS.map(([k]) => k.length));

/**
 * The context in force for a digit run starting at `s`: the keyword ending
 * nearest to the run (longest on ties), provided no digit lies in between
 * (a digit in between means the keyword labelled an earlier number).
 */
function contextBefore(n: string, s: number): Context | null {
  const from = Math.max(0, s - CONTEXT_MAX_GAP - CONTEXT_MAX_KEYWORD_LEN);
  const before = n.slice(from, s);
  let best: { end: number; len: number; ctx: Context } | null = null;
  for (const [kw, ctx] of CONTEXT_KEYWORDS) {
    for (let idx = before.indexOf(kw); idx !== -1; idx = before.indexOf(kw, idx + 1)) {
      const end = from + idx + kw.length;
      if (s - end > CONTEXT_MAX_GAP) continue;
      if (/[0-9]/.test(n.slice(end, s))) continue;
      if (!best || end > best.end || (end === best.end && kw.length > best.len)) {
        best = { end, len: kw.length, ctx };
      }
    }
  }
  return best ? best.ctx : null;
}

/**
 * Money next to the digits means an amount, never personal data:
 * "¥13800138000", "6000000000000000元". Checked on short bounded slices.
 */
function looksLikeAmount(n: string, start: number, end: number): boolean {
  const before = n.slice(Math.max(0, start - 6), start);
  if (/(?:[¥$€£]|RMB|CNY|人民币)\s{0,3}$/i.test(before)) return true;
  const after = n.slice(end, end + 8).replace(/^\s{0,3}/, '');
  if (NOT_A_UNIT.some((word) => after.startsWith(word))) return false;
  return /^(?:[元块圆万亿千百%‰]|美元|rmb|cny)/i.test(after);
}

/**
 * Words that begin with a unit character but are no unit: "13800138000千万别
 * 告诉我家人" is a phone number and a warning, not ten trillion of anything.
 */
const NOT_A_UNIT = [
  '千万', '千里', '千辛',
  '万一', '万万', '万分', '万能', '万岁', '万幸',
  '元旦', '元宵', '元气', '元素',
  '百度', '百分', '百般', '百姓', '百货',
  '圆满', '圆通',
] as const;

/**
 * Whether an amount reading overrides a digit reading. It never beats
 * stronger evidence: a keyword that names the number (手机/身份证/卡号…), an
 * 18-digit ID whose check digit is right, or a 1[3-9] mobile (phones are only
 * read without a keyword when they are mobiles; an 11-digit amount is not a
 * debt anyone here owes). A bare Luhn-valid card (one random number in ten
 * passes Luhn) or a 15-digit legacy ID (no check digit) next to 元 stays an
 * amount.
 */
function amountOverrides(n: string, hit: Hit, digits: string, ctx: Context | null): boolean {
  if (ctx === 'phone' || ctx === 'id' || ctx === 'card') return false;
  if (hit.kind === 'phone') return false;
  if (hit.kind === 'id_card' && digits.length === 18) return false;
  return looksLikeAmount(n, hit.start, hit.end);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** A birth date that can belong to a living ID holder: 1900 up to today. */
function isPlausibleBirthDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || !isRealDate(y, m, d)) return false;
  const now = new Date();
  const today = now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  return y * 10000 + m * 100 + d <= today;
}

/** 18-digit resident ID: region, birth date and ISO 7064 MOD 11-2 check digit. */
function isId18(d: string): boolean {
  if (!/^[1-8][0-9]{16}[0-9X]$/.test(d)) return false;
  if (!isPlausibleBirthDate(Number(d.slice(6, 10)), Number(d.slice(10, 12)), Number(d.slice(12, 14)))) {
    return false;
  }
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += (d.charCodeAt(k) - 48) * (ID_WEIGHTS[k] ?? 0);
  return ID_CHECK_CHARS[sum % 11] === d[17];
}

/** Legacy 15-digit ID (issued before 1999): region + YYMMDD (19YY) + sequence, no check digit. */
function isId15(d: string): boolean {
  if (!/^[1-8][0-9]{14}$/.test(d)) return false;
  return isPlausibleBirthDate(1900 + Number(d.slice(6, 8)), Number(d.slice(8, 10)), Number(d.slice(10, 12)));
}

function luhnValid(d: string): boolean {
  let sum = 0;
  let double = false;
  for (let k = d.length - 1; k >= 0; k--) {
    let v = d.charCodeAt(k) - 48;
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Groupings people actually use for cards: ungrouped, 4-4-4-4(-rest), BIN +
 * account (6-n) and the 4-6-x American Express style. Restricting this keeps
 * unrelated numbers that merely sit next to each other ("1500 2000 …") from
 * being read as one card by chance (Luhn alone passes 1 in 10).
 */
function isCardGrouping(lens: readonly number[]): boolean {
  if (lens.length === 1) return true;
  const last = lens[lens.length - 1] ?? 0;
  if (lens.slice(0, -1).every((l) => l === 4) && last >= 1 && last <= 7) return true;
  if (lens.length === 2 && lens[0] === 6) return true;
  return lens.length === 3 && lens[0] === 4 && lens[1] === 6;
}

/** One way of reading chunks run[i..j] of a digit run. */
interface DigitCandidate {
  n: string;
  /** Concatenated digits (may end in X). */
  d: string;
  /** Chunk lengths, e.g. [4, 4, 4, 4] for "6222 0212 3456 7890". */
  lens: readonly number[];
  start: number;
  end: number;
  /** True if run[i] is the first chunk of its run (a "+86" may precede it). */
  atRunStart: boolean;
  ctx: Context | null;
  /** Letters glued on ("SF1234…", "No1234…") mean a product/tracking code. */
  gluedToLetters: boolean;
  /**
   * A reading taken from the middle of a run must not leave a short group
   * dangling next to it: in "6222 0212 3456 7890 123" the first 16 digits are
   * not a card of their own, they are 16/19 of a (possibly mistyped) card.
   */
  truncatesGroup: boolean;
}

function readAsId(c: DigitCandidate): Hit | null {
  const { d, lens, start, end } = c;
  if (c.gluedToLetters || c.truncatesGroup) return null;
  if (d.length === 18 && isId18(d)) {
    return { kind: 'id_card', start, end, masked: d.slice(0, 3) + '*'.repeat(11) + d.slice(-4) };
  }
  // 15-digit IDs have no check digit, so demand the 6-6-3 layout (or
  // ungrouped) unless an ID keyword vouches for the number.
  const layoutOk = lens.length === 1 || c.ctx === 'id' || (lens.length === 3 && lens[0] === 6 && lens[1] === 6);
  if (d.length === 15 && layoutOk && isId15(d)) {
    return { kind: 'id_card', start, end, masked: d.slice(0, 3) + '*'.repeat(9) + d.slice(-3) };
  }
  return null;
}

function readAsCard(c: DigitCandidate): Hit | null {
  const { d, lens, start, end } = c;
  if (c.gluedToLetters || c.truncatesGroup) return null;
  const strong = c.ctx === 'card';
  if (d.length < (strong ? 15 : 16) || d.length > 19 || !/^[0-9]+$/.test(d)) return null;
  // Card networks start with 2-6 (Mastercard/Amex/Visa/UnionPay) or 9
  // (domestic debit). After a card keyword any non-zero start is accepted.
  if (!(strong ? /^[1-9]/ : /^[2-69]/).test(d)) return null;
  if (!strong && !isCardGrouping(lens)) return null;
  if (!luhnValid(d)) return null;
  const masked = lens.length > 1 ? `${d.slice(0, 4)} **** ${d.slice(-4)}` : `${d.slice(0, 4)}****${d.slice(-4)}`;
  return { kind: 'bank_card', start, end, masked };
}

function readAsPhone(c: DigitCandidate): Hit | null {
  const { n, d, start, end } = c;
  // "1592 6539 100" inside "6222 0214 1592 6539 100" is a slice of a longer
  // grouped number, not a phone. A phone written as ONE chunk next to other
  // numbers ("欠了5000 13800138000") is still fine.
  if (c.lens.length > 1 && c.truncatesGroup) return null;
  const mobile = /^(?:0086|86)?(1[3-9][0-9]{9})$/.exec(d);
  if (mobile) {
    const national = mobile[1] ?? '';
    let s = start;
    if (national.length !== d.length) {
      // Prefix digits are in the run; also swallow a "+" written before them.
      if (n[s - 1] === '+') s--;
    } else if (c.atRunStart) {
      // Prefix written apart from the run: "(+86)138…", "（+86） 138…".
      const m = /(?:\(\s?\+?\s?(?:0086|86)\s?\)|\+\s?(?:0086|86))[ \-.]{0,3}$/.exec(n.slice(Math.max(0, s - 14), s));
      if (m) s -= m[0].length;
    }
    return { kind: 'phone', start: s, end, masked: `${national.slice(0, 3)}****${national.slice(-4)}` };
  }
  // Landline with area code, only when a phone keyword says so.
  if (c.ctx === 'phone' && /^0[1-9][0-9]{8,10}$/.test(d)) {
    return { kind: 'phone', start, end, masked: `${d.slice(0, 3)}****${d.slice(-4)}` };
  }
  return null;
}

/**
 * Which readings to try, in order. A card keyword puts cards first; an ID
 * keyword drops the card reading (a mistyped ID must not become a "card").
 */
const READERS: Readonly<Record<Context | 'none', ReadonlyArray<(c: DigitCandidate) => Hit | null>>> = {
  none: [readAsId, readAsCard, readAsPhone],
  card: [readAsCard, readAsId, readAsPhone],
  id: [readAsId, readAsPhone],
  phone: [readAsId, readAsCard, readAsPhone],
  suppress: [],
};

/**
 * Tries to read chunks run[i..j] as ID / card / phone under the given context.
 * `d` is their concatenated digits and `lens` their lengths (precomputed by
 * the caller, which tries many candidates over the same chunks).
 */
function classifyDigits(
  n: string,
  run: readonly Chunk[],
  i: number,
  j: number,
  d: string,
  lens: readonly number[],
  ctx: Context | null,
): Hit | null {
  const first = run[i];
  const last = run[j];
  if (!first || !last) return null;
  const start = first.start;
  const end = last.end;
  // An X is only ever the final ID check digit.
  if (d.indexOf('X') !== -1 && d.indexOf('X') !== d.length - 1) return null;
  // Next to "*": an already (partially) masked number — leave it alone.
  if (n[start - 1] === '*' || n[end] === '*') return null;
  // IDs, cards and phones never contain a 1–2 digit group after a dot;
  // "还了1380.00 1500.5" is two amounts, not a phone.
  for (let k = i; k <= j; k++) if (run[k]?.decimalLike) return null;

  const prev = run[i - 1];
  const next = run[j + 1];
  const candidate: DigitCandidate = {
    n,
    d,
    lens,
    start,
    end,
    atRunStart: i === 0,
    ctx,
    gluedToLetters: isAsciiLetter(n[start - 1]) || isAsciiLetter(n[end]),
    truncatesGroup: (prev !== undefined && prev.digits.length <= 4) || (next !== undefined && next.digits.length <= 4),
  };
  for (const read of READERS[ctx ?? 'none']) {
    const hit = read(candidate);
    // Checked last because it is the most expensive test and rarely needed.
    if (hit) return amountOverrides(n, { ...hit, start, end }, d, ctx) ? null : hit;
  }
  return null;
}

/**
 * Scans every digit run. Within a run, candidates always start and end on
 * chunk boundaries (never inside "138001380001234"), and the longest
 * acceptable candidate starting at the leftmost chunk wins, then scanning
 * resumes after it. At most 19 digits per candidate keeps this linear.
 */
function findDigitHits(n: string): Hit[] {
  const hits: Hit[] = [];
  for (const run of collectDigitRuns(n)) {
    const head = run[0];
    if (!head) continue;
    const ctx = contextBefore(n, head.start);
    if (ctx === 'suppress') continue;
    let i = 0;
    while (i < run.length) {
      let total = 0;
      let jMax = i - 1;
      for (let j = i; j < run.length; j++) {
        const len = run[j]?.digits.length ?? 0;
        if (total + len > MAX_CANDIDATE_DIGITS) break;
        total += len;
        jMax = j;
      }
      let next = i + 1;
      if (total >= MIN_CANDIDATE_DIGITS) {
        const lens = run.slice(i, jMax + 1).map((c) => c.digits.length);
        const all = run.slice(i, jMax + 1).map((c) => c.digits).join('');
        // Longest first; `total` tracks the digit count of run[i..j].
        for (let j = jMax; j >= i && total >= MIN_CANDIDATE_DIGITS; total -= lens[j - i] ?? 0, j--) {
          const hit = classifyDigits(n, run, i, j, all.slice(0, total), lens.slice(0, j - i + 1), ctx);
          if (hit) {
            hits.push(hit);
            next = j + 1;
            break;
          }
        }
      }
      i = next;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------
// E-mail addresses (plain and obfuscated)
// ---------------------------------------------------------------------------

function isLocalChar(c: string | undefined): boolean {
  return isAsciiAlnum(c) || c === '.' || c === '_' || c === '%' || c === '+' || c === '-';
}

function isLabelChar(c: string | undefined): boolean {
  return isAsciiAlnum(c) || c === '-';
}

const OPEN_BRACKETS = '([{<【';
const CLOSE_BRACKETS = ')]}>】';

/**
 * Obfuscated forms ("x at y dot com", "x 艾特 y.com", "x @ y.com") also match
 * ordinary prose, so they must end in a well-known TLD.
 */
const COMMON_TLDS = new Set([
  'com', 'cn', 'net', 'org', 'edu', 'gov', 'io', 'co', 'me', 'info', 'biz', 'top', 'xyz', 'cc', 'tv',
  'hk', 'tw', 'mo', 'sg', 'us', 'uk', 'jp', 'kr', 'de', 'fr', 'ru', 'ca', 'au', 'app', 'dev', 'vip',
  'club', 'site', 'online', 'tech', 'shop', 'ltd', 'email', 'asia', 'wang', 'ink', 'fun', 'live', 'work',
]);

/** Matches "<open>at<close>" / "<open>dot<close>" at `p`; returns the index after it or -1. */
function readBracketWord(n: string, p: number, word: string): number {
  if (!OPEN_BRACKETS.includes(n[p] ?? '\0')) return -1;
  let q = skipSpaces(n, p + 1, 2);
  if (n.slice(q, q + word.length).toLowerCase() !== word) return -1;
  q = skipSpaces(n, q + word.length, 2);
  return CLOSE_BRACKETS.includes(n[q] ?? '\0') ? q + 1 : -1;
}

/** The "@" (or a stand-in) at `pos`. `plain` = a literal "@" with no spaces around it. */
function readAtMarker(n: string, pos: number): { end: number; plain: boolean } | null {
  const q = skipSpaces(n, pos);
  const spacedBefore = q > pos;
  if (n[q] === '@') {
    const r = skipSpaces(n, q + 1);
    return { end: r, plain: !spacedBefore && r === q + 1 };
  }
  const bracket = readBracketWord(n, q, 'at');
  if (bracket !== -1) return { end: skipSpaces(n, bracket), plain: false };
  if (n.startsWith('艾特', q)) return { end: skipSpaces(n, q + 2), plain: false };
  // " at " as a separate word (case-insensitive), spaces required on both sides.
  if (spacedBefore && n.slice(q, q + 2).toLowerCase() === 'at' && isSpace(n[q + 2])) {
    return { end: skipSpaces(n, q + 2), plain: false };
  }
  return null;
}

/** A domain dot (or stand-in) at `pos`; returns the index after it or -1. */
function readDotMarker(n: string, pos: number): { end: number; plain: boolean } | null {
  const q = skipSpaces(n, pos);
  const spacedBefore = q > pos;
  if (n[q] === '.' || n[q] === '。') {
    // "a@qq.com. Next sentence" must not swallow "Next": spaces after a dot
    // are only accepted when there were spaces before it too ("qq . com").
    if (!spacedBefore && isSpace(n[q + 1])) return null;
    return { end: spacedBefore ? skipSpaces(n, q + 1) : q + 1, plain: !spacedBefore && n[q] === '.' };
  }
  const bracket = readBracketWord(n, q, 'dot');
  if (bracket !== -1) return { end: skipSpaces(n, bracket), plain: false };
  if (n[q] === '点') return { end: skipSpaces(n, q + 1), plain: false };
  if (spacedBefore && n.slice(q, q + 3).toLowerCase() === 'dot' && isSpace(n[q + 3])) {
    return { end: skipSpaces(n, q + 3), plain: false };
  }
  return null;
}

/** Reads one DNS label at `p` (no leading/trailing hyphen). */
function readLabel(n: string, p: number): number {
  let q = p;
  while (q < n.length && q - p < 63 && isLabelChar(n[q])) q++;
  while (q > p && n[q - 1] === '-') q--;
  return n[p] === '-' ? p : q;
}

/** Parses a domain at `p`: labels joined by dots/stand-ins, ending in a valid TLD. */
function readDomain(n: string, p: number): { end: number; labels: string[]; plain: boolean } | null {
  const labels: Array<{ text: string; end: number; plain: boolean }> = [];
  const firstEnd = readLabel(n, p);
  if (firstEnd === p) return null;
  labels.push({ text: n.slice(p, firstEnd), end: firstEnd, plain: true });
  let pos = firstEnd;
  while (labels.length < 10) {
    const dot = readDotMarker(n, pos);
    if (!dot) break;
    const labelEnd = readLabel(n, dot.end);
    if (labelEnd === dot.end) break;
    labels.push({ text: n.slice(dot.end, labelEnd), end: labelEnd, plain: dot.plain });
    pos = labelEnd;
  }
  // Drop trailing junk labels ("a@b.com.123") as long as two labels remain.
  while (labels.length > 2 && !/^[A-Za-z]{2,24}$/.test(labels[labels.length - 1]?.text ?? '')) labels.pop();
  const tld = labels[labels.length - 1];
  if (labels.length < 2 || !tld || !/^[A-Za-z]{2,24}$/.test(tld.text)) return null;
  return { end: tld.end, labels: labels.map((l) => l.text), plain: labels.every((l) => l.plain) };
}

function findEmailHits(n: string): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < n.length) {
    if (!isLocalChar(n[i])) {
      i++;
      continue;
    }
    // A token of local-part characters; it can only be a local part if an
    // "@"-marker follows it directly.
    let tokenEnd = i;
    while (tokenEnd < n.length && isLocalChar(n[tokenEnd])) tokenEnd++;
    let start = i;
    while (start < tokenEnd && !isAsciiAlnum(n[start])) start++; // local part starts alnum
    const at = readAtMarker(n, tokenEnd);
    const viable =
      at !== null &&
      start < tokenEnd &&
      tokenEnd - start <= 64 &&
      n[i - 1] !== '*'; // "a***@x.com" is already masked
    if (viable && at) {
      const domain = readDomain(n, at.end);
      const tld = domain?.labels[domain.labels.length - 1]?.toLowerCase() ?? '';
      if (domain && ((at.plain && domain.plain) || COMMON_TLDS.has(tld))) {
        const local = n.slice(start, tokenEnd);
        hits.push({
          kind: 'email',
          start,
          end: domain.end,
          masked: `${local[0] ?? ''}***@${domain.labels.join('.')}`,
        });
        i = domain.end;
        continue;
      }
    }
    i = tokenEnd;
  }
  return hits;
}

// ---------------------------------------------------------------------------
// WeChat / QQ handles after a keyword
// ---------------------------------------------------------------------------

/**
 * Literal alternation only (no nested quantifiers), so matching is linear.
 * "加v信?" lets "加V信" match as a whole; 'i' covers VX/vx/Vx, QQ/qq, WeChat/wechat.
 */
const IM_KEYWORD_RE = /微信号?|薇信|威信|加v信?|v信|[vw]x|wechat|qq|扣扣|企鹅/giu;
const QQ_KEYWORDS = new Set(['qq', '扣扣', '企鹅']);

/** What may sit between keyword and handle: "：", "是", "号", "号码是", spaces… */
const IM_GAP_CHARS = new Set([' ', '\t', ':', '是', '为', '号', '號', '码', '碼', '账', '帐', '-', '=']);
const IM_MAX_GAP = 8;

function findImHits(n: string): Hit[] {
  const hits: Hit[] = [];
  IM_KEYWORD_RE.lastIndex = 0;
  for (let m = IM_KEYWORD_RE.exec(n); m !== null; m = IM_KEYWORD_RE.exec(n)) {
    const kw = m[0];
    const kwStart = m.index;
    const kwEnd = kwStart + kw.length;
    // Latin keywords must be whole words: not "lwx…", "vxworks", "qqmail".
    if (isAsciiLetter(kw[0]) && isAsciiAlnum(n[kwStart - 1])) continue;
    if (isAsciiLetter(kw[kw.length - 1]) && isAsciiLetter(n[kwEnd])) continue;

    let p = kwEnd;
    while (p < n.length && p - kwEnd < IM_MAX_GAP && IM_GAP_CHARS.has(n[p] ?? '')) p++;

    if (QQ_KEYWORDS.has(kw.toLowerCase())) {
      // QQ number: 5–11 digits, no leading zero.
      let q = p;
      while (isAsciiDigit(n[q])) q++;
      const len = q - p;
      if (len >= 5 && len <= 11 && n[p] !== '0' && n[q] !== '*' && !isAsciiLetter(n[q]) && n[q] !== '_') {
        hits.push({ kind: 'im_handle', start: p, end: q, masked: `${n.slice(p, p + 2)}****` });
      }
    } else {
      // WeChat ID: a letter, then 5–19 of letters/digits/_/-.
      let q = p;
      while (q < n.length && (isAsciiAlnum(n[q]) || n[q] === '_' || n[q] === '-')) q++;
      const len = q - p;
      if (isAsciiLetter(n[p]) && len >= 6 && len <= 20 && n[q] !== '*') {
        hits.push({ kind: 'im_handle', start: p, end: q, masked: `${n.slice(p, p + 2)}****` });
      }
    }
  }
  return hits;
}
