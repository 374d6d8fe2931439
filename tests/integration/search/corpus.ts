// A fixed corpus for the relevance tests: short stories and replies written
// for this test (not copied from anywhere), in the voice of the forum, plus a
// few in English. Each post has a key; queries in relevance.test.ts name the
// posts a reader would want for them.
//
// `lender`, `stages` and `outcome` are taxonomy slugs (migration 0001).
// `helpful` is the number of members who vote the post helpful.

export interface CorpusReply {
  key: string;
  body: string;
  anonymous?: boolean;
  helpful?: number;
}

export interface CorpusStory {
  key: string;
  title: string;
  body: string;
  stages: string[];
  outcome: string;
  lender: string;
  lenderOther?: string;
  anonymous?: boolean;
  helpful?: number;
  replies?: CorpusReply[];
}

export const corpus: CorpusStory[] = [
  // Home visits
  {
    key: 's:visit-1',
    title: '被上门催收了，邻居都看见了',
    body: '上周六早上两个人来敲门，说是招商银行委托的外访人员，要我当天还清。我没有开门，隔着门让他们出示工作证，又打信用卡中心的电话核实，确实是银行委托的公司。邻居在楼道里看着，我一整天都抬不起头。',
    stages: ['calls', 'home-visit'],
    outcome: 'ongoing',
    lender: 'cmb',
    helpful: 2,
    replies: [
      { key: 'r:visit-1', body: '上门催收的人不能强行进门，他们不走的话可以直接报警。', helpful: 3 },
      { key: 'r:visit-1b', body: '抱抱你，邻居过几天就忘了，别太在意。' },
    ],
  },
  {
    key: 's:visit-2',
    title: '催收员上门了，我该不该开门',
    body: '今天下午有人在楼下等我，说是网贷公司派来的，要和我当面谈还款。我很害怕，不知道他们上门能做什么，有经历过的朋友说说吗？',
    stages: ['home-visit'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '某网贷平台',
    anonymous: true,
    replies: [
      { key: 'r:visit-2', body: '别怕，上门主要是施压。记下来人的姓名和公司，全程录音录像，不要签任何东西。', anonymous: true },
    ],
  },
  {
    key: 's:visit-3',
    title: '外访的人去了我老家',
    body: '爸妈打电话说有人去老家找我，说我欠了广发银行的钱。两位老人被吓得不轻。我当天就打给银行，要求不要再去打扰家人，对方答应记录下来。',
    stages: ['home-visit'],
    outcome: 'ongoing',
    lender: 'cgb',
  },
  {
    key: 's:sms-2',
    title: '短信说明天上门催收，是真的吗',
    body: '收到一条短信，说已经安排人员明天上门催收，让我在家等着。第二天并没有人来。后来才知道这种短信大多是吓唬人的。',
    stages: ['sms', 'home-visit'],
    outcome: 'ongoing',
    lender: 'jd-baitiao',
  },

  // Lawyer's letters
  {
    key: 's:letter-1',
    title: '收到律师函，说七天内不还就起诉',
    body: '快递寄来一封律师函，落款是一家律师事务所，说如果七天内不还清浦发银行的欠款就要起诉我。我查了这家律所，确实存在。第二天我主动给银行打电话，说明了失业的情况。',
    stages: ['letters'],
    outcome: 'ongoing',
    lender: 'spdb',
    helpful: 1,
    replies: [
      { key: 'r:letter-1', body: '律师函不是法院的文书，没有强制力，但要认真对待，最好主动联系银行协商。', helpful: 2 },
    ],
  },
  {
    key: 's:letter-2',
    title: '律师函是真的还是假的，怎么辨别',
    body: '短信里发来一个所谓的律师函，让我点开查看。我没敢点。听说真正的律师函一般是纸质的，有律所盖章和律师的执业证号，可以在司法行政部门的网站上查到。',
    stages: ['sms', 'letters'],
    outcome: 'ongoing',
    lender: 'pingan',
  },
  {
    key: 's:letter-3',
    title: "Got a lawyer's letter from my card issuer",
    body: "A lawyer's letter arrived demanding full payment within seven days. I called the bank and asked for an instalment plan instead. They gave me two weeks to send proof of income.",
    stages: ['letters', 'negotiation'],
    outcome: 'installments',
    lender: 'citic',
  },

  // Suspended interest
  {
    key: 's:stop-1',
    title: '停息挂账申请成功，本金分60期',
    body: '和招商银行来回谈了三个月，终于批了停息挂账，本金分60期还，每月一千多。关键是准备好收入证明和困难证明，每次通话都要记下工号。',
    stages: ['negotiation'],
    outcome: 'suspended-interest',
    lender: 'cmb',
    helpful: 4,
  },
  {
    key: 's:stop-2',
    title: '停息挂账被拒了两次',
    body: '第一次打客服说我不符合条件，第二次转到了专门的协商部门，还是被拒，说我还有还款能力。准备第三次再试，这次带上医院的证明。',
    stages: ['negotiation'],
    outcome: 'ongoing',
    lender: 'bocom',
    replies: [{ key: 'r:stop-1', body: '我也被拒了两次，第三次提供了住院证明才批下来，停息挂账一定要坚持。' }],
  },
  {
    key: 's:stop-3',
    title: '个性化分期和停息挂账有什么区别',
    body: '个性化分期是银行按规定给困难客户的分期方案，最长五年；停息挂账是大家的叫法，意思是停止计息、把账单挂起来。实际和银行谈的时候，说个性化分期更容易被理解。',
    stages: ['negotiation'],
    outcome: 'installments',
    lender: 'icbc',
    helpful: 3,
    replies: [
      { key: 'r:stop-3', body: '补充一下，个性化分期一般要求先还一小部分，再把剩下的分期。' },
    ],
  },

  // Negotiation
  {
    key: 's:nego-1',
    title: '协商还款成功，减免了全部违约金',
    body: '和交通银行谈了两周，最后同意减免全部违约金和一部分利息，本金分24期。全程录音，拿到了书面的还款协议。',
    stages: ['calls', 'negotiation'],
    outcome: 'reduction',
    lender: 'bocom',
    helpful: 2,
    replies: [{ key: 'r:nego-1', body: '协商的时候一定要让对方寄书面的还款协议，口头答应不算数。' }],
  },
  {
    key: 's:nego-2',
    title: '自己协商还是花钱找人协商？',
    body: '很多人说可以帮忙协商，收费几千块。我最后自己打电话谈的，其实没有那么难，态度诚恳，讲清楚困难就行。千万别把身份证和银行卡交给陌生人。',
    stages: ['negotiation'],
    outcome: 'installments',
    lender: 'ccb',
  },
  {
    key: 's:nego-3',
    title: 'How I negotiated a payment plan with ICBC',
    body: 'After six months overdue I called the collections department of ICBC, explained that I had lost my job, and asked for a 36-month plan. They agreed after I sent a letter describing my situation.',
    stages: ['calls', 'negotiation'],
    outcome: 'installments',
    lender: 'icbc',
  },
  {
    key: 's:reduce-1',
    title: '银行同意减免利息，只还本金',
    body: '逾期两年后，银行主动打电话说可以减免利息，只要一次性还清本金。我借了亲戚的钱还上，拿到了结清证明。',
    stages: ['calls', 'negotiation', 'settled'],
    outcome: 'reduction',
    lender: 'boc',
  },

  // Huabei and Jiebei
  {
    key: 's:huabei-1',
    title: '花呗逾期五个月，支付宝被限制了',
    body: '花呗欠了两万多，逾期五个月后支付宝很多功能都用不了。客服说可以申请延期还款，但要先还一部分。',
    stages: ['sms', 'calls'],
    outcome: 'ongoing',
    lender: 'huabei',
  },
  {
    key: 's:huabei-2',
    title: '花呗和借呗同时逾期，先还哪个',
    body: '花呗一万，借呗三万，都逾期了。借呗的利息高，我打算先和借呗协商分期，花呗每月先还一点。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'jiebei',
    replies: [{ key: 'r:huabei-2', body: '我是先还的花呗，因为花呗影响日常支付，借呗后来谈了分期。' }],
  },
  {
    key: 's:jiebei-1',
    title: '借呗协商分期成功',
    body: '借呗逾期两个月后，我主动打客服电话说明情况，对方给了12期的分期，不用再付罚息。',
    stages: ['calls', 'negotiation'],
    outcome: 'installments',
    lender: 'jiebei',
  },

  // Weilidai
  {
    key: 's:wld-1',
    title: '微粒贷逾期，微信支付会不会受影响',
    body: '微粒贷欠了一万五，逾期一个月了。很担心微信零钱被冻结，目前只是每天有电话提醒。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'weilidai',
    replies: [
      { key: 'r:wld-1', body: '微粒贷逾期一般不会冻结微信零钱，除非已经被起诉。' },
    ],
  },
  {
    key: 's:wld-2',
    title: '微粒贷的催收电话打到了同事那里',
    body: '微粒贷委托的第三方打给了我的同事，打听我的情况，让我在单位很难堪。我向金融监管部门投诉了，之后再也没有打给同事。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'weilidai',
    anonymous: true,
  },

  // JD Baitiao
  {
    key: 's:jd-1',
    title: '京东白条逾期，催收说要爆通讯录',
    body: '白条欠了八千，催收员在电话里说要给我通讯录里的人挨个打电话。后来真的有两个朋友接到了电话，我只好先还了一部分。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'jd-baitiao',
    helpful: 1,
    replies: [{ key: 'r:jd-1', body: '爆通讯录是违规的，可以打12378投诉，记得保留通话录音。', helpful: 2 }],
  },

  // Meituan
  {
    key: 's:mt-1',
    title: '美团月付逾期三个月的经历',
    body: '美团月付只欠了三千，但逾期三个月后每天都有短信。后来一次性还清，征信上还是留下了记录。',
    stages: ['sms', 'settled'],
    outcome: 'paid-in-full',
    lender: 'meituan',
  },

  // Zhaolian
  {
    key: 's:zl-1',
    title: '招联金融起诉了我',
    body: '招联金融的借款逾期一年，上个月收到法院短信，说已经立案。准备去法院参加诉前调解，不知道要带什么材料。',
    stages: ['sms', 'lawsuit'],
    outcome: 'sued',
    lender: 'zhaolian',
    replies: [
      { key: 'r:zl-1', body: '我也被招联起诉过，调解的时候法官会问你每月能还多少，提前算好再去。', anonymous: true },
    ],
  },
  {
    key: 's:zl-2',
    title: '招联金融同意减免一半利息',
    body: '和招联金融协商了三次，对方同意减免一半利息，剩下的一年内还清。每次都要求对方把方案发到我的手机上。',
    stages: ['negotiation'],
    outcome: 'reduction',
    lender: 'zhaolian',
  },

  // Banks
  {
    key: 's:cmb-1',
    title: '招商银行信用卡逾期三个月，接到第一通电话',
    body: '那天下午接到电话，对方语气很冲。我先记下了时间和工号，再说明自己的情况，对方说会给我一周时间。',
    stages: ['sms', 'calls'],
    outcome: 'ongoing',
    lender: 'cmb',
  },
  {
    key: 's:ccb-1',
    title: '建设银行信用卡逾期，储蓄卡被冻结了',
    body: '建行的储蓄卡突然被冻结，工资进不来。打电话问才知道是信用卡逾期后被止付了。和银行说明情况后，两周后才解冻。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'ccb',
  },
  {
    key: 's:boc-1',
    title: '中国银行的最低还款也还不上了',
    body: '中行信用卡每个月最低还款就要三千多，工资只有五千，房租一千五。只能先停掉一张卡，和银行谈分期。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'boc',
  },
  {
    key: 's:pingan-1',
    title: '平安银行的委外催收太过分了',
    body: '平安银行委托的外包公司每天打十几个电话，还换不同的号码。我全部录了音，整理好时间，准备投诉。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'pingan',
  },
  {
    key: 's:citic-1',
    title: '中信银行信用卡全额结清了',
    body: '攒了两年，终于把中信银行的欠款全额结清，拿到了结清证明，销卡的那一刻哭了。',
    stages: ['negotiation', 'settled'],
    outcome: 'paid-in-full',
    lender: 'citic',
    helpful: 2,
  },

  // Courts
  {
    key: 's:court-1',
    title: '收到法院传票，开庭前要准备什么',
    body: '上周收到法院传票，下个月开庭。我准备了收入证明、家庭困难的证明和以前的还款记录，打算在庭上申请分期。',
    stages: ['lawsuit'],
    outcome: 'sued',
    lender: 'spdb',
    replies: [
      { key: 'r:court-1', body: '开庭时态度要好，说明你愿意还，只是需要时间，法官一般会支持分期。', helpful: 1 },
    ],
  },
  {
    key: 's:court-2',
    title: '被强制执行，工资被扣了一半',
    body: '判决以后我没有按时还款，法院强制执行，工资卡每个月被扣一半。现在只能靠家里接济。',
    stages: ['lawsuit'],
    outcome: 'sued',
    lender: 'cgb',
  },
  {
    key: 's:court-3',
    title: '成了失信被执行人，坐不了高铁',
    body: '因为没有履行判决，被列为失信被执行人，限制高消费，出差只能坐普通火车，也不能住好一点的酒店。',
    stages: ['lawsuit'],
    outcome: 'sued',
    lender: 'ccb',
  },
  {
    key: 's:court-4',
    title: '诉前调解成功，没有开庭',
    body: '法院的调解员打电话给我，约了线上调解。银行同意分36期，调解书和判决一样有效力。',
    stages: ['lawsuit', 'negotiation'],
    outcome: 'installments',
    lender: 'citic',
    helpful: 1,
    replies: [
      { key: 'r:court-4', body: '调解书生效后如果不按时还，对方可以直接申请强制执行。' },
    ],
  },
  {
    key: 's:en-court',
    title: 'Sued by my bank: what happens at the hearing',
    body: 'The court summons came last month. At the hearing the judge asked how much I could pay each month. I brought my salary slips and we agreed on 24 instalments.',
    stages: ['lawsuit'],
    outcome: 'installments',
    lender: 'pingan',
  },

  // Credit reports
  {
    key: 's:credit-1',
    title: '逾期后征信要多久才能恢复',
    body: '结清以后逾期记录还会保留五年，五年后自动消除。现在想贷款买房，肯定受影响。',
    stages: ['settled'],
    outcome: 'paid-in-full',
    lender: 'icbc',
    replies: [{ key: 'r:credit-1', body: '不良记录从结清之日起保留五年，到期自动删除，不用找人花钱修复。' }],
  },
  {
    key: 's:credit-2',
    title: '征信有逾期记录还能申请房贷吗',
    body: '两年前有过三个月的逾期，已经还清了。现在去银行问房贷，客服说要看最近两年的记录。',
    stages: ['settled'],
    outcome: 'paid-in-full',
    lender: 'bocom',
  },
  {
    key: 's:en-credit',
    title: 'Will the overdue record ever leave my credit report?',
    body: 'I settled my debts last year, but the overdue record is still on my credit report. How long does it stay there?',
    stages: ['settled'],
    outcome: 'paid-in-full',
    lender: 'cmb',
    replies: [{ key: 'r:en-2', body: 'In China the negative record stays on the credit report for five years after the debt is paid.' }],
  },

  // Ashore
  {
    key: 's:ashore-1',
    title: '三年，终于上岸了',
    body: '从欠款二十万到全部结清，用了整整三年。最难的时候每天接二十个电话。写下来给还在坚持的人看：一定会上岸的。',
    stages: ['calls', 'negotiation', 'settled'],
    outcome: 'paid-in-full',
    lender: 'cmb',
    helpful: 5,
    replies: [{ key: 'r:ashore-1', body: '看哭了，我还差两年，也想早点上岸。', anonymous: true }],
  },
  {
    key: 's:ashore-2',
    title: '以贷养贷两年后终于停下来',
    body: '网贷借了还信用卡，信用卡套现还网贷，最后欠了十几家。停下来、把账全部列出来之后，反而轻松了。',
    stages: ['calls', 'negotiation'],
    outcome: 'installments',
    lender: 'other',
    lenderOther: '多家网贷',
  },
  {
    key: 's:ashore-3',
    title: 'Finally debt free after four years',
    body: 'I paid off my last credit card today. Four years ago I owed 180,000 yuan across five banks. What helped: a spreadsheet, honest calls with each bank, and my family.',
    stages: ['negotiation', 'settled'],
    outcome: 'paid-in-full',
    lender: 'icbc',
    helpful: 2,
    replies: [
      { key: 'r:ashore-3', body: 'Congratulations! How did you deal with the collection calls in the first year?' },
    ],
  },

  // Mind and family
  {
    key: 's:mind-1',
    title: '欠债以后失眠焦虑，怎么调整',
    body: '每天晚上睡不着，一听到电话响就心慌。后来去看了心理医生，开始慢慢接受现实，一件一件处理。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'boc',
    anonymous: true,
    replies: [{ key: 'r:mind-1', body: '失眠的时候我会把欠款写在纸上，写完就不那么慌了。' }],
  },
  {
    key: 's:family-1',
    title: '要不要告诉家人我欠钱了',
    body: '瞒了家人一年多，电话打到了我妈那里，只好全部坦白。没想到家人没有骂我，反而帮我一起想办法。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'cgb',
    replies: [
      { key: 'r:family-1', body: '告诉家人之后压力小了很多，至少不用一个人扛。', anonymous: true },
    ],
  },

  // Complaints and abusive collection
  {
    key: 's:complaint-1',
    title: '暴力催收，辱骂威胁，如何投诉',
    body: '催收员在电话里骂我，还说要让我身败名裂。我把录音整理好，打了12378，也在网上提交了投诉材料。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '某消费金融公司',
    helpful: 3,
    replies: [
      { key: 'r:complaint-1', body: '12378是银行业保险业的消费投诉热线，说清楚哪家机构、什么时间、什么行为。', helpful: 2 },
    ],
  },
  {
    key: 's:complaint-2',
    title: '投诉银行以后电话少多了',
    body: '向金融监管部门投诉后，银行的工作人员主动联系我，道了歉，说会规范催收行为，之后每周只打一次。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'spdb',
  },

  // Calls, messages, workplace
  {
    key: 's:calls-1',
    title: '催收电话打到了我父母那里',
    body: '我爸接到电话，对方说我再不还就要被抓。我爸连夜给我打电话，问我是不是犯了法。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'huabei',
  },
  {
    key: 's:calls-2',
    title: '一天接到三十个催收电话',
    body: '从早上八点到晚上九点，手机一直在响，根本没法工作。后来我设置了只接通讯录里的来电。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '某分期平台',
    replies: [
      { key: 'r:calls-2', body: '可以跟对方说只在固定时间接电话，打多了就投诉。' },
    ],
  },
  {
    key: 's:work-1',
    title: '催收打电话到单位，领导找我谈话',
    body: '催收打到了公司前台，说我欠钱不还。领导找我谈话，让我尽快处理。我很怕因此丢了工作。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'cgb',
    replies: [{ key: 'r:work-1', body: '打到单位属于不当催收，可以要求对方停止，并向监管投诉。' }],
  },
  {
    key: 's:sms-1',
    title: '每天十几条短信提醒',
    body: '逾期第五天开始，每天都有十几条短信，从提醒变成了警告，最后说要移交法务部。',
    stages: ['sms'],
    outcome: 'ongoing',
    lender: 'meituan',
  },
  {
    key: 's:en-calls',
    title: 'Collection calls at work every day',
    body: 'The collection agency calls my office phone every day. My manager has started asking questions. Is this even allowed? I am overdue on a Huabei loan.',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'huabei',
    replies: [
      { key: 'r:en-1', body: 'Keep recordings of every call. Calls to your workplace can be reported to the regulator.', helpful: 1 },
    ],
  },
  {
    key: 's:en-visit',
    title: 'They sent someone to my home',
    body: 'Two people from a collection agency came to my apartment last night. I did not open the door. I called the police and they left.',
    stages: ['home-visit'],
    outcome: 'ongoing',
    lender: 'zhaolian',
    replies: [
      { key: 'r:en-visit', body: 'If they come again, do not let them in. Call the police and write down their names.' },
    ],
  },

  // Cards and online loans
  {
    key: 's:card-1',
    title: '以卡养卡三年，终于撑不住了',
    body: '五张信用卡轮流套现，每个月光手续费就要两千。今年收入下降，一下子全部逾期了。',
    stages: ['sms', 'calls'],
    outcome: 'ongoing',
    lender: 'cmb',
    replies: [
      { key: 'r:card-1', body: '以卡养卡的手续费太吓人了，早停早好。' },
    ],
  },
  {
    key: 's:card-2',
    title: '信用卡年费没交也算逾期吗',
    body: '一张很久没用的卡，因为年费没交产生了逾期，征信上多了一条记录。打客服申请了减免年费。',
    stages: ['sms'],
    outcome: 'reduction',
    lender: 'icbc',
  },
  {
    key: 's:online-1',
    title: '网贷的利息是不是超过了法律保护',
    body: '算了一下网贷的综合年化利率，超过了百分之三十六。听说超过的部分法律不保护，可以要求退还。',
    stages: ['negotiation'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '某网贷平台',
    replies: [
      { key: 'r:online-1', body: '超过年化百分之三十六的利息可以不还，已经还了的可以要求返还。' },
    ],
  },
  {
    key: 's:online-2',
    title: '十几个网贷同时逾期，从哪里下手',
    body: '网贷一共十二家，金额从两千到三万不等。先把每家的本金、利息、逾期天数列成表格，再一家一家打电话协商。',
    stages: ['calls', 'negotiation'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '多家网贷',
    helpful: 1,
  },
  {
    key: 's:mixed-1',
    title: 'iPhone分期逾期，被催收打爆电话',
    body: '用花呗分期买了一台iPhone，后来失业还不上。催收每天打十几个电话，现在看到那台手机就难受。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'huabei',
  },
  {
    key: 's:mixed-2',
    title: '某APP借款逾期，APP里一直弹窗',
    body: '在一个借款APP上借了五千，逾期后每次打开APP都弹出警告，还发短信说要上报征信。',
    stages: ['sms'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '某借款APP',
  },

  // Jobs, health, freezes
  {
    key: 's:job-1',
    title: '失业以后信用卡还不上了',
    body: '公司裁员，三个月没找到工作，信用卡只能先停。和银行说明失业的情况，对方让我提供离职证明。',
    stages: ['calls', 'negotiation'],
    outcome: 'ongoing',
    lender: 'ccb',
    replies: [
      { key: 'r:job-1', body: '失业证明可以拿去申请个性化分期，我就是这样谈下来的。' },
    ],
  },
  {
    key: 's:med-1',
    title: '住院花光积蓄，信用卡全部逾期',
    body: '去年做手术住院两个月，花光了积蓄，还刷了三张信用卡。出院后才发现全部逾期了。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'boc',
  },
  {
    key: 's:freeze-1',
    title: '微信零钱被冻结了，是因为逾期吗',
    body: '早上发现微信零钱被冻结，客服说是法院的冻结通知。原来是之前的借款被起诉了，我一直没收到传票。',
    stages: ['lawsuit'],
    outcome: 'sued',
    lender: 'weilidai',
    replies: [
      { key: 'r:freeze-1', body: '被冻结了先去法院查案号，联系承办法官说明情况。' },
    ],
  },

  // Scams and fake collectors
  {
    key: 's:scam-1',
    title: '有人冒充催收，让我转账到个人账户',
    body: '对方说自己是银行的，让我把钱转到一个私人账户就能消除逾期。我打官方客服核实，根本没有这回事，差点被骗。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'cmb',
    helpful: 2,
    replies: [
      { key: 'r:scam-1', body: '银行不会让你转账到个人账户，遇到这种电话直接挂掉。', helpful: 1 },
    ],
  },
  {
    key: 's:agent-1',
    title: '被所谓的代理协商骗了五千块',
    body: '网上找了一个说能帮忙停息挂账的公司，交了五千块服务费，之后就联系不上了。银行说从来没有和他们谈过。大家千万别信。',
    stages: ['negotiation'],
    outcome: 'ongoing',
    lender: 'spdb',
    helpful: 3,
    replies: [
      { key: 'r:agent-1', body: '我也被骗过，后来自己打电话谈下来的停息挂账，一分钱没花。' },
    ],
  },
  {
    key: 's:legal-1',
    title: '自称法务部的人说要来抓我',
    body: '电话里的人说自己是法务部的，说我涉嫌诈骗，警察马上上门。我问了律师，欠钱不还是民事纠纷，不是他们说的那样。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '某消费金融公司',
  },
  {
    key: 's:crime-1',
    title: '催收说我恶意透支，要坐牢吗',
    body: '催收说我已经构成恶意透支，要移交公安。我一直有还款，也一直接电话，并不是恶意不还。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'pingan',
    replies: [
      { key: 'r:crime-1', body: '恶意透支要满足几个条件，比如两次催收后超过三个月仍不归还，而且是有能力不还。' },
    ],
  },

  // Plans and amounts
  {
    key: 's:plan-1',
    title: '分期60期，每个月要还多少',
    body: '本金十万，分60期的话每月一千六百多，银行说不收利息，只收一点分期手续费。',
    stages: ['negotiation'],
    outcome: 'installments',
    lender: 'cmb',
  },
  {
    key: 's:plan-2',
    title: '最低还款还是全额还，哪个划算',
    body: '一直只还最低还款，结果利息越滚越多。算了一下，一年的利息比本金的五分之一还多。',
    stages: ['sms'],
    outcome: 'ongoing',
    lender: 'cgb',
  },
  // More stories
  {
    key: 's:visit-4',
    title: '上门外访的人拍了我家门牌',
    body: '两个外访人员来过以后，在门口拍了门牌和楼道的照片，说下次会带更多人来。我拨打了银行的客服电话，要求他们停止这种行为。',
    stages: ['home-visit'],
    outcome: 'ongoing',
    lender: 'cgb',
  },
  {
    key: 's:letter-4',
    title: '同时收到法务函和律师函，先处理哪个',
    body: '同一周收到两封信，一封是银行法务部的法务函，一封是律师事务所的律师函，内容差不多，都是要求尽快还款。',
    stages: ['letters'],
    outcome: 'ongoing',
    lender: 'bocom',
  },
  {
    key: 's:stop-4',
    title: 'How I got my bank to stop charging interest',
    body: 'After a year of minimum payments I asked the bank to freeze the interest. It took three calls and a letter from my hospital, but they agreed to stop the interest and split the balance into 60 payments.',
    stages: ['negotiation'],
    outcome: 'suspended-interest',
    lender: 'ccb',
  },
  {
    key: 's:nego-4',
    title: '协商还款时银行要求先还三成',
    body: '银行同意分期，但要求先还欠款的三成作为首付。我手里没有这么多钱，正在和他们谈能不能降到一成。',
    stages: ['negotiation'],
    outcome: 'ongoing',
    lender: 'pingan',
  },
  {
    key: 's:huabei-3',
    title: '花呗延期还款申请下来了',
    body: '给花呗客服说明了收入中断的情况，申请到了三个月的延期还款，期间不算逾期。',
    stages: ['negotiation'],
    outcome: 'installments',
    lender: 'huabei',
  },
  {
    key: 's:jd-2',
    title: '京东金条和白条一起逾期了',
    body: '金条借了两万，白条欠了五千，逾期后两边的电话都打到了我的紧急联系人那里。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'jd-baitiao',
  },
  {
    key: 's:zl-3',
    title: '招联好期贷的电话还算规范',
    body: '比起别家，招联的电话态度还算客气，没有打给家人，只是每天提醒一次。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'zhaolian',
  },
  {
    key: 's:mt-2',
    title: '美团借钱逾期，紧急联系人被打电话',
    body: '美团借钱逾期半个月，我填的紧急联系人是我姐，她一天接到三个电话。',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'meituan',
  },
  {
    key: 's:credit-3',
    title: '征信报告上的查询记录太多了',
    body: '打了一份征信报告，半年里有二十多次贷款审批查询，难怪申请什么都被拒。',
    stages: ['sms'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '多家网贷',
  },
  {
    key: 's:ashore-4',
    title: '还清最后一张卡，我上岸了',
    body: '最后一笔两千块转出去的时候手都在抖。四张信用卡，两年，全部结清。',
    stages: ['settled'],
    outcome: 'paid-in-full',
    lender: 'spdb',
    helpful: 1,
  },
  {
    key: 's:en-family',
    title: 'Telling my parents about my debt',
    body: 'I hid my credit card debt from my parents for two years. When I finally told them, they were upset, but they helped me make a budget.',
    stages: ['calls'],
    outcome: 'ongoing',
    lender: 'boc',
  },
  {
    key: 's:court-5',
    title: '被起诉后庭外和解',
    body: '开庭前一周，银行的律师打电话说可以庭外和解，本金分24期，撤诉。我同意了。',
    stages: ['lawsuit', 'negotiation'],
    outcome: 'installments',
    lender: 'icbc',
  },
  {
    key: 's:scam-2',
    title: '征信修复都是骗局，我差点交了钱',
    body: '网上有人说花三千块就能删掉逾期记录。我问了银行，逾期记录只能等五年自动消除，谁也删不掉。',
    stages: ['settled'],
    outcome: 'paid-in-full',
    lender: 'other',
    lenderOther: '某网贷平台',
  },
];

/** Posts that must never appear: each holds the word 隐身词 and is made pending, removed or deleted. */
export const hiddenWord = '隐身词';
