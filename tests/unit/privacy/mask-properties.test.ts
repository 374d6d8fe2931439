import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../lib/privacy/mask-personal-data';
import { luhnCheckDigit, makeId18 } from './corpus';

// Properties over generated sentences: a debtor's sentence built from
// ordinary fragments, a personal number, and whatever follows it, including
// words that begin with a unit character (千万别, 万一, 元旦, 百度, 百分之).

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);

const birthDate = fc
  .record({ year: fc.integer({ min: 1950, max: 2005 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`);
const residentId = fc
  .tuple(fc.constantFrom('110101', '310104', '440305', '420102', '510107'), birthDate, digits(3))
  .map(([region, birth, seq]) => makeId18(region, birth, seq));

const card = fc.tuple(fc.constantFrom('622202', '621483', '436742', '518710'), digits(9)).map(([prefix, middle]) => {
  const body = prefix + middle;
  return body + luhnCheckDigit(body);
});

const lead = fc.constantFrom('', '我', '催收那边说', '上周', '网贷平台一直打', '家里人不知道，');
const spacing = fc.constantFrom('', ' ', '  ');
/** What follows the number: common words that start with a unit character, and ordinary text. */
const follower = fc.constantFrom('千万别告诉我家人', '万一再打我就报警', '元旦后换号', '百度能搜到', '百分之百是我的', '万分感谢', '千里之外', '，请别再打了', '。', '');

const secret = fc.oneof(
  fc.record({ kind: fc.constant('phone' as const), value: mobile, keyword: fc.constantFrom('', '手机', '电话', '联系方式') }),
  fc.record({ kind: fc.constant('id_card' as const), value: residentId, keyword: fc.constantFrom('', '身份证号', '证件号码') }),
  fc.record({ kind: fc.constant('bank_card' as const), value: card, keyword: fc.constantFrom('卡号', '银行卡', '信用卡') }),
);

describe('masker properties over generated sentences', () => {
  it('masks a mobile, a checksummed ID or a keyworded card whatever word follows it', () => {
    fc.assert(
      fc.property(lead, secret, spacing, follower, (before, s, gap, after) => {
        const sentence = `${before}${s.keyword}${gap}${s.value}${gap}${after}`;
        const result = maskPersonalData(sentence);
        expect(result.text).not.toContain(s.value);
        expect(result.spans.map((span) => span.kind)).toContain(s.kind);
        // What follows the number is kept as written.
        expect(result.text.endsWith(`${gap}${after}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never touches an amount of up to nine digits with its unit', () => {
    fc.assert(
      fc.property(lead, fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom('元', '块', '万', '千', '百', '%', '元钱'), (before, amount, unit) => {
        const sentence = `${before}欠了${amount}${unit}，还不上`;
        expect(maskPersonalData(sentence).text).toBe(sentence);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: masked text is never masked again', () => {
    fc.assert(
      fc.property(lead, secret, spacing, follower, (before, s, gap, after) => {
        const once = maskPersonalData(`${before}${s.keyword}${gap}${s.value}${gap}${after}`).text;
        expect(maskPersonalData(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
