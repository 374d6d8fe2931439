/**
 * Detection-only normalisation for the personal-data masker.
 *
 * People who want to post a phone number past a filter (or who just type on a
 * phone IME) write it in many shapes: full-width digits, zero-width spaces
 * between digits, Chinese numerals read digit by digit ("幺三八…"). The
 * detectors in mask-personal-data.ts only have to understand ONE shape, so we
 * build a normalised *copy* of the text and remember, for every UTF-16 unit
 * of the copy, which range of the original string it came from. Matches found
 * in the copy are then mapped back so that the ORIGINAL characters (including
 * any invisible or separator characters inside the match) get replaced.
 *
 * The copy is never returned to callers or stored: it is a scratch buffer.
 */

export interface NormalizedText {
  /** The normalised copy that the detectors scan. */
  readonly text: string;
  /** origStart[k] / origEnd[k]: the original [start, end) that unit k of `text` came from. */
  readonly origStart: readonly number[];
  readonly origEnd: readonly number[];
}

/**
 * Characters deleted before detection because they are invisible and can be
 * slipped between digits to defeat naive regexes:
 *  - \p{Cf}: zero-width space/joiners, bidi controls, BOM, soft hyphen, word joiner…
 *  - U+034F combining grapheme joiner, variation selectors and U+20E3 (the
 *    keycap mark in "1️⃣"), Mongolian free variation selectors, Khmer
 *    inherent vowels and Hangul fillers: all render as nothing (or decorate a
 *    digit without changing it).
 */
const INVISIBLE =
  /^[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180D\u20E3\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]$/u;

/**
 * Separators allowed *between* groups of digits (spaces, hyphens/dashes, dots).
 * Applied after NFKC, so full-width space/hyphen/dot have already become ASCII.
 * Deliberately excludes "/", "~", ":" and "," so dates (2024/03/15), ranges,
 * times and thousands separators never glue numbers together.
 */
export function isDigitSeparator(c: string | undefined): boolean {
  return (
    c === ' ' ||
    c === '\t' ||
    c === '-' ||
    c === '.' ||
    c === '\u2212' || // minus sign
    (c !== undefined && c >= '\u2010' && c <= '\u2015') // hyphen … horizontal bar
  );
}

export function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && c >= '0' && c <= '9';
}

/** Chinese numerals as read digit by digit (telephone style). */
const CN_DIGIT: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  洞: '0', // radio/phone style zero
  一: '1',
  幺: '1', // radio/phone style one
  二: '2',
  两: '2',
  兩: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** 幺/洞 are essentially never used as words in this context, so they convert more eagerly. */
const CN_UNAMBIGUOUS = new Set(['幺', '洞']);

function isCnDigit(c: string | undefined): boolean {
  return c !== undefined && Object.prototype.hasOwnProperty.call(CN_DIGIT, c);
}

/**
 * Characters that NFKC leaves unchanged and that are never invisible, so we can
 * skip the (comparatively slow) per-character normalize() call. ASCII and the
 * CJK Unified Ideographs block cover almost all text on a Chinese forum.
 */
function isStableFastPath(cp: number): boolean {
  return cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff);
}

/**
 * Builds the normalised copy. Steps, in order:
 *  1. per code point: drop invisible characters, otherwise apply NFKC
 *     (full-width digits/letters/@/. become ASCII, ideographic space becomes
 *     " ", circled/superscript digits become digits…). Per-code-point NFKC
 *     keeps the position map trivial; cross-character composition does not
 *     matter for the ASCII-centric patterns we detect.
 *  2. Chinese numerals are turned into ASCII digits, but only where they form
 *     digit runs (see convertChineseDigitRuns).
 * Linear in the input length.
 */
export function normalizeForDetection(input: string): NormalizedText {
  const chars: string[] = []; // one entry per UTF-16 unit of the output
  const origStart: number[] = [];
  const origEnd: number[] = [];

  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) ?? 0;
    const end = i + (cp > 0xffff ? 2 : 1);
    const piece = input.slice(i, end);
    let out: string;
    if (isStableFastPath(cp)) {
      out = piece;
    } else if (INVISIBLE.test(piece)) {
      out = '';
    } else {
      out = piece.normalize('NFKC');
    }
    // NFKC can expand one character into several (e.g. "⑩" -> "10"); every
    // produced unit maps back to the whole original character.
    for (const outCp of out) {
      if (outCp.length === 1 && isStableFastPath(outCp.charCodeAt(0))) {
        // fast path: nothing to filter
      } else if (INVISIBLE.test(outCp)) {
        continue;
      }
      for (let u = 0; u < outCp.length; u++) {
        chars.push(outCp[u] ?? '');
        origStart.push(i);
        origEnd.push(end);
      }
    }
    i = end;
  }

  convertChineseDigitRuns(chars);
  return { text: chars.join(''), origStart, origEnd };
}

/**
 * Replaces Chinese numerals with ASCII digits where they are plausibly being
 * read out digit by digit. Converting every "一" would be wrong: "一共", "两个",
 * "一两次" commonly follow a number ("13800138000一共打了…") and turning them
 * into digits would glue onto it and hide the real phone number.
 *
 * A "group" is a sequence of ASCII digits and Chinese numerals where
 * neighbours are adjacent or separated by 1–3 digit separators. Within a group:
 *  - 3 or more Chinese numerals: the whole group is a spelled-out number -> convert all;
 *  - fewer: convert a numeral only if it is sandwiched between ASCII digits
 *    (e.g. "138零零138000"), or if it is 幺/洞 and the group has >= 2 members.
 * Operates in place; one Chinese numeral is one UTF-16 unit and becomes one
 * digit, so the position map is unaffected.
 */
function convertChineseDigitRuns(chars: string[]): void {
  const n = chars.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiDigit(chars[i]) && !isCnDigit(chars[i])) {
      i++;
      continue;
    }
    // Collect the indices of the group's members.
    const members: number[] = [];
    let pos = i;
    for (;;) {
      while (pos < n && (isAsciiDigit(chars[pos]) || isCnDigit(chars[pos]))) {
        members.push(pos);
        pos++;
      }
      let k = pos;
      while (k < n && k - pos < 3 && isDigitSeparator(chars[k])) k++;
      if (k > pos && (isAsciiDigit(chars[k]) || isCnDigit(chars[k]))) {
        pos = k;
        continue;
      }
      break;
    }
    i = pos;

    let cnCount = 0;
    for (const m of members) if (isCnDigit(chars[m])) cnCount++;
    if (cnCount === 0) continue;

    if (cnCount >= 3) {
      for (const m of members) {
        const c = chars[m];
        if (c !== undefined && isCnDigit(c)) chars[m] = CN_DIGIT[c] ?? c;
      }
      continue;
    }

    // Few numerals: only convert the clearly digit-like ones. Decide on the
    // original membership first so conversions don't cascade.
    const isAscii = members.map((m) => isAsciiDigit(chars[m]));
    const toConvert: number[] = [];
    for (let idx = 0; idx < members.length; idx++) {
      const m = members[idx] ?? 0;
      const c = chars[m];
      if (c === undefined || !isCnDigit(c)) continue;
      const asciiBefore = isAscii.slice(0, idx).some(Boolean);
      const asciiAfter = isAscii.slice(idx + 1).some(Boolean);
      if ((asciiBefore && asciiAfter) || (CN_UNAMBIGUOUS.has(c) && members.length >= 2)) {
        toConvert.push(m);
      }
    }
    for (const m of toConvert) {
      const c = chars[m];
      if (c !== undefined) chars[m] = CN_DIGIT[c] ?? c;
    }
  }
}
