/**
 * Test corpus for lib/privacy/mask-personal-data.ts.
 *
 * Every sentence is written for this test: someone describing their overdue
 * debt situation. No real person's data is used:
 *  - ID and card numbers are synthesised here (region code + invented birth
 *    date + sequence, with the check digit COMPUTED; card numbers are an
 *    issuer prefix + digits of pi + a computed Luhn digit);
 *  - phone numbers are patterned placeholders (13800138000, 1xx0000xxxx);
 *  - e-mail domains are example.com/.org/.net or generic provider domains
 *    with invented local parts.
 */

export type Kind = 'phone' | 'id_card' | 'bank_card' | 'email' | 'im_handle';

export interface PositiveCase {
  id: string;
  input: string;
  /** Exact expected output of maskPersonalData(input).text. */
  expected: string;
  /** Kinds of the returned spans, in order. */
  kinds: Kind[];
  /** Sensitive values (canonical ASCII form) that must not survive masking. */
  secrets: string[];
}

export interface NegativeCase {
  id: string;
  input: string;
  /** Why this must be left alone. */
  why: string;
}

// ---------------------------------------------------------------------------
// Generators (check digits are computed, never copied from anywhere)
// ---------------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits of an ID. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(first17[k]) * (ID_WEIGHTS[k] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '?';
}

/** An 18-digit ID: 6-digit region + YYYYMMDD + 3-digit sequence + computed check char. */
export function makeId18(region: string, birth: string, seq: string): string {
  const body = region + birth + seq;
  return body + idCheckChar(body);
}

/** Like makeId18 but searches the sequence number so the check char is `want` (e.g. 'X'). */
export function makeId18WithCheck(region: string, birth: string, want: string): string {
  for (let s = 100; s < 1000; s++) {
    const id = makeId18(region, birth, String(s));
    if (id.endsWith(want)) return id;
  }
  throw new Error(`no sequence gives check char ${want}`);
}

/** Same ID body with a different, therefore wrong, check character. */
export function withWrongCheck(id: string): string {
  const right = id.slice(-1);
  const wrong = right === '0' ? '1' : '0';
  return id.slice(0, -1) + wrong;
}

export function luhnCheckDigit(body: string): string {
  let sum = 0;
  // The check digit will sit at the right, so the body's last digit is doubled.
  let double = true;
  for (let k = body.length - 1; k >= 0; k--) {
    let v = Number(body[k]);
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    double = !double;
  }
  return String((10 - (sum % 10)) % 10);
}

const PI_DIGITS = '14159265358979323846264338327950288419716939937510582097494459230781640628620899';

/** A Luhn-valid card number: issuer prefix + digits of pi (from `offset`) + check digit. */
export function makeCard(prefix: string, length: number, offset = 0): string {
  const fill = PI_DIGITS.slice(offset, offset + length - 1 - prefix.length);
  const body = prefix + fill;
  return body + luhnCheckDigit(body);
}

export function luhnValid(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/**
 * 16 Luhn-valid digits followed by a short group, where the whole 19 digits
 * fail Luhn: "6222 0214 1592 6539 123". Its first 16 digits must not be
 * masked as a card of their own.
 */
export function luhnValidPrefixOfInvalid19(card16: string): string {
  for (let tail = 100; tail < 1000; tail++) {
    const whole = card16 + String(tail);
    if (!luhnValid(whole)) return whole;
  }
  throw new Error('unreachable');
}

/**
 * An 18-digit ID-shaped number with a WRONG check digit chosen so that the
 * whole number passes Luhn: after 身份证 it must stay unmasked, and it must
 * not be rescued by the bank-card reading.
 */
export function idShapedLuhnValidWrongCheck(region: string, birth: string, seq: string): string {
  const body = region + birth + seq;
  const last = luhnCheckDigit(body);
  if (last === idCheckChar(body)) throw new Error('pick another sequence: Luhn digit is the real check digit');
  return body + last;
}

/** Same number with the last digit changed, so it fails Luhn. */
export function breakLuhn(card: string): string {
  const last = Number(card.slice(-1));
  return card.slice(0, -1) + String((last + 1) % 10);
}

/** "6222021234567890" -> "6222 0212 3456 7890" (last group may be short). */
export function group4(s: string, sep = ' '): string {
  return (s.match(/.{1,4}/g) ?? []).join(sep);
}

/** ASCII -> full-width forms (what a Chinese IME in full-width mode produces). */
export function toFullWidth(s: string): string {
  return [...s]
    .map((c) => {
      const cp = c.codePointAt(0) ?? 0;
      if (c === ' ') return '\u3000';
      return cp >= 0x21 && cp <= 0x7e ? String.fromCodePoint(cp + 0xfee0) : c;
    })
    .join('');
}

/** Digits -> Chinese numerals read one by one. */
export function toChineseDigits(s: string, numerals = '零一二三四五六七八九'): string {
  return [...s].map((c) => (c >= '0' && c <= '9' ? numerals[Number(c)] : c)).join('');
}

/** Puts a zero-width space after every character (the classic filter dodge). */
export function sprinkleZeroWidth(s: string, zw = '\u200B'): string {
  return [...s].join(zw);
}

// Expected mask formats (see the module header).
const maskId18 = (id: string): string => id.slice(0, 3) + '*'.repeat(11) + id.slice(-4).toUpperCase();
const maskId15 = (id: string): string => id.slice(0, 3) + '*'.repeat(9) + id.slice(-3);
const maskCard = (card: string, grouped: boolean): string =>
  grouped ? `${card.slice(0, 4)} **** ${card.slice(-4)}` : `${card.slice(0, 4)}****${card.slice(-4)}`;

// ---------------------------------------------------------------------------
// Synthetic values
// ---------------------------------------------------------------------------

export const ID_BJ = makeId18('110105', '19850412', '321');
export const ID_SH = makeId18('310104', '19920830', '047');
export const ID_GD = makeId18('440305', '19781125', '168');
export const ID_HB = makeId18('420102', '19660715', '219');
export const ID_LEAP = makeId18('330106', '20000229', '052'); // 29 Feb in a leap year
export const ID_X = makeId18WithCheck('510107', '19880101', 'X');
export const ID15_BJ = '110105850412321';
export const ID15_NJ = '320102760903015';

export const CARD16_UP = makeCard('622202', 16, 0);
export const CARD16_B = makeCard('621483', 16, 5);
export const CARD16_VISA = makeCard('4367', 16, 9);
export const CARD16_MC = makeCard('5187', 16, 13);
export const CARD16_MC2 = makeCard('5218', 16, 21);
export const CARD16_C = makeCard('622700', 16, 30);
export const CARD17 = makeCard('621700', 17, 2);
export const CARD18 = makeCard('622848', 18, 0);
export const CARD19 = makeCard('622588', 19, 7);
export const CARD19_B = makeCard('955880', 19, 11);
export const CARD15_AMEX = makeCard('3782', 15, 17);
/** Valid-looking numbers that appear after reference-number keywords. */
export const REF16 = makeCard('620000', 16, 40);
export const REF18 = makeCard('623456', 18, 44);
export const REF19 = makeCard('625000', 19, 50);
export const REF17 = makeCard('628000', 17, 55);

const ZW = '\u200B';

// ---------------------------------------------------------------------------
// Positive cases
// ---------------------------------------------------------------------------

export const positives: PositiveCase[] = [
  // ---- Mainland mobile numbers -------------------------------------------
  {
    id: 'phone-plain',
    input: '催收每天打我手机13800138000，烦死了',
    expected: '催收每天打我手机138****8000，烦死了',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'phone-plus86-glued',
    input: '我的号码是+8613912345678，晚上十点以后别打',
    expected: '我的号码是139****5678，晚上十点以后别打',
    kinds: ['phone'],
    secrets: ['13912345678'],
  },
  {
    id: 'phone-plus86-spaced',
    input: '有事联系我 +86 139 1234 5678，我尽量接',
    expected: '有事联系我 139****5678，我尽量接',
    kinds: ['phone'],
    secrets: ['13912345678'],
  },
  {
    id: 'phone-0086',
    input: '我在国外，家里人用0086 15000000001帮我接催收电话',
    expected: '我在国外，家里人用150****0001帮我接催收电话',
    kinds: ['phone'],
    secrets: ['15000000001'],
  },
  {
    id: 'phone-paren-plus86-fullwidth',
    input: '催收员留的回拨号码是（+86）18600000000，说不打就起诉',
    expected: '催收员留的回拨号码是186****0000，说不打就起诉',
    kinds: ['phone'],
    secrets: ['18600000000'],
  },
  {
    id: 'phone-paren-plus86-hyphens',
    input: '短信让我回拨(+86) 137-0000-1234 协商分期',
    expected: '短信让我回拨137****1234 协商分期',
    kinds: ['phone'],
    secrets: ['13700001234'],
  },
  {
    id: 'phone-86-dash',
    input: '他们让我打86-13900001111确认还款',
    expected: '他们让我打139****1111确认还款',
    kinds: ['phone'],
    secrets: ['13900001111'],
  },
  {
    id: 'phone-spaces-3-4-4',
    input: '我老婆的电话 177 0000 2222 也被爆了通讯录',
    expected: '我老婆的电话 177****2222 也被爆了通讯录',
    kinds: ['phone'],
    secrets: ['17700002222'],
  },
  {
    id: 'phone-hyphens',
    input: '紧急联系人填的是188-0000-3333，现在天天被骚扰',
    expected: '紧急联系人填的是188****3333，现在天天被骚扰',
    kinds: ['phone'],
    secrets: ['18800003333'],
  },
  {
    id: 'phone-dots',
    input: '我爸的号码159.0000.4444也被他们打过',
    expected: '我爸的号码159****4444也被他们打过',
    kinds: ['phone'],
    secrets: ['15900004444'],
  },
  {
    id: 'phone-every-digit-spaced',
    input: '你们可以打 1 8 9 0 0 0 0 1 2 3 4 找我，别打我单位',
    expected: '你们可以打 189****1234 找我，别打我单位',
    kinds: ['phone'],
    secrets: ['18900001234'],
  },
  {
    id: 'phone-fullwidth-digits',
    input: '手机：１５９００００４４４４，求大神帮忙看看',
    expected: '手机：159****4444，求大神帮忙看看',
    kinds: ['phone'],
    secrets: ['15900004444'],
  },
  {
    id: 'phone-chinese-numerals',
    input: '我手机号是一三八零零一三八零零零，怕被人搜到',
    expected: '我手机号是138****8000，怕被人搜到',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'phone-yao-dong',
    input: '催收员念的号码是幺三九洞洞洞洞幺幺幺幺，一天打八次',
    expected: '催收员念的号码是139****1111，一天打八次',
    kinds: ['phone'],
    secrets: ['13900001111'],
  },
  {
    id: 'phone-liang',
    input: '打给我：一五八两两三三四四五五，白天都在',
    expected: '打给我：158****4455，白天都在',
    kinds: ['phone'],
    secrets: ['15822334455'],
  },
  {
    id: 'phone-mixed-ascii-and-chinese',
    input: '备用机 135零零零零6666 平时不开机',
    expected: '备用机 135****6666 平时不开机',
    kinds: ['phone'],
    secrets: ['13500006666'],
  },
  {
    id: 'phone-zero-width-inside',
    input: `电话1${ZW}3${ZW}8${ZW}0013\u200D8000有人打吗`,
    expected: '电话138****8000有人打吗',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'phone-bidi-around',
    input: '号码\u202D18900001234\u202C别外传',
    expected: '号码\u202D189****1234\u202C别外传',
    kinds: ['phone'],
    secrets: ['18900001234'],
  },
  {
    id: 'phone-fullwidth-hyphens',
    input: '电话 １３８－００１３－８０００ 是我妈的',
    expected: '电话 138****8000 是我妈的',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'phone-ideographic-spaces',
    input: '新号１９９\u3000００００\u3000５５５５，旧号不用了',
    expected: '新号199****5555，旧号不用了',
    kinds: ['phone'],
    secrets: ['19900005555'],
  },
  {
    id: 'phone-circled-digits',
    input: '他们把我号码写成①③⑧⓪⓪①③⑧⓪⓪⓪发到群里',
    expected: '他们把我号码写成138****8000发到群里',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'phone-keycap-emoji',
    input: '我的号码 1️⃣3️⃣8️⃣0️⃣0️⃣1️⃣3️⃣8️⃣0️⃣0️⃣0️⃣ 谁都能看到',
    expected: '我的号码 138****8000 谁都能看到',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'phone-landline-with-keyword',
    input: '单位座机电话 010-62345678 也被打了',
    expected: '单位座机电话 010****5678 也被打了',
    kinds: ['phone'],
    secrets: ['01062345678'],
  },
  {
    id: 'phone-two-numbers',
    input: '我的13800138000和我妈的13900001111都被骚扰了',
    expected: '我的138****8000和我妈的139****1111都被骚扰了',
    kinds: ['phone', 'phone'],
    secrets: ['13800138000', '13900001111'],
  },
  {
    id: 'phone-keyword-beats-earlier-order-word',
    input: '订单号早就忘了，联系电话13700001234',
    expected: '订单号早就忘了，联系电话137****1234',
    kinds: ['phone'],
    secrets: ['13700001234'],
  },
  {
    id: 'phone-colon-and-spaces',
    input: '手机号 ：  16600007777。',
    expected: '手机号 ：  166****7777。',
    kinds: ['phone'],
    secrets: ['16600007777'],
  },
  {
    id: 'phone-followed-by-yigong',
    input: '他说还不上就打我的号13300002020一共打了二十次',
    expected: '他说还不上就打我的号133****2020一共打了二十次',
    kinds: ['phone'],
    secrets: ['13300002020'],
  },
  {
    id: 'phone-after-amount-in-same-run',
    input: '欠了5000 13800138000是我电话',
    expected: '欠了5000 138****8000是我电话',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },

  // ---- Resident ID numbers ----------------------------------------------
  {
    id: 'id18-with-keyword',
    input: `我身份证号是${ID_BJ}，会不会被起诉？`,
    expected: `我身份证号是${maskId18(ID_BJ)}，会不会被起诉？`,
    kinds: ['id_card'],
    secrets: [ID_BJ],
  },
  {
    id: 'id18-no-keyword',
    input: `催收短信里直接写了${ID_SH}这串号，太吓人了`,
    expected: `催收短信里直接写了${maskId18(ID_SH)}这串号，太吓人了`,
    kinds: ['id_card'],
    secrets: [ID_SH],
  },
  {
    id: 'id18-check-X',
    input: `身份证${ID_X}已经被网贷平台拍照了`,
    expected: `身份证${maskId18(ID_X)}已经被网贷平台拍照了`,
    kinds: ['id_card'],
    secrets: [ID_X],
  },
  {
    id: 'id18-check-lowercase-x',
    input: `证件号码：${ID_X.toLowerCase()}，他们说要上征信`,
    expected: `证件号码：${maskId18(ID_X)}，他们说要上征信`,
    kinds: ['id_card'],
    secrets: [ID_X, ID_X.toLowerCase()],
  },
  {
    id: 'id18-grouped-6-8-4',
    input: `身份证号 ${ID_GD.slice(0, 6)} ${ID_GD.slice(6, 14)} ${ID_GD.slice(14)} 被借款人填在了紧急联系人里`,
    expected: `身份证号 ${maskId18(ID_GD)} 被借款人填在了紧急联系人里`,
    kinds: ['id_card'],
    secrets: [ID_GD],
  },
  {
    id: 'id18-leap-day-hyphens',
    input: `我妹的身份证${ID_LEAP.slice(0, 6)}-${ID_LEAP.slice(6, 14)}-${ID_LEAP.slice(14)}也被拿去借了`,
    expected: `我妹的身份证${maskId18(ID_LEAP)}也被拿去借了`,
    kinds: ['id_card'],
    secrets: [ID_LEAP],
  },
  {
    id: 'id18-fullwidth',
    input: `身份证：${toFullWidth(ID_HB)}，请问这样发出来安全吗`,
    expected: `身份证：${maskId18(ID_HB)}，请问这样发出来安全吗`,
    kinds: ['id_card'],
    secrets: [ID_HB],
  },
  {
    id: 'id18-zero-width-everywhere',
    input: `他们发来的截图上有${sprinkleZeroWidth(ID_LEAP)}，是我的`,
    expected: `他们发来的截图上有${maskId18(ID_LEAP)}，是我的`,
    kinds: ['id_card'],
    secrets: [ID_LEAP],
  },
  {
    id: 'id18-chinese-numerals',
    input: `身份证念出来是${toChineseDigits(ID_SH)}`,
    expected: `身份证念出来是${maskId18(ID_SH)}`,
    kinds: ['id_card'],
    secrets: [ID_SH],
  },
  {
    id: 'id18-and-phone',
    input: `实名信息${ID_SH}，手机13800138000都泄露了`,
    expected: `实名信息${maskId18(ID_SH)}，手机138****8000都泄露了`,
    kinds: ['id_card', 'phone'],
    secrets: [ID_SH, '13800138000'],
  },
  {
    id: 'id15-legacy',
    input: `老身份证是${ID15_BJ}，现在还能查到吗`,
    expected: `老身份证是${maskId15(ID15_BJ)}，现在还能查到吗`,
    kinds: ['id_card'],
    secrets: [ID15_BJ],
  },
  {
    id: 'id15-grouped-6-6-3-no-keyword',
    input: `我爸那张${ID15_NJ.slice(0, 6)} ${ID15_NJ.slice(6, 12)} ${ID15_NJ.slice(12)}的旧证也被拿去贷款了`,
    expected: `我爸那张${maskId15(ID15_NJ)}的旧证也被拿去贷款了`,
    kinds: ['id_card'],
    secrets: [ID15_NJ],
  },
  {
    id: 'id15-odd-grouping-with-keyword',
    input: `身份证号 ${group4(ID15_BJ)} 是我十几年前的`,
    expected: `身份证号 ${maskId15(ID15_BJ)} 是我十几年前的`,
    kinds: ['id_card'],
    secrets: [ID15_BJ],
  },

  // ---- Bank cards --------------------------------------------------------
  {
    id: 'card16-ungrouped-keyword',
    input: `我的卡号是${CARD16_UP}，已经被冻结了`,
    expected: `我的卡号是${maskCard(CARD16_UP, false)}，已经被冻结了`,
    kinds: ['bank_card'],
    secrets: [CARD16_UP],
  },
  {
    id: 'card16-grouped-spaces',
    input: `工资卡 ${group4(CARD16_B)} 里的钱被划走了`,
    expected: `工资卡 ${maskCard(CARD16_B, true)} 里的钱被划走了`,
    kinds: ['bank_card'],
    secrets: [CARD16_B],
  },
  {
    id: 'card16-grouped-hyphens',
    input: `还款卡${group4(CARD16_VISA, '-')}扣款失败`,
    expected: `还款卡${maskCard(CARD16_VISA, true)}扣款失败`,
    kinds: ['bank_card'],
    secrets: [CARD16_VISA],
  },
  {
    id: 'card16-credit',
    input: `信用卡${CARD16_MC}逾期三个月了`,
    expected: `信用卡${maskCard(CARD16_MC, false)}逾期三个月了`,
    kinds: ['bank_card'],
    secrets: [CARD16_MC],
  },
  {
    id: 'card17-ungrouped',
    input: `${CARD17}这张卡被起诉了`,
    expected: `${maskCard(CARD17, false)}这张卡被起诉了`,
    kinds: ['bank_card'],
    secrets: [CARD17],
  },
  {
    id: 'card17-grouped',
    input: `卡号 ${group4(CARD17)}，求问怎么协商`,
    expected: `卡号 ${maskCard(CARD17, true)}，求问怎么协商`,
    kinds: ['bank_card'],
    secrets: [CARD17],
  },
  {
    id: 'card18-ungrouped',
    input: `农行卡${CARD18}被冻结`,
    expected: `农行卡${maskCard(CARD18, false)}被冻结`,
    kinds: ['bank_card'],
    secrets: [CARD18],
  },
  {
    id: 'card18-grouped',
    input: `银行卡号：${group4(CARD18)}，请帮我看看还能不能用`,
    expected: `银行卡号：${maskCard(CARD18, true)}，请帮我看看还能不能用`,
    kinds: ['bank_card'],
    secrets: [CARD18],
  },
  {
    id: 'card19-ungrouped',
    input: `借记卡 ${CARD19} 一直在扣钱`,
    expected: `借记卡 ${maskCard(CARD19, false)} 一直在扣钱`,
    kinds: ['bank_card'],
    secrets: [CARD19],
  },
  {
    id: 'card19-grouped-starts-with-9',
    input: `${group4(CARD19_B)}是我的工资卡`,
    expected: `${maskCard(CARD19_B, true)}是我的工资卡`,
    kinds: ['bank_card'],
    secrets: [CARD19_B],
  },
  {
    id: 'card19-bin-plus-account',
    input: `开户行给的是${CARD19.slice(0, 6)} ${CARD19.slice(6)}`,
    expected: `开户行给的是${maskCard(CARD19, true)}`,
    kinds: ['bank_card'],
    secrets: [CARD19],
  },
  {
    id: 'card15-amex-with-keyword',
    input: `信用卡卡号 ${CARD15_AMEX} 美国运通的`,
    expected: `信用卡卡号 ${maskCard(CARD15_AMEX, false)} 美国运通的`,
    kinds: ['bank_card'],
    secrets: [CARD15_AMEX],
  },
  {
    id: 'card16-fullwidth',
    input: `卡号：${toFullWidth(CARD16_C)}`,
    expected: `卡号：${maskCard(CARD16_C, false)}`,
    kinds: ['bank_card'],
    secrets: [CARD16_C],
  },
  {
    id: 'card16-zero-width',
    input: `储蓄卡 ${sprinkleZeroWidth(group4(CARD16_UP), '\u2060')} 请勿外传`,
    expected: `储蓄卡 ${maskCard(CARD16_UP, true)} 请勿外传`,
    kinds: ['bank_card'],
    secrets: [CARD16_UP],
  },
  {
    id: 'card16-odd-grouping-with-keyword',
    input: `银行卡 ${CARD16_B.slice(0, 5)} ${CARD16_B.slice(5, 10)} ${CARD16_B.slice(10, 15)} ${CARD16_B.slice(15)} 被盗刷`,
    expected: `银行卡 ${maskCard(CARD16_B, true)} 被盗刷`,
    kinds: ['bank_card'],
    secrets: [CARD16_B],
  },
  {
    id: 'card16-after-amount',
    input: `欠了5000元，还款卡是${CARD16_MC2}`,
    expected: `欠了5000元，还款卡是${maskCard(CARD16_MC2, false)}`,
    kinds: ['bank_card'],
    secrets: [CARD16_MC2],
  },

  // ---- E-mail -------------------------------------------------------------
  {
    id: 'email-plain',
    input: '有事发邮件到 debtor.wang@example.com，我每天都看',
    expected: '有事发邮件到 d***@example.com，我每天都看',
    kinds: ['email'],
    secrets: ['debtor.wang'],
  },
  {
    id: 'email-at-dot-words',
    input: '邮箱是 zhangsan at example dot com，律师函可以发这里',
    expected: '邮箱是 z***@example.com，律师函可以发这里',
    kinds: ['email'],
    secrets: ['zhangsan'],
  },
  {
    id: 'email-paren-at-dot',
    input: '可以写信给 lisi(at)example(dot)org 咨询',
    expected: '可以写信给 l***@example.org 咨询',
    kinds: ['email'],
    secrets: ['lisi'],
  },
  {
    id: 'email-square-at-dot',
    input: 'chen_lawyer[at]example[dot]net 是我的邮箱',
    expected: 'c***@example.net 是我的邮箱',
    kinds: ['email'],
    secrets: ['chen_lawyer'],
  },
  {
    id: 'email-fullwidth',
    input: '邮箱：ｗａｎｇｗｕ＠ｅｘａｍｐｌｅ．ｃｏｍ',
    expected: '邮箱：w***@example.com',
    kinds: ['email'],
    secrets: ['wangwu'],
  },
  {
    id: 'email-aite',
    input: '我的邮箱 xiaoli2024 艾特 qq.com，有资料发我',
    expected: '我的邮箱 x***@qq.com，有资料发我',
    kinds: ['email'],
    secrets: ['xiaoli2024'],
  },
  {
    id: 'email-uppercase-AT-DOT',
    input: '联系 ZHAO.LIU AT EXAMPLE DOT CN 就行',
    expected: '联系 Z***@EXAMPLE.CN 就行',
    kinds: ['email'],
    secrets: ['ZHAO.LIU'],
  },
  {
    id: 'email-ideographic-full-stop',
    input: '发到 liu@example。com 吧',
    expected: '发到 l***@example.com 吧',
    kinds: ['email'],
    secrets: ['liu@'],
  },
  {
    id: 'email-subdomain',
    input: '客服让我发到 a.b-c@mail.example.com.cn 了',
    expected: '客服让我发到 a***@mail.example.com.cn 了',
    kinds: ['email'],
    secrets: ['a.b-c'],
  },
  {
    id: 'email-phone-as-local-part',
    input: '我的QQ邮箱是13800138000@qq.com',
    expected: '我的QQ邮箱是1***@qq.com',
    kinds: ['email'],
    secrets: ['13800138000'],
  },
  {
    id: 'email-dian',
    input: 'sun@example点com 这个邮箱也是我的',
    expected: 's***@example.com 这个邮箱也是我的',
    kinds: ['email'],
    secrets: ['sun@'],
  },
  {
    id: 'email-fullwidth-paren-spaced',
    input: '备用邮箱 zhou （at） example （dot） com，别发垃圾邮件',
    expected: '备用邮箱 z***@example.com，别发垃圾邮件',
    kinds: ['email'],
    secrets: ['zhou'],
  },
  {
    id: 'email-spaced-at-sign',
    input: '催收的人居然知道我的 tang @ example.com',
    expected: '催收的人居然知道我的 t***@example.com',
    kinds: ['email'],
    secrets: ['tang'],
  },
  {
    id: 'email-lenticular-at',
    input: '写信到 ma【at】example.com 也行',
    expected: '写信到 m***@example.com 也行',
    kinds: ['email'],
    secrets: ['ma【at】', 'ma@'],
  },

  // ---- WeChat / QQ handles -------------------------------------------------
  {
    id: 'im-weixin',
    input: '加我微信 ashore_helper 聊，别在帖子里说',
    expected: '加我微信 as**** 聊，别在帖子里说',
    kinds: ['im_handle'],
    secrets: ['ashore_helper'],
  },
  {
    id: 'im-weixinhao',
    input: '微信号：Debt-free2024，同样经历的可以交流',
    expected: '微信号：De****，同样经历的可以交流',
    kinds: ['im_handle'],
    secrets: ['Debt-free2024'],
  },
  {
    id: 'im-VX',
    input: '有需要的 VX: shore_mate88',
    expected: '有需要的 VX: sh****',
    kinds: ['im_handle'],
    secrets: ['shore_mate88'],
  },
  {
    id: 'im-vx',
    input: '私聊 vx shore_mate99 拉群',
    expected: '私聊 vx sh**** 拉群',
    kinds: ['im_handle'],
    secrets: ['shore_mate99'],
  },
  {
    id: 'im-V-xin',
    input: 'V信 lanlan_2023 可以私聊',
    expected: 'V信 la**** 可以私聊',
    kinds: ['im_handle'],
    secrets: ['lanlan_2023'],
  },
  {
    id: 'im-jia-V',
    input: '加V daxiong1990，一起想办法',
    expected: '加V da****，一起想办法',
    kinds: ['im_handle'],
    secrets: ['daxiong1990'],
  },
  {
    id: 'im-jia-v',
    input: '有问题加v xiaomei_88 私聊',
    expected: '有问题加v xi**** 私聊',
    kinds: ['im_handle'],
    secrets: ['xiaomei_88'],
  },
  {
    id: 'im-jia-V-xin',
    input: '加V信 dahai_2022 备注上岸',
    expected: '加V信 da**** 备注上岸',
    kinds: ['im_handle'],
    secrets: ['dahai_2022'],
  },
  {
    id: 'im-wx',
    input: 'wx：helper_wang 备注上岸',
    expected: 'wx：he**** 备注上岸',
    kinds: ['im_handle'],
    secrets: ['helper_wang'],
  },
  {
    id: 'im-WeChat',
    input: 'WeChat: ashoreUser01 (overseas)',
    expected: 'WeChat: as**** (overseas)',
    kinds: ['im_handle'],
    secrets: ['ashoreUser01'],
  },
  {
    id: 'im-weixin-wxid',
    input: '微信号是 wxid_abc12345 加的时候备注',
    expected: '微信号是 wx**** 加的时候备注',
    kinds: ['im_handle'],
    secrets: ['wxid_abc12345'],
  },
  {
    id: 'im-weixin-variant-薇信',
    input: '薇信 liuliu_666 拉你进互助群',
    expected: '薇信 li**** 拉你进互助群',
    kinds: ['im_handle'],
    secrets: ['liuliu_666'],
  },
  {
    id: 'im-weixin-variant-威信',
    input: '威信：wei_xin_8899',
    expected: '威信：we****',
    kinds: ['im_handle'],
    secrets: ['wei_xin_8899'],
  },
  {
    id: 'im-QQ',
    input: 'QQ 123456789 随时在线',
    expected: 'QQ 12**** 随时在线',
    kinds: ['im_handle'],
    secrets: ['123456789'],
  },
  {
    id: 'im-QQhao',
    input: '我的QQ号是88886666，欢迎加',
    expected: '我的QQ号是88****，欢迎加',
    kinds: ['im_handle'],
    secrets: ['88886666'],
  },
  {
    id: 'im-qq-glued-lowercase',
    input: '加qq987654321聊聊',
    expected: '加qq98****聊聊',
    kinds: ['im_handle'],
    secrets: ['987654321'],
  },
  {
    id: 'im-koukou',
    input: '扣扣：77778888 备注论坛',
    expected: '扣扣：77**** 备注论坛',
    kinds: ['im_handle'],
    secrets: ['77778888'],
  },
  {
    id: 'im-qie-chinese-numerals',
    input: '企鹅 五五六六七七八八 晚上在线',
    expected: '企鹅 55**** 晚上在线',
    kinds: ['im_handle'],
    secrets: ['55667788'],
  },
  {
    id: 'im-qq-fullwidth',
    input: 'ＱＱ号码：２４６８１３５７９',
    expected: 'ＱＱ号码：24****',
    kinds: ['im_handle'],
    secrets: ['246813579'],
  },
  // A unit character that starts an ordinary word (千万别, 万一, 元旦, 百度) is
  // no amount, and an amount reading never beats a keyword, a mobile or an
  // ID check digit.
  {
    id: 'unit-word-qianwan-after-phone',
    input: '我手机13800138000千万别告诉我家人',
    expected: '我手机138****8000千万别告诉我家人',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'unit-word-wanyi-after-phone',
    input: '催收打我电话 13800138000 万一再打我就报警',
    expected: '催收打我电话 138****8000 万一再打我就报警',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'unit-word-yuandan-after-phone',
    input: '我手机13800138000元旦后换号',
    expected: '我手机138****8000元旦后换号',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'unit-word-baidu-after-phone',
    input: '电话13800138000百度能搜到',
    expected: '电话138****8000百度能搜到',
    kinds: ['phone'],
    secrets: ['13800138000'],
  },
  {
    id: 'unit-word-wanyi-after-id',
    input: '身份证号 110101199003071233 万一泄露怎么办',
    expected: '身份证号 110***********1233 万一泄露怎么办',
    kinds: ['id_card'],
    secrets: ['110101199003071233'],
  },
];

// ---------------------------------------------------------------------------
// Negative cases / look-alikes
// ---------------------------------------------------------------------------

export const negatives: NegativeCase[] = [
  { id: 'amount-yuan', input: '这个月又欠了12000元，真的还不上了', why: 'amount' },
  { id: 'amount-yen-decimals', input: '对方要求三天内还¥12,000.00，不然就上门', why: 'amount' },
  { id: 'amount-wan', input: '一开始只借了1.2万，现在利息滚到3万5了', why: 'amount' },
  { id: 'amount-thousands', input: '本金12,000，利息4,800，罚息另算', why: 'amount' },
  { id: 'amount-fullwidth-yen', input: '欠款总额￥13800元，月供1380.00元', why: 'amount' },
  { id: 'amount-big-yuan', input: `平台说我总共欠了${CARD16_UP}元，简直离谱`, why: 'Luhn-valid digits but an amount (元)' },
  { id: 'amount-decimals-list', input: '这两个月分别还了1380.00 1500.5，还差一点', why: 'decimal amounts, not a phone' },
  { id: 'date-iso', input: '2024-03-15那天第一次逾期', why: 'date' },
  { id: 'date-chinese', input: '2024年3月15日收到了所谓的律师函', why: 'date' },
  { id: 'date-8-digits', input: '合同上的签署日期是20240315', why: '8-digit date' },
  { id: 'date-slashes-time', input: '还款日是2024/03/15，下午14:30之前', why: 'date and time' },
  { id: 'date-list', input: '2024-03-15 2024-04-15 2024-05-15 三次还款都晚了', why: 'several dates in a row' },
  { id: 'years', input: '我2019年开始借网贷，到2024年已经五年了', why: 'years' },
  { id: 'percentages', input: '年化利率居然有36%，还有个平台是24.5%', why: 'percentages' },
  { id: 'percentage-decimal', input: '逾期率13.8%，比去年高', why: 'percentage' },
  { id: 'hotline-bank-carrier', input: '我打了95588投诉，也打了10086', why: 'public hotlines' },
  { id: 'hotline-regulators', input: '可以打12378银保监热线，或者12315消费者投诉', why: 'public hotlines' },
  { id: 'hotline-400', input: '客服电话400-820-8820一直占线', why: '400 number' },
  { id: 'hotline-chinese-numerals', input: '打幺零零八六问了半天也没用', why: 'hotline read aloud' },
  { id: 'masked-phone', input: '他们手里有我的138****8000，这还算脱敏？', why: 'already masked' },
  { id: 'masked-card', input: '卡尾号是6222 **** 1234，不是我的卡', why: 'already masked' },
  { id: 'masked-id', input: '截图里身份证显示110***********123X', why: 'already masked' },
  { id: 'masked-email', input: '之前发过的 z***@example.com 已经停用了', why: 'already masked' },
  { id: 'masked-handles', input: 'QQ 12****，微信 ab**** 是我之前打码的', why: 'already masked' },
  { id: 'eleven-digits-starting-12', input: '这串12345678901不是手机号，是会员码', why: '11 digits, not 1[3-9]' },
  { id: 'eleven-digits-starting-10', input: '系统里的客户号10123456789', why: '11 digits, not 1[3-9]' },
  { id: 'eleven-digits-starting-20', input: '这串20240315123也不是电话', why: '11 digits, not 1[3-9]' },
  { id: 'luhn-fail-16', input: `这张卡${breakLuhn(CARD16_UP)}是假的`, why: 'fails Luhn' },
  { id: 'luhn-fail-19-grouped-keyword', input: `卡号${group4(breakLuhn(CARD19))}校验不过`, why: 'fails Luhn' },
  { id: 'luhn-fail-16-keyword', input: `卡号${breakLuhn(CARD16_B)}我抄错了一位`, why: 'fails Luhn' },
  {
    id: 'luhn-valid-prefix-of-longer-card',
    input: `卡号${group4(luhnValidPrefixOfInvalid19(CARD16_UP))}好像多抄了三位`,
    why: 'the first 16 digits pass Luhn but are only part of a longer (invalid) number',
  },
  {
    id: 'id-wrong-check-luhn-valid',
    input: `身份证号${idShapedLuhnValidWrongCheck('440305', '19781125', '168')}，最后一位好像记错了`,
    why: 'wrong ID check digit; after 身份证 it is not re-read as a bank card',
  },
  { id: 'id-wrong-check', input: `身份证号${withWrongCheck(ID_BJ)}，这个号码校验位不对`, why: 'wrong check digit' },
  {
    id: 'id-impossible-date',
    input: `身份证${makeId18('110105', '19900230', '123')}是他们伪造的，2月没有30号`,
    why: '30 February',
  },
  { id: 'id-year-1899', input: `身份证号${makeId18('110105', '18991231', '456')}，显然是瞎编的`, why: 'year < 1900' },
  { id: 'id-future-year', input: `身份证号${makeId18('110105', '21000101', '456')}是假的`, why: 'born in the future' },
  { id: 'id15-month-13', input: '老身份证号110105901345123？月份都不对', why: 'month 13' },
  { id: 'order-number-card-like', input: `订单号：${REF16}，退款一直没到`, why: 'order number' },
  { id: 'order-number-phone-like', input: '订单号 13800138000 查不到物流', why: 'order number' },
  { id: 'express-number', input: `快递单号 ${REF18} 显示已签收`, why: 'tracking number' },
  { id: 'contract-number-id-like', input: `合同编号${ID_X}，里面写的利率超过了24%`, why: 'contract number' },
  { id: 'waybill-number', input: `运单号：${REF17}`, why: 'waybill number' },
  { id: 'serial-number', input: `流水号 ${REF19}，银行说转账成功了`, why: 'transaction serial' },
  { id: 'case-number', input: '案号是（2024）京0105民初12345号，已经立案了', why: 'court case number' },
  { id: 'ticket-number', input: '工单 13900001111 已经提交给客服了', why: 'ticket number' },
  { id: 'loan-reference', input: `借款编号：${REF17}`, why: 'reference number' },
  { id: 'contract-number-grouped', input: `合同号 ${group4(REF16)}`, why: 'contract number' },
  { id: 'wechat-too-short', input: '他们加了我微信 abc 说要协商', why: 'handle too short' },
  { id: 'qq-group', input: '我在QQ群 123456789 里看到的消息', why: 'a QQ group number, not a handle' },
  { id: 'forum-mention', input: '@小王 你也被催收了吗？', why: 'forum @mention' },
  { id: 'forum-mention-latin', input: '感谢 @xiao.ming 的建议，我去试试', why: 'forum @mention' },
  { id: 'chinese-number-words', input: '一共欠了两三万，一两个月肯定还不上', why: 'ordinary number words' },
  { id: 'timestamp-ms', input: '截图时间戳是1710489600000', why: '13-digit timestamp' },
  { id: 'amex-without-keyword', input: `会员号${CARD15_AMEX}`, why: '15 digits without a card keyword' },
  { id: 'landline-without-keyword', input: '老家是010-62345678那一片的', why: 'landline only masked after phone keyword' },
  { id: 'tracking-code-with-letters', input: `物流码SF${REF16}已揽收`, why: 'alphanumeric code' },
];
