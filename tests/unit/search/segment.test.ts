import { describe, expect, it } from 'vitest';
import { customWords } from '@/lib/search/dictionary';
import { cleanQuery, distinctiveWords, foldEnglish, queryTerms, segmentWords, toSearchText } from '@/lib/search/segment';

const tokens = (text: string) => toSearchText(text).split(' ');

describe('segmenting posts for search', () => {
  it.each([
    ['催收', '他们说这是正常的催收流程'],
    ['上门催收', '去年被上门催收了两次'],
    ['停息挂账', '申请停息挂账成功了'],
    ['律师函', '收到一封律师函'],
    ['协商还款', '和银行协商还款'],
    ['结清', '终于结清了'],
    ['征信', '会影响征信吗'],
    ['花呗', '我的花呗逾期了'],
    ['借呗', '借呗也没还'],
    ['微粒贷', '微粒贷欠了一万'],
    ['京东白条', '京东白条逾期三个月'],
    ['招联金融', '招联金融打电话给我'],
    ['信用卡', '招商银行信用卡逾期'],
    ['爆通讯录', '催收说要爆通讯录'],
    ['个性化分期', '申请个性化分期'],
  ])('keeps %s whole', (word, sentence) => {
    expect(segmentWords(sentence)).toContain(word);
  });

  it('keeps every dictionary word whole on its own', () => {
    for (const word of customWords) expect(segmentWords(word), word).toEqual([word]);
  });

  it('indexes the parts of a compound after the whole words, so 催收 finds 上门催收', () => {
    const text = toSearchText('去年被上门催收了两次');
    expect(text).toBe('去年 被 上门催收 了 两次 上门 催收');
    expect(tokens('京东白条逾期')).toEqual(expect.arrayContaining(['京东白条', '京东', '白条']));
    expect(tokens('美团月付')).toEqual(expect.arrayContaining(['美团月付', '美团', '月付']));
  });

  it('case-folds English, folds plurals and full-width letters', () => {
    expect(tokens('Collection CALLS from Banks')).toEqual(['collection', 'call', 'from', 'bank']);
    expect(tokens('ＩＣＢＣ　Ｌｏａｎｓ')).toEqual(['icbc', 'loan']);
    expect(foldEnglish('agencies')).toBe('agency');
    expect(foldEnglish('process')).toBe('process');
    expect(foldEnglish('status')).toBe('status');
  });

  it('drops punctuation, symbols and emoji', () => {
    expect(segmentWords('催收！！“律师函”？？😭😭 ……（真的）')).toEqual(['催收', '律师函', '真的']);
    expect(toSearchText('。，、；：？！…—😀')).toBe('');
    expect(tokens('3.5万，利息20%')).toEqual(['3', '5', '万', '利息', '20']);
  });

  it('segments mixed Chinese and English', () => {
    expect(tokens('用花呗分期买了iPhone，被Collection Agency催收')).toEqual(
      expect.arrayContaining(['花呗', '分期', 'iphone', 'collection', 'agency', '催收']),
    );
  });

  it('leaves out link addresses but keeps their text', () => {
    expect(toSearchText('看[这篇律师函攻略](https://example.com/guide)')).toBe('看 这 篇 律师函 攻略 律师');
  });

  it('segments a word alike alone and in a sentence (no guessing from context)', () => {
    for (const word of ['月付', '停息挂账', '网贷', '诉前调解']) {
      expect(segmentWords(word)).toEqual([word]);
      expect(segmentWords(`我的${word}逾期了`)).toContain(word);
    }
  });
});

describe('parsing queries', () => {
  it('matches a compound through its parts and ranks by the whole phrase', () => {
    expect(queryTerms('上门催收')).toMatchObject({ match: ['上门', '催收'], phrases: [['上门催收']] });
    expect(queryTerms('律师函').match).toEqual(['律师函']);
  });

  it('drops words that say nothing on their own', () => {
    expect(queryTerms('上门催收怎么办').match).toEqual(['上门', '催收']);
    expect(queryTerms('how to deal with the collection calls').match).toEqual(['deal', 'collection', 'call']);
    expect(queryTerms("lawyer's letter").match).toEqual(['lawyer', 'letter']);
    expect(queryTerms('的了吗').match).toEqual([]);
  });

  it('turns operators, quotes and SQL into plain words or nothing', () => {
    expect(queryTerms('"&|!():*<->').match).toEqual([]);
    expect(queryTerms("'); drop table threads; --").match).toEqual(['drop', 'table', 'thread']);
    expect(queryTerms('催收 & !起诉').match).toEqual(['催收', '起诉']);
  });

  it('cuts the query to 200 characters and removes control characters', () => {
    expect(cleanQuery('催'.repeat(1000))).toHaveLength(200);
    expect(cleanQuery('上门\u0000催收\u200d')).toBe('上门 催收');
    expect(queryTerms('x'.repeat(1000)).text).toHaveLength(200);
  });

  it('keeps the highlight words longest first', () => {
    expect(queryTerms('上门催收').highlight).toEqual(['上门催收', '上门', '催收']);
  });
});

describe('distinctive words for similar threads', () => {
  it('keeps specific words, longest first, and drops forum-wide commonplaces', () => {
    expect(distinctiveWords('招商银行信用卡逾期三个月，上门催收怎么办')).toEqual(['招商银行', '上门催收']);
    expect(distinctiveWords('信用卡逾期了怎么办')).toEqual([]);
    expect(distinctiveWords('Collection calls every day')).toEqual(['collection', 'call']);
  });
});
