import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { customDictionary } from './dictionary';

// Chinese has no spaces, and PostgreSQL's parser turns a Chinese sentence into
// one giant token. So text is segmented here with jieba and stored as
// space-joined tokens (threads.search_text, replies.search_text), which the
// 'simple' configuration indexes word by word. Queries go through the same
// functions, so both sides agree on what a word is.
//
// Decisions:
// - HMM (jieba's guesser for words missing from the dictionary) is off. It
//   makes segmentation depend on the surrounding text: 月付 alone is one
//   word, inside 美团月付逾期 it was 月 + 付. Without it a word missing from
//   the dictionary falls apart into the same single characters everywhere,
//   in a post and in a query, so they still match.
// - Compounds stay whole (上门催收 is one token, so a phrase query keeps its
//   meaning), and their sub-words from jieba's search mode are indexed too,
//   after the whole-word tokens, so a search for 催收 finds 上门催收 without
//   breaking the word order that phrase ranking looks at.
// - Text is NFKC-normalized (full-width letters and digits become ASCII) and
//   lower-cased; punctuation, symbols and emoji are dropped; English plurals
//   are folded to the singular (calls → call).

interface Segmenter {
  jieba: Jieba;
}

const state = globalThis as unknown as { __ashoreSegmenter?: Segmenter };

/** The dictionaries take ≈ 200 ms to load: once per process, on first use. */
function segmenter(): Segmenter {
  if (!state.__ashoreSegmenter) {
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(new TextEncoder().encode(customDictionary()));
    state.__ashoreSegmenter = { jieba };
  }
  return state.__ashoreSegmenter;
}

const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[a-z]+$/;

/** NFKC and case folding, the first step for posts and queries alike. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Plural English nouns to the singular; anything else unchanged. */
export function foldEnglish(word: string): string {
  if (!LATIN_WORD.test(word) || word.length <= 3) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Markdown link targets and image addresses are not words anyone searches for. */
function stripMarkup(text: string): string {
  return text.replace(/\]\([^)]*\)/g, '] ').replace(/<https?:[^>\s]*>/gi, ' ').replace(/https?:\/\/\S+/gi, ' ');
}

/**
 * Whole-word tokens in reading order: jieba's precise mode, each token
 * cleaned of punctuation (a token like "3.5" becomes "3" and "5").
 */
export function segmentWords(text: string): string[] {
  const normalized = normalizeText(text);
  if (!normalized.trim()) return [];
  const words: string[] = [];
  for (const token of segmenter().jieba.cut(normalized, false)) {
    for (const part of token.split(NOT_WORD)) {
      if (part) words.push(foldEnglish(part));
    }
  }
  return words;
}

/** Dictionary words inside a Chinese compound (上门催收 → 上门, 催收), never the compound itself. */
function subWords(word: string): string[] {
  if (word.length < 3 || !HAN.test(word)) return [];
  return segmenter()
    .jieba.cutForSearch(word, false)
    .filter((w) => w !== word && w.length >= 2 && !NOT_WORD.test(w));
}

/**
 * What is stored in search_text: the whole-word tokens in order, then the
 * sub-words of every compound. Space-joined and lower-case.
 */
export function toSearchText(text: string): string {
  const words = segmentWords(stripMarkup(text));
  const extras = words.flatMap(subWords);
  return [...words, ...extras].join(' ');
}

/** search_text of a post made of several fields (title, body, a lender's name). */
export function searchTextOf(parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map(toSearchText)
    .filter(Boolean)
    .join(' ');
}

// Words that carry no meaning on their own in a query: dropped from what a
// result must contain (a story about 上门催收 need not say 怎么办). They stay
// in the stored text, so changing this list never needs a re-index.
const STOPWORDS = new Set([
  ...'的 了 和 与 及 或 是 在 也 就 都 而 着 吗 呢 吧 啊 呀 把 被 让 给 对 从 向 于 这 那 之 其 我 你 他 她 它 个 有 么 吧 哦 嗯'.split(' '),
  ...'这个 那个 我们 你们 他们 她们 自己 什么 怎么 怎么办 怎样 如何 为什么 哪些 请问 求助 可以 能不能 会不会 是否 应该 一下 一个 没有 还是 就是 但是 因为 所以 如果'.split(' '),
  ...'a an the and or of to in on at for with by from is are was were be been being i me my we our you your he she it its they them their this that these those what which who how why when where do doe does did have ha has had not no can could will would should about as if so but than then there into out up down over after before just very'.split(' '),
]);

export function isStopword(word: string): boolean {
  // A lone Latin letter is the rest of a possessive or an initial ("lawyer's").
  return STOPWORDS.has(word) || /^[a-z]$/.test(word);
}

/** Longer queries are cut, not refused. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A query as it may be sent to the database: cut to MAX_QUERY_LENGTH,
 * normalized, control and format characters (NUL, which PostgreSQL refuses
 * in text, lone surrogates, zero-width joiners) turned into spaces,
 * whitespace folded.
 */
export function cleanQuery(raw: string): string {
  return normalizeText(raw.slice(0, MAX_QUERY_LENGTH))
    .replace(/\p{C}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QueryTerms {
  /** The normalized query (NFKC, lower-case, whitespace folded), at most 200 characters. */
  text: string;
  /** Words a result must all contain (AND). Compounds are replaced by their sub-words. */
  match: string[];
  /** Whole-word tokens of each space-separated part, for phrase ranking. */
  phrases: string[][];
  /** Words to mark in snippets, longest first. */
  highlight: string[];
}

const MAX_QUERY_WORDS = 16;

/**
 * Parses a search box's text into words. Nothing of the raw text reaches a
 * tsquery: only the words produced here, each letters and digits only.
 *
 * A compound is matched through its sub-words when they cover it (上门催收 →
 * 上门 AND 催收): every post holding the compound holds them too, and so does
 * 催收员上门了, which is about the same thing. Phrase ranking then puts the
 * posts that say 上门催收 verbatim first.
 */
export function queryTerms(raw: string): QueryTerms {
  const text = cleanQuery(raw);
  const phrases = text
    .split(' ')
    .map((part) => segmentWords(part))
    .filter((words) => words.length > 0);
  const wholeWords = phrases.flat().filter((w) => !isStopword(w));
  const match = unique(wholeWords.flatMap((word) => coveringSubWords(word) ?? [word])).slice(0, MAX_QUERY_WORDS);
  const highlight = unique([...wholeWords, ...match]).sort((a, b) => b.length - a.length);
  return { text, match, phrases, highlight };
}

/** The sub-words of a compound when together they cover every character of it. */
function coveringSubWords(word: string): string[] | null {
  const parts = subWords(word);
  if (!parts.length) return null;
  const covered = new Array<boolean>(word.length).fill(false);
  for (const part of parts) {
    for (let at = word.indexOf(part); at !== -1; at = word.indexOf(part, at + 1)) {
      for (let i = at; i < at + part.length; i++) covered[i] = true;
    }
  }
  return covered.every(Boolean) ? parts : null;
}

// Words so common on this forum that sharing them says nothing about two
// threads being alike.
const COMMON_TERMS = new Set(
  '逾期 欠款 欠钱 欠债 还款 还钱 银行 信用卡 借款 贷款 债务 负债 经历 分享 问题 现在 已经 一个 两个 三个 几个 个月 月 年 天 钱 元 万 今天 去年 今年 debt loan bank card credit overdue day month year time every still now get got need help want'.split(' '),
);

/**
 * The distinctive words of a title being written, for similar threads:
 * whole words of two or more characters that are neither stopwords nor
 * forum-wide commonplaces, longest (most specific) first, at most six.
 */
export function distinctiveWords(raw: string): string[] {
  const words = segmentWords(raw.slice(0, MAX_QUERY_LENGTH)).filter(
    (w) => w.length >= (HAN.test(w) ? 2 : 3) && !isStopword(w) && !COMMON_TERMS.has(w),
  );
  return unique(words)
    .sort((a, b) => b.length - a.length)
    .slice(0, 6);
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
