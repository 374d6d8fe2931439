import { describe, expect, it } from 'vitest';

import { findPersonalData, maskPersonalData } from '../../../lib/privacy/mask-personal-data';
import { normalizeForDetection } from '../../../lib/privacy/normalize';
import {
  breakLuhn,
  CARD16_UP,
  group4,
  ID_BJ,
  ID_X,
  idCheckChar,
  luhnCheckDigit,
  luhnValid,
  makeCard,
  makeId18,
  negatives,
  positives,
} from './corpus';

/**
 * The output as a detector would see it with all separators squeezed out, so
 * "a secret is gone" also covers spaced, full-width or zero-width variants.
 */
function squeezed(s: string): string {
  return normalizeForDetection(s).text.replace(/[\s\-.]/g, '');
}

describe('corpus size', () => {
  it('has enough positive and negative cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(70);
    expect(negatives.length).toBeGreaterThanOrEqual(35);
    const kinds = new Set(positives.flatMap((p) => p.kinds));
    expect([...kinds].sort()).toEqual(['bank_card', 'email', 'id_card', 'im_handle', 'phone']);
    const ids = [...positives, ...negatives].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('corpus generators', () => {
  it('computes ID check characters and Luhn digits', () => {
    // 11010519491231002X is the widely published specimen resident ID number.
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(ID_X.endsWith('X')).toBe(true);
    expect(luhnCheckDigit('7992739871')).toBe('3'); // the textbook Luhn example
    expect(CARD16_UP).toHaveLength(16);
    expect(ID_BJ).toHaveLength(18);
    expect(makeCard('6222', 19)).toHaveLength(19);
  });
});

describe('positives: masked in place', () => {
  it.each(positives.map((p) => [p.id, p] as const))('%s', (_id, c) => {
    const result = maskPersonalData(c.input);
    expect(result.text).toBe(c.expected);
    expect(result.spans.map((s) => s.kind)).toEqual(c.kinds);
    for (const secret of c.secrets) {
      expect(squeezed(result.text)).not.toContain(squeezed(secret));
    }
    // Spans describe the original string and replay to the same output.
    let replay = '';
    let last = 0;
    for (const s of result.spans) {
      expect(c.input.slice(s.start, s.end)).toBe(s.original);
      replay += c.input.slice(last, s.start) + s.masked;
      last = s.end;
    }
    expect(replay + c.input.slice(last)).toBe(result.text);
    // findPersonalData is the preview of exactly the same spans.
    expect(findPersonalData(c.input)).toEqual(result.spans);
  });
});

describe('negatives: left alone', () => {
  it.each(negatives.map((n) => [n.id, n] as const))('%s', (_id, c) => {
    const result = maskPersonalData(c.input);
    expect(result.spans).toEqual([]);
    expect(result.text).toBe(c.input);
  });
});

describe('idempotence', () => {
  it.each([...positives, ...negatives].map((c) => [c.id, c.input] as const))('%s', (_id, input) => {
    const once = maskPersonalData(input).text;
    const twice = maskPersonalData(once);
    expect(twice.text).toBe(once);
    expect(twice.spans).toEqual([]);
  });

  it('holds for the whole corpus joined into one post', () => {
    const post = positives.map((p) => p.input).join('\n');
    const once = maskPersonalData(post).text;
    expect(maskPersonalData(once).text).toBe(once);
  });
});

describe('mapping back to the original string', () => {
  it('replaces zero-width characters inside the match and keeps those outside', () => {
    const zw = '\u200B';
    const input = `手机${zw}1${zw}38\u200D0013\u20608000${zw}，谢谢`;
    const { text, spans } = maskPersonalData(input);
    expect(text).toBe(`手机${zw}138****8000${zw}，谢谢`);
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(span?.start).toBe(3); // after "手机" + the leading zero-width space
    expect(span?.end).toBe(input.indexOf('8000') + 4);
    expect(span?.original).toBe(`1${zw}38\u200D0013\u20608000`);
    expect(span?.masked).toBe('138****8000');
  });

  it('maps full-width and Chinese-numeral matches onto the original characters', () => {
    const input = '号码：１３８００１３８０００或者幺三九洞洞洞洞幺幺幺幺';
    const spans = findPersonalData(input);
    expect(spans.map((s) => s.original)).toEqual(['１３８００１３８０００', '幺三九洞洞洞洞幺幺幺幺']);
    expect(maskPersonalData(input).text).toBe('号码：138****8000或者139****1111');
  });

  it('keeps offsets right after astral characters (surrogate pairs)', () => {
    const input = '😭😭我的手机13800138000😭';
    const [span] = findPersonalData(input);
    expect(span?.start).toBe(input.indexOf('138'));
    expect(span?.end).toBe(input.indexOf('138') + 11);
    expect(maskPersonalData(input).text).toBe('😭😭我的手机138****8000😭');
  });

  it('masks several kinds in one post without overlapping spans', () => {
    const card = makeCard('622202', 16, 3);
    const id = makeId18('110105', '19850412', '321');
    const input = `我叫小陈，身份证${id}，卡号${card}，手机13800138000，邮箱 chen@example.com，微信 chen_xiaoxiao`;
    const { text, spans } = maskPersonalData(input);
    expect(spans.map((s) => s.kind)).toEqual(['id_card', 'bank_card', 'phone', 'email', 'im_handle']);
    for (let k = 1; k < spans.length; k++) {
      expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
    }
    expect(text).not.toContain(id);
    expect(text).not.toContain(card);
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('chen@');
    expect(text).not.toContain('chen_xiaoxiao');
  });
});

/** Small deterministic PRNG so the property checks are reproducible. */
function prng(seed: number): (lo: number, hi: number) => number {
  let state = seed;
  return (lo, hi) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return lo + (state % (hi - lo + 1));
  };
}

describe('seeded property checks', () => {
  const pad2 = (v: number): string => String(v).padStart(2, '0');

  it('masks generated phones, cards and IDs in any supported layout', () => {
    const ri = prng(20240315);
    const digits = (k: number): string => Array.from({ length: k }, () => ri(0, 9)).join('');
    for (let t = 0; t < 300; t++) {
      const phone = `1${ri(3, 9)}${digits(9)}`;
      const layouts = [
        phone,
        `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
        `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`,
        `+86 ${phone}`,
      ];
      const phoneText = maskPersonalData(`催收打我电话${layouts[ri(0, 3)]}，一天好几次`).text;
      expect(phoneText).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);

      const card = makeCard(`${ri(2, 6)}${digits(5)}`, ri(16, 19), ri(0, 40));
      const cardResult = maskPersonalData(`这张卡${ri(0, 1) ? group4(card) : card}被冻结了`);
      expect(cardResult.spans.map((sp) => sp.kind)).toEqual(['bank_card']);

      const id = makeId18(`${ri(11, 65)}${digits(4)}`, `${ri(1930, 2010)}${pad2(ri(1, 12))}${pad2(ri(1, 28))}`, digits(3));
      const idResult = maskPersonalData(`他们手里有我的${id}这个号`);
      expect(idResult.spans.map((sp) => sp.kind)).toEqual(['id_card']);
    }
  });

  it('leaves generated look-alikes alone', () => {
    const ri = prng(95588);
    const digits = (k: number): string => Array.from({ length: k }, () => ri(0, 9)).join('');
    for (let t = 0; t < 300; t++) {
      const len = ri(16, 19);
      // An 18-digit string could be a valid ID by chance; no region code starts with 9.
      let bad = `${len === 18 ? 9 : ri(2, 6)}${digits(len - 1)}`;
      if (luhnValid(bad)) bad = breakLuhn(bad);
      expect(findPersonalData(`卡号${ri(0, 1) ? group4(bad) : bad}校验不过`)).toEqual([]);

      const dates = Array.from({ length: ri(2, 5) }, () => `${ri(2015, 2025)}-${pad2(ri(1, 12))}-${pad2(ri(1, 28))}`);
      expect(findPersonalData(`还款日 ${dates.join(' ')} 都逾期了`)).toEqual([]);

      const amounts = Array.from({ length: ri(2, 6) }, () => String(ri(100, 99999)));
      expect(findPersonalData(`分别还了 ${amounts.join(' ')} 元`)).toEqual([]);

      const notMobile = `${ri(0, 1) ? `1${ri(0, 2)}` : `${ri(2, 9)}${ri(0, 9)}`}${digits(9)}`;
      expect(findPersonalData(`号码${notMobile}`)).toEqual([]);
    }
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    const odd: unknown[] = [
      '',
      ' ',
      '\uD800', // lone surrogate
      '\uDC00abc\uD83D',
      '@',
      '@@@@',
      'a@',
      '@b.com',
      'QQ',
      '微信',
      '+86',
      '(+86)',
      'X',
      '1'.repeat(500),
      '一'.repeat(500),
      '\u200B'.repeat(100),
      null,
      undefined,
      42,
    ];
    for (const value of odd) {
      expect(() => maskPersonalData(value as string)).not.toThrow();
      expect(() => findPersonalData(value as string)).not.toThrow();
    }
    expect(maskPersonalData(null as unknown as string)).toEqual({ text: '', spans: [] });
    expect(findPersonalData(undefined as unknown as string)).toEqual([]);
  });

  it('terminates on a 20,000-character adversarial post (no timing assertion)', () => {
    const pieces = [
      '催收每天打我手机13800138000，',
      '1 '.repeat(200),
      '1-'.repeat(200),
      '@'.repeat(200),
      'a.'.repeat(200) + '@',
      'a@a.'.repeat(100),
      ' at '.repeat(100),
      '微信'.repeat(100),
      'QQ'.repeat(100),
      '幺'.repeat(200),
      '\u200B1'.repeat(200),
      '9'.repeat(300),
    ];
    let input = '';
    while (input.length < 20_000) input += pieces.join('');
    input = input.slice(0, 20_000);
    const result = maskPersonalData(input);
    expect(typeof result.text).toBe('string');
    expect(result.spans.length).toBeGreaterThan(0);
    expect(result.text).not.toContain('13800138000');
  });
});
