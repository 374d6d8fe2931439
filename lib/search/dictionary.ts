// Words jieba's default dictionary splits or lacks, loaded on top of it so
// they stay whole when text is segmented (lib/search/segment.ts). Without
// them 上门催收 would index as 上门 + 催收 only, 花呗 as 花 + 呗, and a
// query for a lender would have to match single characters.
//
// Compounds are listed together with their meaningful parts (美团月付 and
// 美团, 月付) because search mode only adds sub-words that the dictionary
// knows: the parts are what lets a query for 美团 find 美团月付.
//
// Adding a word changes how new text is segmented; rows written before keep
// their old tokens until they are edited. Queries are matched on sub-words
// (see queryTerms in segment.ts), so a new compound still finds old rows
// that hold its parts.

/** Collection stages and practices, as people write them. */
const collectionTerms = [
  '催收',
  '催收员',
  '催收函',
  '电话催收',
  '短信催收',
  '上门催收',
  '暴力催收',
  '委外催收',
  '第三方催收',
  '短信提醒',
  '上门外访',
  '外访',
  '爆通讯录',
  '律师函',
  '法务函',
  '法务部',
  '停息挂账',
  '停息',
  '挂账',
  '协商还款',
  '个性化分期',
  '分期还款',
  '最低还款',
  '账单分期',
  '延期还款',
  '还款计划',
  '还款协议',
  '结清',
  '全额结清',
  '结清证明',
  '上岸',
  '征信',
  '征信报告',
  '征信记录',
  '逾期',
  '逾期记录',
  '违约金',
  '滞纳金',
  '罚息',
  '减免',
  '减免利息',
  '诉前调解',
  '调解员',
  '起诉',
  '被起诉',
  '立案',
  '传票',
  '开庭',
  '强制执行',
  '失信被执行人',
  '限制高消费',
  '限高',
  '冻结',
  '网贷',
  '以贷养贷',
  '信用卡中心',
  '银保监',
  '金融监管',
  '投诉',
];

/** Lenders and credit products named in the taxonomy and in stories. */
const lenderNames = [
  '信用卡',
  '招商银行',
  '招行',
  '工商银行',
  '工行',
  '建设银行',
  '建行',
  '中国银行',
  '中行',
  '交通银行',
  '交行',
  '广发银行',
  '广发',
  '浦发银行',
  '浦发',
  '中信银行',
  '平安银行',
  '花呗',
  '借呗',
  '微粒贷',
  '京东白条',
  '白条',
  '京东金条',
  '金条',
  '美团月付',
  '美团借钱',
  '美团',
  '月付',
  '招联金融',
  '招联',
  '好期贷',
  '分付',
  '度小满',
  '有钱花',
  '安逸花',
  '马上消费',
  '拍拍贷',
  '捷信',
];

export const customWords: readonly string[] = [...collectionTerms, ...lenderNames];

/**
 * jieba's dictionary line format: word, frequency, part of speech. 2000 is
 * enough for each word to win over its parts in the segmenter's route
 * (measured on the corpus in tests/integration/search) without swallowing
 * neighbouring characters.
 */
export function customDictionary(): string {
  return customWords.map((word) => `${word} 2000 n`).join('\n');
}
