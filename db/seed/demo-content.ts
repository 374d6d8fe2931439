// Hand-written demo content for the Ashore (上岸) forum.
// Every story and reply below is fictional and was written for this demo:
// no real people, no real phone / ID / card numbers, invented small-lender names.
// Nothing here is legal advice — posts describe personal experiences.

import type { DemoStory, DemoUser } from './demo-types';

export const demoUsers: DemoUser[] = [
  {
    handle: 'admin',
    displayName: '上岸站务',
    role: 'admin',
    bio: '上岸社区管理员。这里不放贷、不代办债务、不收任何费用，只陪你一起把路走完。',
  },
  {
    handle: 'moderator',
    displayName: '灯塔守夜人',
    role: 'moderator',
    bio: '版主。2023 年自己上岸，留下来帮后面的人看看路。发帖前记得把卡号、身份证号都去掉。',
  },
  {
    handle: 'lawyer_he',
    displayName: '守约的律师',
    role: 'expert',
    bio: '执业律师，主要做金融借款和信用卡纠纷。论坛回复只是经验分享，具体案件请找律师当面看材料。',
  },
  {
    handle: 'counsel_wu',
    displayName: '债务规划师阿伍',
    role: 'expert',
    bio: '家庭债务咨询师，帮人做预算和还款排序。自己也欠过三十多万，花了两年半还完。',
  },
  {
    handle: 'ex_collector',
    displayName: '转行的前催收',
    role: 'expert',
    bio: '以前在银行信用卡中心做了四年电话催收，后来转行。可以讲讲电话另一头的流程和话术。',
  },
  {
    handle: 'xinli_an',
    displayName: '安然心理咨询师',
    role: 'expert',
    bio: '心理咨询师，做过三年心理援助热线志愿者。睡不着、喘不过气的时候，可以来这里说说。',
  },
  {
    handle: 'demo',
    displayName: '新来的小舟',
    role: 'member',
    bio: '刚开始逾期，很多东西都不懂，先来学习。',
  },
  {
    handle: 'yehang_fish',
    displayName: '夜航的鱼',
    role: 'member',
    bio: '前程序员，被裁之后两张卡一笔网贷，正在一笔一笔谈。',
  },
  {
    handle: 'laozhou',
    displayName: '老周在还款',
    role: 'member',
    bio: '开过小饭馆，倒了。四十多岁重新上班，三张卡慢慢还。',
  },
  {
    handle: 'xiaomi_mama',
    displayName: '小米妈妈',
    role: 'member',
    bio: '全职带娃两年，现在重新出来上班了。',
  },
  {
    handle: 'deliver_rider',
    displayName: '跑单的阿凯',
    role: 'member',
    bio: '外卖骑手，夜里跑单白天睡觉，有空就上来看看。',
  },
  {
    handle: 'night_owl',
    displayName: '凌晨三点的猫头鹰',
    role: 'member',
    bio: '自由设计师，收入忽高忽低，常年失眠。',
  },
  {
    handle: 'jiangnan_rain',
    displayName: '江南梅雨',
    role: 'member',
    bio: '在杭州做行政，边还边攒，偶尔写点记录。',
  },
  {
    handle: 'shore_walker',
    displayName: '慢慢上岸',
    role: 'member',
    bio: '建行那张已经分期了，还有一笔在走法院。不急，慢慢来。',
  },
  {
    handle: 'numbers_wang',
    displayName: '数字不说谎',
    role: 'member',
    bio: '做财务的，却把自己的账搞砸了。擅长做表格，欢迎来问。',
  },
  {
    handle: 'ray_sz',
    displayName: 'Ray在深圳',
    role: 'member',
    bio: 'Working in Shenzhen. 中文看得懂，打字慢，所以多半用英文。',
  },
];

export const demoStories: DemoStory[] = [
  // ─── 1 ───────────────────────────────────────────────────────────────
  {
    author: 'yehang_fish',
    title: '招行6万多，第五次打电话终于谈成了60期',
    body: `凌晨两点，睡不着，把这半年记一下，也给后来的人一个参考。

去年十一月被裁，赔偿金撑了两个月，十二月招行的最低还款第一次没还上。一开始只是短信，后来外包公司开始打电话，每天三四个，有一个男的说话很冲：“你这种情况我们见多了，下个月就走法务。”我当时手都在抖。

四月收到一封律师函，写着“拟提起诉讼”。我把它拍下来发到这里，版主说先别慌，这类函件很多是催收流程的一部分，重要的是自己主动去谈。

**我是怎么谈的：**

- 不跟外包谈，直接打信用卡中心客服，转人工，说“我要申请个性化分期”；
- 前四次都被推回去，说“请联系您的催收员”，我每次都礼貌地重复：我有还款意愿，但没有一次性还款能力；
- 准备了离职证明、新工作的劳动合同、近半年的银行流水；
- 第五次接电话的是一位女客服，她帮我提交了申请，十几天后回电，方案是60期，首期要先还一笔。

现在每月还一千一百多，新工作工资不高，但算得过来。最难的其实不是谈，是拿起电话的那一下。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'installments',
    lender: 'cmb',
    amountBand: '50k-100k',
    monthsOverdue: 7,
    postedDaysAgo: 12,
    timeline: [
      { date: '2025-12', stage: 'sms', note: '被裁后第一次没还上最低还款，开始收到提醒短信' },
      { date: '2026-02', stage: 'calls', note: '外包催收开始打电话，每天三四个' },
      { date: '2026-04', stage: 'letters', note: '收到律师函，写着“拟提起诉讼”' },
      { date: '2026-06-10', stage: 'negotiation', note: '自己打信用卡中心，申请个性化分期，前四次被推回' },
      { date: '2026-07-02', stage: 'settled', note: '60期方案确认，首期已还' },
    ],
    replies: [
      {
        author: 'moderator',
        body: '恭喜！“拿起电话的那一下”说得太对了。补充一句：谈好的方案一定要让对方用短信或书面形式确认，截图存好。',
        afterDays: 0,
        replies: [
          {
            author: 'yehang_fish',
            body: '有的，客服发了短信，写了期数和每期金额，我截图存了三份。',
            afterDays: 0,
          },
        ],
      },
      {
        author: 'ex_collector',
        body: '从催收那头说一句：外包一般没有批方案的权限，能做的是登记你的意愿往上报。你直接找卡中心是对的，前几次被推回去也很常见，坚持把诉求说清楚就行。',
        afterDays: 1,
        replies: [
          {
            author: 'yehang_fish',
            body: '原来如此，难怪那个外包的一直说他做不了主。',
            afterDays: 1,
            replies: [
              {
                author: 'ex_collector',
                body: '对。不过也别跟外包吵，通话都有录音，态度平和一点，对你只有好处。',
                afterDays: 2,
              },
            ],
          },
        ],
      },
      {
        author: 'night_owl',
        anonymous: true,
        body: '看到60期，我又有点希望了。想问一下首期大概是欠款的多少？',
        afterDays: 2,
        replies: [
          {
            author: 'yehang_fish',
            body: '我这边是先还了两千出头。不同银行、不同情况差别挺大的，你可以在电话里直接问清楚。',
            afterDays: 3,
          },
        ],
      },
      {
        author: 'counsel_wu',
        body: '每月一千一百多，建议设成工资到账当天自动还款，再攒出一个月的应急钱。新工作头几个月最容易出意外，别让分期再断了。',
        afterDays: 3,
      },
    ],
  },
  // ─── 2 ───────────────────────────────────────────────────────────────
  {
    author: 'numbers_wang',
    title: '“停息挂账”和“个性化分期”是一回事吗？说说我的理解',
    body: `先声明：我不是律师，只是自己谈下来一张招行卡，把查到的和经历的写出来，有错请专家纠正。

**我的理解：**

1. “停息挂账”是网上的叫法，银行客服基本不这么说。我在电话里说“停息挂账”，对方直接回“我们没有这个业务”。
2. 换成“我想申请个性化分期还款”，对方就开始问收入、问逾期原因了。
3. 监管规定里确实有个性化分期的说法，大意是持卡人确实还不起、但仍有还款意愿时，银行可以和持卡人协商，期限一般不超过五年。但“可以”不等于“必须”，银行有自己的审核。

**我的过程：**第一次申请被拒，理由是收入证明不够。后来补了社保缴费记录和房租合同，又写了一页情况说明，第二次批了：停止计息，本金加之前已产生的部分费用分48期。

每个人情况不一样，别把网上“包停息”的广告当真。那些收费代办的，我一分钱都没给。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'suspended-interest',
    lender: 'cmb',
    amountBand: '50k-100k',
    monthsOverdue: 10,
    postedDaysAgo: 100,
    timeline: [
      { date: '2025-09', stage: 'sms', note: '招行卡开始逾期' },
      { date: '2025-11', stage: 'calls', note: '每天都有催收电话，开始认真记录通话时间和工号' },
      { date: '2026-01', stage: 'letters', note: '收到催收函' },
      { date: '2026-05-18', stage: 'negotiation', note: '第一次申请个性化分期被拒：收入证明不够' },
      { date: '2026-07-06', stage: 'settled', note: '补材料后第二次获批，停息，分48期' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '总结得比较准确。补充一点：个性化分期是协商的结果，不是一项可以强制要求的权利。谈的时候记下通话时间、对方工号和方案内容，万一后面有争议，这些记录很重要。',
        afterDays: 0,
        replies: [
          {
            author: 'numbers_wang',
            body: '谢谢律师！我当时每次都记了工号，现在看来是对的。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'jiangnan_rain',
        body: '“包停息”的广告我也刷到过，张口就要三千服务费，还好没信。',
        afterDays: 1,
        replies: [
          {
            author: 'moderator',
            body: '论坛规则里写了，代办广告一律删除。大家收到这类私信也请点举报。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'shore_walker',
        body: '请问情况说明写了哪些内容？能分享个大概结构吗？',
        afterDays: 4,
        replies: [
          {
            author: 'numbers_wang',
            body: '就三段：为什么逾期（收入下降、从什么时候开始）；现在的收入和固定支出；每月能承受多少。别写太长，一页纸就够了。',
            afterDays: 5,
          },
        ],
      },
      {
        author: 'ray_sz',
        body: 'Very helpful. The wording really matters — same thing happened to me with my bank.',
        afterDays: 10,
      },
    ],
  },
  // ─── 3 ───────────────────────────────────────────────────────────────
  {
    author: 'laozhou',
    title: '老周的停息挂账记录：工行，被拒两次后谈成了',
    body: `饭馆倒了以后，三张卡里工行是我撑得最久的一张，一直还最低。去年八月，最低也还不上了。

说实话，前几个月我是躲的。电话不接，短信不看，晚上喝点酒才睡得着。有一次催收说“再不还就去你老家”，我老婆看我脸色不对，那天晚上我把所有的账都摊开给她看了。那是我这一年最难、也最对的一件事。

今年重新上班，每个月能稳定拿到工资，才敢去谈：

- 第一次去网点，柜台说信用卡的事要打客服，白跑一趟；
- 打客服申请，被拒，说我没有提供困难证明；
- 第二次寄了饭馆的注销材料、新单位的收入证明、家里的支出清单，还是拒了，说金额大要再审；
- 九月第三次，客服回电：停止计息，本金分60期。

每月两千出头。老婆说，总比天天心里压着块石头强。**四十多岁了，慢慢还吧。**`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'suspended-interest',
    lender: 'icbc',
    amountBand: '100k-300k',
    monthsOverdue: 13,
    postedDaysAgo: 45,
    timeline: [
      { date: '2025-08', stage: 'sms', note: '工行最低还款也还不上了' },
      { date: '2025-11', stage: 'calls', note: '催收说“再不还就去你老家”，当晚跟老婆摊牌' },
      { date: '2026-02', stage: 'letters', note: '收到银行的催收函' },
      { date: '2026-06', stage: 'negotiation', note: '重新上班后开始申请，前两次被拒' },
      { date: '2026-09-20', stage: 'settled', note: '第三次获批，停息，本金分60期' },
    ],
    replies: [
      {
        author: 'xinli_an',
        body: '“那天晚上我把所有的账都摊开给她看了”——这一步很多人要拖很久。躲的那几个月不是因为你不负责，而是压力太大时人会本能地想逃。现在有人一起扛了，也照顾好自己的睡眠，少靠酒。',
        afterDays: 0,
        replies: [
          {
            author: 'laozhou',
            body: '谢谢安老师。酒已经戒得差不多了，现在晚上出去走两圈。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'counsel_wu',
        body: '本金分60期以后，建议把另外两张卡也放进同一张表，看每月总还款占收入多少。超过一半的话，生活会很紧，要提前想好应对。',
        afterDays: 1,
        replies: [
          {
            author: 'laozhou',
            body: '浦发那张已经判了，在执行；招行那张也走到法院了。都在表里，确实紧。',
            afterDays: 2,
            replies: [
              {
                author: 'counsel_wu',
                body: '那就先保证工行这个分期不断。执行那边可以问问法官，有没有可能和银行谈执行和解。一件一件来。',
                afterDays: 3,
              },
            ],
          },
        ],
      },
      {
        author: 'deliver_rider',
        body: '老周加油，看过你好几个帖子了，每次都有进展。',
        afterDays: 2,
      },
      {
        author: 'ex_collector',
        body: '“去你老家”这种话其实是不合规的，通话有录音，可以记下时间向银行投诉。不过你现在已经谈成了，就往前看吧。',
        afterDays: 5,
      },
    ],
  },
  // ─── 4 ───────────────────────────────────────────────────────────────
  {
    author: 'night_owl',
    title: '卖了车，把工行那张四万多一次还清了',
    body: `第一次在这里发帖，写给也在犹豫要不要卖东西还债的人。

今年上半年接的项目少，工行卡四月开始逾期。短信、电话都经历过，七月收到一封催收函，说要“移交外访”。我住在父母家，一想到有人上门，整晚睡不着。

家里唯一值钱的是一辆开了六年的小车，平时跑客户用。犹豫了两周，最后卖了。

**我算的账是这样的：**

- 卡上连本带息四万三左右，每个月利息加违约金还在往上涨；
- 车卖了四万七，还完还剩一点；
- 车的保险、保养、停车，一年也要七八千。

八月中旬一次性还清，打客服确认结清，要了结清证明。征信上的逾期记录还在，客服说会按规定保留，我也认了。

现在出门坐地铁，见客户前多留半小时。说不上轻松，但睡觉踏实了。`,
    stages: ['sms', 'calls', 'letters', 'settled'],
    outcome: 'paid-in-full',
    lender: 'icbc',
    amountBand: '10k-50k',
    monthsOverdue: 4,
    postedDaysAgo: 395,
    timeline: [
      { date: '2025-04', stage: 'sms', note: '项目款没到，工行卡第一次逾期' },
      { date: '2025-06', stage: 'calls', note: '催收电话变多，开始失眠' },
      { date: '2025-07', stage: 'letters', note: '收到催收函，说要“移交外访”' },
      { date: '2025-08-15', stage: 'settled', note: '卖车款到账，一次性还清四万三，拿到结清证明' },
    ],
    replies: [
      {
        author: 'moderator',
        body: '一次性结清是最干净的方式，结清证明一定要留好。按照征信的规则，不良记录一般从结清之日起保留五年，之后不再展示。',
        afterDays: 0,
        replies: [
          {
            author: 'night_owl',
            body: '好的，结清证明我扫描了一份存在网盘里，原件也收好了。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'shore_walker',
        body: '卖车这个决定真不容易。我也想过卖，但我跑业务离不开车，还在纠结。',
        afterDays: 1,
        replies: [
          {
            author: 'night_owl',
            body: '每个人情况不一样。我这边是车的养车成本占比太高；你要是靠车挣钱，那就是另一笔账了。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'jiangnan_rain',
        anonymous: true,
        body: '看到“睡觉踏实了”鼻子一酸。我也是户口在爸妈那儿，最怕外访。',
        afterDays: 3,
      },
      {
        author: 'counsel_wu',
        body: '账算得很清楚。卖资产还债之前，先比较一下“这个资产每年的持有成本”和“这笔债每年的利息成本”，很多人会跳过这一步。',
        afterDays: 4,
      },
    ],
  },
  // ─── 5 ───────────────────────────────────────────────────────────────
  {
    author: 'shore_walker',
    title: '建行说要上门，结果真来了：两个人，挺客气',
    body: `逾期第十个月，建行的外访真的来了。之前催收说过好几次“安排上门”，我一直以为是吓唬人。

那天是周六上午，两个人，一男一女，穿便服，带着工作证。先在门口核对我的名字，没进门，站在楼道里说了十来分钟：

- 说明了欠款金额和逾期时间；
- 问我现在的工作和收入，有没有还款打算；
- 留了一张“外访联系单”，让我签字确认收到。

我问能不能不签，他们说可以不签，但会记录为已送达。我最后签了，旁边写了一句“有还款意愿，申请协商”。

**说实话，他们比电话里的催收客气多了。**那个女的临走还说：“你这个金额可以去申请分期，别拖。”

后来我拿着那张联系单打客服，说外访人员建议我申请，前后沟通了两个多月，今年三月批了60期，每月三千二。紧，但能过。

写出来是想说：上门不一定是电视里那种场面，但也别当成没事。那是一个信号，该去谈了。`,
    stages: ['sms', 'calls', 'letters', 'home-visit', 'negotiation', 'settled'],
    outcome: 'installments',
    lender: 'ccb',
    amountBand: '100k-300k',
    monthsOverdue: 16,
    postedDaysAgo: 210,
    timeline: [
      { date: '2024-11', stage: 'sms', note: '业务下滑，建行卡开始逾期' },
      { date: '2025-02', stage: 'calls', note: '催收多次说要“安排上门”' },
      { date: '2025-06', stage: 'letters', note: '收到律师函' },
      { date: '2025-09-13', stage: 'home-visit', note: '两名外访人员到家，留下联系单，我签字注明有还款意愿' },
      { date: '2026-01', stage: 'negotiation', note: '拿着联系单打客服申请个性化分期' },
      { date: '2026-03-08', stage: 'settled', note: '批了60期，每月三千二' },
    ],
    replies: [
      {
        author: 'ex_collector',
        body: '外访一般是银行委托的，按规定要表明身份，不能强行进门，也不能向邻居宣扬你的欠款。你遇到的这两位算规范的。签字时写上“有还款意愿”，这个做法挺聪明。',
        afterDays: 0,
        replies: [
          {
            author: 'shore_walker',
            body: '是版里一个老帖子教的，说所有书面的东西都可以写上自己的态度。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'jiangnan_rain',
        anonymous: true,
        body: '我也可能要被上门，而且是去我爸妈那儿。他们年纪大了，真怕吓到他们。',
        afterDays: 2,
        replies: [
          {
            author: 'shore_walker',
            body: '可以先给爸妈打个预防针，说可能会有人来核实情况，不用开门，让他们直接打给你。',
            afterDays: 2,
            replies: [
              {
                author: 'xinli_an',
                body: '同意。提前告诉家人，比让他们毫无准备地面对陌生人好得多。开口会很难，但家人知道以后，往往比我们想象的更能扛。',
                afterDays: 3,
              },
            ],
          },
        ],
      },
      {
        author: 'numbers_wang',
        body: '每月三千二大概占你收入多少？我在整理大家的还款压力比例，想参考一下。',
        afterDays: 6,
        replies: [
          {
            author: 'shore_walker',
            body: '四成左右吧，再加上房租，每个月就剩不太多了，基本不敢生病。',
            afterDays: 7,
          },
        ],
      },
    ],
  },
  // ─── 6 ───────────────────────────────────────────────────────────────
  {
    author: 'jiangnan_rain',
    anonymous: true,
    title: '外访去了我爸妈家，我该怎么跟他们开口',
    body: `匿名发，因为我爸妈有时候会看我的手机。

中行那张卡欠了七万多，逾期快一年了。上周六我爸突然打电话，问我是不是在外面欠了钱，说有两个人拿着材料到老家来找我，还问了我现在住哪儿。

我爸语气很平静，但我听得出他一晚上没睡。我当时支支吾吾，只说“有点周转问题，会处理”，挂了电话就在卫生间里哭。

**现在的情况：**

- 户籍地址还是老家，所以外访去了那里；
- 八月收到过一封律师函，我没理；
- 这一年的收入只够付房租和还另一笔小额的。

想问问大家：

1. 我要不要主动联系银行，让他们别再去老家？
2. 怎么跟爸妈说实话？我怕他们拿养老钱出来帮我。

我不想再躲了，但不知道第一步该往哪儿迈。`,
    stages: ['sms', 'calls', 'letters', 'home-visit'],
    outcome: 'ongoing',
    lender: 'boc',
    amountBand: '50k-100k',
    monthsOverdue: 12,
    postedDaysAgo: 24,
    timeline: [
      { date: '2025-11', stage: 'sms', note: '中行卡开始逾期' },
      { date: '2026-03', stage: 'calls', note: '催收电话多到不敢开机' },
      { date: '2026-08', stage: 'letters', note: '收到律师函，没有回应' },
      { date: '2026-10-31', stage: 'home-visit', note: '外访人员去了老家，爸爸打电话来问' },
    ],
    replies: [
      {
        author: 'moderator',
        body: '抱抱你。先说一句：你已经在迈第一步了，就是把它写了出来。',
        afterDays: 0,
      },
      {
        author: 'ex_collector',
        body: '可以直接联系发卡行（不是外访公司），说明现住址和联系方式，表示会主动沟通，请他们更新信息。户籍地址是系统里的默认地址，你不更新，他们就只能往那儿去。',
        afterDays: 0,
        replies: [
          {
            author: 'jiangnan_rain',
            anonymous: true,
            body: '原来是这样，我一直以为不接电话就能拖过去。',
            afterDays: 1,
            replies: [
              {
                author: 'ex_collector',
                body: '恰恰相反，失联会让案子升级得更快。保持能联系上，是最基本的自我保护。',
                afterDays: 1,
              },
            ],
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '跟爸妈说的时候，可以先讲结论：“我欠了多少，我在想办法，我不需要你们的养老钱，我需要你们别太担心，有人来就让他们找我。”把边界说清楚，他们反而更容易安心。',
        afterDays: 1,
        replies: [
          {
            author: 'jiangnan_rain',
            anonymous: true,
            body: '这段话我抄下来了。打算这个周末回去当面说。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'counsel_wu',
        body: '房租加一笔小额的就把收入花完了，建议先做一张收支表，看看哪些开支能压下来，再去跟中行谈分期。没有具体数字，谈的时候很难说服对方。',
        afterDays: 2,
      },
      {
        author: 'shore_walker',
        body: '我被外访那次也吓了一跳，后来反而是因为那次谈成了分期。你一定可以的。',
        afterDays: 3,
      },
    ],
  },
  // ─── 7 ───────────────────────────────────────────────────────────────
  {
    author: 'night_owl',
    title: '交行个性化分期，我交了这些材料（附清单）',
    body: `之前在这里问过交行要什么材料，好几个人私信问结果，统一回复一下。

背景：自由职业，去年下半年收入断崖，交行卡欠了三万出头，逾期八个月。客服第一次就说可以提交申请，但要材料，我前后补了两次。

**我最后交的材料：**

- 情况说明（手写签名，拍照上传）；
- 近六个月的银行流水，能看出收入下降；
- 两份被取消的项目合同和对方的终止通知；
- 医院的诊断证明——那段时间我因为焦虑失眠去看过医生，客服说能说明困难原因的都可以交；
- 每月支出清单：房租、水电、吃饭、药费。

**没用上的：**社区开的困难证明，跑了两趟没开出来，好在最后也没要求。

提交后大概三周，短信通知通过，36期，每期一千出头，之后没再收违约金。

材料不是越多越好，关键是把“为什么还不上”和“以后怎么还”这两件事说清楚。这是给我办理的客服原话，我觉得很受用。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'installments',
    lender: 'bocom',
    amountBand: '10k-50k',
    monthsOverdue: 8,
    postedDaysAgo: 190,
    timeline: [
      { date: '2025-08', stage: 'sms', note: '项目接连取消，交行卡开始逾期' },
      { date: '2025-10', stage: 'calls', note: '每天都有催收电话，焦虑失眠去看了医生' },
      { date: '2026-01', stage: 'letters', note: '收到催收函' },
      { date: '2026-03-25', stage: 'negotiation', note: '提交材料：情况说明、流水、终止通知、诊断证明' },
      { date: '2026-04-18', stage: 'settled', note: '短信通知通过，36期' },
    ],
    replies: [
      {
        author: 'xinli_an',
        body: '谢谢你愿意把就医的经历也写出来。焦虑和失眠不是丢人的事，能去看医生，本身就是在照顾自己。',
        afterDays: 2,
        replies: [
          {
            author: 'night_owl',
            body: '谢谢。药已经停了，但还是会凌晨三点醒。不过比那时候好多了。',
            afterDays: 3,
            replies: [
              {
                author: 'xinli_an',
                body: '三点醒的时候，可以试试先别看手机，起来喝口温水，把脑子里转的事写在纸上，告诉自己“明天白天再处理”。',
                afterDays: 3,
              },
            ],
          },
        ],
      },
      {
        author: 'jiangnan_rain',
        body: '收藏了！想问一下情况说明是自己随便写，还是有固定格式？',
        afterDays: 5,
        replies: [
          {
            author: 'night_owl',
            body: '没有固定格式，我就写在一张 A4 纸上，一页，最后签名和日期。写得真诚一点就好。',
            afterDays: 5,
          },
        ],
      },
      {
        author: 'numbers_wang',
        body: '“为什么还不上”和“以后怎么还”，这两句总结得太好了，比我写的那一页纸精炼多了。',
        afterDays: 8,
      },
      {
        author: 'shore_walker',
        anonymous: true,
        body: '社区的困难证明我也没开出来，原来不是必须的，放心了。',
        afterDays: 20,
      },
    ],
  },
  // ─── 8 ───────────────────────────────────────────────────────────────
  {
    author: 'numbers_wang',
    title: '三张卡一张表：我是怎么排还款优先级的',
    body: `做了十年财务，最后把自己的账搞成这样，说出来都不好意思。不过既然擅长表格，就分享一下我现在用的方法。

**表格只有五列：**

| 债务 | 剩余本金 | 当前状态 | 每月应还 | 下一个节点 |
|---|---|---|---|---|
| 浦发 | 约4万 | 已停息分期 | 1100 | 每月8号扣款 |
| 招行 | 约6万 | 已停息分期 | 1300 | 每月15号扣款 |
| 广发 | 约7万 | 逾期中 | — | 刚收到催收函 |

**我的排序原则：**

1. 已经谈下来的方案绝对不能断。断了再重新谈，难度翻倍；
2. 剩下的钱先保吃住和通勤，再看能不能给广发攒一笔首付；
3. 每周日晚上花十分钟更新表格，看着数字往下走，心里会稳一点。

广发还在谈，催收函是十月到的，我原本打算年底前凑够一笔再打电话。现在最焦虑的是，催收员说这个月“可能会转诉讼”，不知道真假。`,
    stages: ['sms', 'calls', 'letters'],
    outcome: 'ongoing',
    lender: 'cgb',
    amountBand: '50k-100k',
    monthsOverdue: 9,
    postedDaysAgo: 19,
    timeline: [
      { date: '2026-02', stage: 'sms', note: '广发卡开始逾期，另外两张已经在分期' },
      { date: '2026-04', stage: 'calls', note: '催收电话，每周两三次' },
      { date: '2026-10', stage: 'letters', note: '收到广发的催收函，说“可能转诉讼”' },
    ],
    replies: [
      {
        author: 'ex_collector',
        body: '“转诉讼”这种话，在催收那边更多是一种施压。银行起不起诉，要看金额、账龄和内部策略，不是催收员一句话能定的。不过也别完全不当回事，谈得越早越主动。',
        afterDays: 0,
        replies: [
          {
            author: 'numbers_wang',
            body: '明白，那我不等年底了，下周先打一次，把还款意愿登记上。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'counsel_wu',
        body: '你这张表比很多人做得好。建议再加一列“最坏情况”：比如广发如果起诉，大概多久、会多出哪些费用。提前想过最坏的，心里反而不慌。',
        afterDays: 1,
        replies: [
          {
            author: 'numbers_wang',
            body: '好主意，我去补一列。做财务的本能就是怕有没想到的风险。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'yehang_fish',
        body: '表格抄走了！我一直是记在脑子里，越想越乱，半夜还会算错。',
        afterDays: 3,
      },
      {
        author: 'laozhou',
        body: '每周日更新一次这个习惯好，我也开始学着记了，老婆负责检查。',
        afterDays: 4,
      },
    ],
  },
  // ─── 9 ───────────────────────────────────────────────────────────────
  {
    author: 'laozhou',
    title: '浦发起诉判决后进了执行，说说现状',
    body: `浦发那张卡欠了七万多，去年十月收到法院的电子送达，起诉状、传票都在短信链接里。那时候我还在收拾饭馆倒闭的烂摊子，没请律师，自己去了。

**庭上的情况：**

- 简易程序，法官、银行的代理人和我，二十来分钟；
- 欠款金额我没有异议，只说了困难，问能不能少算点罚息；
- 法官说利息和费用要按合同和法律规定来审。后来的判决支持了本金和一部分利息、费用，具体数目判决书上写得清楚。

一月拿到判决，我没能按期履行，三月银行申请了执行。

**执行以后发生的事：**

1. 名下一张储蓄卡被冻结，里面只有几百块；
2. 收到了限制消费令，不能坐飞机，高铁也有限制；
3. 执行法官打电话来，问我有没有财产，让我如实申报。

我如实申报了，也说了现在的工资情况。法官说可以跟银行沟通执行和解。我正在准备，有经验的朋友能说说吗？`,
    stages: ['sms', 'calls', 'letters', 'lawsuit'],
    outcome: 'sued',
    lender: 'spdb',
    amountBand: '50k-100k',
    monthsOverdue: 18,
    postedDaysAgo: 250,
    timeline: [
      { date: '2024-09', stage: 'sms', note: '饭馆关门，浦发卡开始逾期' },
      { date: '2025-01', stage: 'calls', note: '电话催收，基本不敢接' },
      { date: '2025-05', stage: 'letters', note: '收到律师函' },
      { date: '2025-10-21', stage: 'lawsuit', note: '电子送达起诉状和传票' },
      { date: '2026-01-12', stage: 'lawsuit', note: '收到判决书' },
      { date: '2026-03', stage: 'lawsuit', note: '进入执行，储蓄卡被冻结，收到限制消费令' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '执行阶段如实申报财产是对的，瞒报有法律风险。执行和解一般是和申请执行人（银行）达成分期或减免的协议，再交给法院。准备时写清每月能稳定拿出多少、从什么时候开始、怎么付。银行同不同意，要看它的政策。',
        afterDays: 0,
        replies: [
          {
            author: 'laozhou',
            body: '谢谢律师。每月能拿出多少，我得先把工行、招行的情况理清楚再算。',
            afterDays: 1,
            replies: [
              {
                author: 'lawyer_he',
                body: '对，别为了和解先答应一个做不到的数字。和解协议如果又违约，对方可以申请恢复执行原来的判决。量力而行。',
                afterDays: 2,
              },
            ],
          },
        ],
      },
      {
        author: 'shore_walker',
        body: '我那笔招联也快走到这一步了，看了你的帖子心里多少有点数。',
        afterDays: 2,
      },
      {
        author: 'counsel_wu',
        body: '如果以后工资卡被冻结，基本生活费的问题可以直接问执行法官，各地法院处理不太一样。先把问题提出来，比自己瞎猜好。',
        afterDays: 3,
      },
      {
        author: 'night_owl',
        anonymous: true,
        body: '想问问限消以后，生活上影响大吗？我最怕的就是这个。',
        afterDays: 10,
        replies: [
          {
            author: 'laozhou',
            body: '出门慢一点，坐普通火车。最难受的其实是心里那种被标记的感觉，日子倒还能过。',
            afterDays: 11,
          },
        ],
      },
    ],
  },
  // ─── 10 ──────────────────────────────────────────────────────────────
  {
    author: 'ray_sz',
    title: 'CITIC 48-month plan: what worked for me',
    body: `My contract ended in January and I missed my first CITIC payment in February. About ¥80k on the card.

**What worked for me:**

- Calling the card centre myself instead of waiting for collectors.
- Using the exact phrase 个性化分期. When I said "installment plan" in English, the agent had no idea what to offer.
- Sending my new offer letter and six months of bank statements.
- Staying calm when the first agent said no. I called back three days later and got someone else.

Approved in August: 48 months, interest stopped, first payment around ¥1,800.`,
    stages: ['sms', 'calls', 'negotiation', 'settled'],
    outcome: 'installments',
    lender: 'citic',
    amountBand: '50k-100k',
    monthsOverdue: 6,
    postedDaysAgo: 60,
    timeline: [
      { date: '2026-02', stage: 'sms', note: 'Missed the first payment after my contract ended' },
      { date: '2026-04', stage: 'calls', note: 'Daily calls from collectors, mostly in Chinese' },
      { date: '2026-07-14', stage: 'negotiation', note: 'Called the card centre and asked for 个性化分期' },
      { date: '2026-08-05', stage: 'settled', note: '48-month plan confirmed by SMS' },
    ],
    replies: [
      {
        author: 'moderator',
        body: 'Thanks for writing this in English — 我们也有几位在华工作的外籍朋友在看。谈下来以后，记得把确认短信截图保存。',
        afterDays: 0,
        replies: [
          {
            author: 'ray_sz',
            body: 'Yes, got the SMS with the terms and screenshotted it right away.',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'numbers_wang',
        body: '说中文关键词这一点太真实了，系统里可能就是按这个词分流的。',
        afterDays: 1,
      },
      {
        author: 'ex_collector',
        body: 'Good point about calling back. 不同坐席的经验和权限不一样，换一个人接，结果可能就不同。',
        afterDays: 2,
      },
      {
        author: 'night_owl',
        anonymous: true,
        body: 'Can I ask if your income had recovered by then? 我还没找到稳定的活，担心被拒。',
        afterDays: 5,
        replies: [
          {
            author: 'ray_sz',
            body: 'Partly — new job but lower pay. I think what mattered was showing stable income, not high income. Good luck!',
            afterDays: 6,
          },
        ],
      },
    ],
  },
  // ─── 11 ──────────────────────────────────────────────────────────────
  {
    author: 'night_owl',
    title: '收到法院短信说平安起诉了我，手还在抖',
    body: `凌晨一点，刚看到一条短信，自称某区人民法院，说是平安银行信用卡纠纷，让我点链接查看诉前调解材料。

第一反应是诈骗，在网上搜了半个小时，越搜越怕。

**我的情况：**

- 平安卡欠了六万左右，逾期一年多；
- 交行那张今年四月已经分期了，每月在还，所以平安这张一直没顾上；
- 四月收到过律师函，后来电话少了，我还以为对方放弃了。

**我现在的疑问：**

1. 这种短信怎么确认真假？
2. 诉前调解是什么意思？我是不是一定要去？
3. 会不会影响工作？我是自由职业，主要在平台上接单。

我知道这一天早晚会来，但真的来了，整个人还是僵住了。之前卖车还了工行，以为自己在往上走，结果又掉下去了。`,
    stages: ['sms', 'calls', 'letters', 'lawsuit'],
    outcome: 'sued',
    lender: 'pingan',
    amountBand: '50k-100k',
    monthsOverdue: 14,
    postedDaysAgo: 30,
    timeline: [
      { date: '2025-08', stage: 'sms', note: '平安卡开始逾期' },
      { date: '2025-11', stage: 'calls', note: '催收电话，优先处理了交行那张' },
      { date: '2026-04', stage: 'letters', note: '收到律师函，之后电话变少' },
      { date: '2026-10-28', stage: 'lawsuit', note: '收到法院短信，诉前调解' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '先深呼吸。确认真假：不要直接点短信链接填个人信息，可以自己在应用商店找法院的官方平台，或者查当地法院公开的联系方式核实案号。真实的诉前调解一般会告诉你案号和调解员。',
        afterDays: 0,
        replies: [
          {
            author: 'night_owl',
            body: '刚在法院官方的小程序里查到了，案号对得上，是真的。',
            afterDays: 0,
            replies: [
              {
                author: 'lawyer_he',
                body: '好，那就认真对待。诉前调解是在正式立案前，由法院委派的调解员组织双方协商。不是逼你接受方案，但这是一个谈的窗口，建议参加。',
                afterDays: 1,
                replies: [
                  {
                    author: 'night_owl',
                    body: '调解的时候我可以提分期吗？我每个月最多能拿出两千。',
                    afterDays: 1,
                    replies: [
                      {
                        author: 'lawyer_he',
                        body: '可以提，把收入、支出和正在还的交行分期都说清楚。银行接不接受要看它的政策。调解协议经过司法确认后，效力和判决差不多，所以只答应自己做得到的。',
                        afterDays: 2,
                        replies: [
                          {
                            author: 'night_owl',
                            body: '明白了。我先把收支列出来，调解那天如实说，不硬撑。谢谢律师，今晚总算能睡一会儿了。',
                            afterDays: 2,
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '“以为在往上走，结果又掉下去”，这种感觉特别折磨人。但你卖了车、谈下了交行，这些都还在，并没有归零。今晚先让自己睡一下，事情明天白天再处理。',
        afterDays: 0,
      },
      {
        author: 'shore_walker',
        body: '我被招联起诉之前也走过诉前调解，一开始也以为是诈骗。调解员人挺好的，给了我一个多月准备。',
        afterDays: 3,
      },
      {
        author: 'counsel_wu',
        body: '每月最多两千这个数，建议再留点余量。自由职业收入不稳，按过去半年里最低的几个月来算更安全。',
        afterDays: 4,
        replies: [
          {
            author: 'night_owl',
            body: '有道理，最低那两个月只有四千多，那我按一千五去谈。',
            afterDays: 5,
          },
        ],
      },
      {
        author: 'xiaomi_mama',
        anonymous: true,
        body: '同样是平安，我走的是协商，没到起诉这一步。看你这样我心里也发紧，加油。',
        afterDays: 6,
      },
    ],
  },
  // ─── 12 ──────────────────────────────────────────────────────────────
  {
    author: 'xiaomi_mama',
    title: '平安停息挂账谈成了，前后打了十一个电话',
    body: `我是全职妈妈，孩子两岁前没上班，家里靠老公一个人的工资。平安这张卡是结婚前办的，怀孕那段时间用它垫了不少钱，后来就滚成了六万多。

**我的十一个电话：**

- 第1～3个：说要协商，客服说只能全额还或者还最低，我不知道怎么接话，就挂了；
- 第4～6个：看了论坛，改口说“申请个性化分期”，对方说要审核，让我等回电，结果没等到；
- 第7个：主动问审核进度，才知道材料不全，要补收入证明；
- 第8～10个：我刚找到一份行政工作，补了劳动合同和工资流水；
- 第11个：客服回电，停止计息，分60期，每月一千一左右。

每一通电话我都记在备忘录里：日期、时间、对方工号、说了什么。**这个本子是我最后能谈成的关键。**

老公一开始不知道这张卡，后来是我自己说的。他没骂我，只说以后一起记账。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'suspended-interest',
    lender: 'pingan',
    amountBand: '50k-100k',
    monthsOverdue: 9,
    postedDaysAgo: 150,
    timeline: [
      { date: '2025-09', stage: 'sms', note: '平安卡开始逾期' },
      { date: '2025-12', stage: 'calls', note: '催收电话变多，不知道怎么接' },
      { date: '2026-02', stage: 'letters', note: '收到催收函，这张卡还瞒着家里' },
      { date: '2026-04-08', stage: 'negotiation', note: '开始打电话协商，前三次不知道怎么说' },
      { date: '2026-06-16', stage: 'settled', note: '第十一个电话，停息，分60期' },
    ],
    replies: [
      {
        author: 'moderator',
        body: '十一个电话的记录方式很值得学习，已经加入精华区，给后来的人参考。',
        afterDays: 0,
      },
      {
        author: 'yehang_fish',
        body: '我这几天也在打，第一次同样不知道怎么接话……请问从第四次开始具体是怎么说的？',
        afterDays: 2,
        replies: [
          {
            author: 'xiaomi_mama',
            body: '我说：“我目前确实没有能力全额还款，但我有还款意愿，想申请个性化分期，请问需要提供什么材料？”就这一句，反复说。',
            afterDays: 2,
            replies: [
              {
                author: 'yehang_fish',
                body: '记下来了，明天一早就打。谢谢你，小米妈妈！',
                afterDays: 3,
              },
            ],
          },
        ],
      },
      {
        author: 'counsel_wu',
        body: '全职带娃期间没有收入，是很常见的逾期原因。你们后来决定一起记账，这件事比分期本身还重要。',
        afterDays: 4,
      },
      {
        author: 'jiangnan_rain',
        anonymous: true,
        body: '老公没骂你这段看哭了。我到现在还没敢跟家里说。',
        afterDays: 7,
        replies: [
          {
            author: 'xiaomi_mama',
            body: '我说之前也怕了很久。后来发现一个人扛的时候最可怕，说出来反而轻了。你慢慢来。',
            afterDays: 8,
          },
        ],
      },
    ],
  },
  // ─── 13 ──────────────────────────────────────────────────────────────
  {
    author: 'xiaomi_mama',
    anonymous: true,
    title: '花呗七千多，卖了闲置、发了工资，终于还清了',
    body: `匿名发，因为有点丢人：欠得不多，却被它折磨了两个月。

花呗七千多，大部分是给孩子买的：奶粉、纸尿裤，还有一个没上几节的早教课。那段时间没收入，总想着“下个月再说”，结果五月开始逾期。

**逾期后的两个月：**

- 先是 App 里的提醒和短信，每天都有；
- 六月开始有电话，说话倒不凶，但每次都问“今天能还多少”；
- 最难受的是花呗用不了，买菜时扫码失败，在收银台前脸一下就红了。

**我做了三件事：**

1. 把家里闲置的婴儿车、学步车、绘本挂到二手平台，卖了一千六；
2. 新工作第一个月工资到账，留够房租和伙食，剩下全还；
3. 在备忘录里写了一句话：以后不为“孩子需要”这四个字冲动消费。

七月二十号全部还清，截图存好。金额小，但那种每天被提醒的窒息感是真的。写给同样因为小钱睡不着的人：先还完一个，会好很多。`,
    stages: ['sms', 'calls', 'settled'],
    outcome: 'paid-in-full',
    lender: 'huabei',
    amountBand: 'under-10k',
    monthsOverdue: 2,
    postedDaysAgo: 88,
    timeline: [
      { date: '2026-05', stage: 'sms', note: '花呗逾期，每天都有提醒' },
      { date: '2026-06', stage: 'calls', note: '开始接到电话，超市扫码失败' },
      { date: '2026-07-20', stage: 'settled', note: '卖闲置加第一个月工资，全部还清' },
    ],
    replies: [
      {
        author: 'counsel_wu',
        body: '“金额小，但那种窒息感是真的”，很同意。小额消费贷反而最容易被忽视，越拖越乱。先把小的清掉，能腾出不少心理空间。',
        afterDays: 0,
      },
      {
        author: 'deliver_rider',
        body: '扫码失败那个场景太真实了，我在加油站也遇到过，后面排了一串人。',
        afterDays: 1,
        replies: [
          {
            author: 'xiaomi_mama',
            anonymous: true,
            body: '对，就是那种感觉，想找个地缝钻进去。现在好了，可以抬头买菜了。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '为孩子花钱的时候，“我想给他最好的”常常会变成压在自己身上的重量。你给自己定的那句话，其实也是在照顾你自己。',
        afterDays: 2,
      },
      {
        author: 'jiangnan_rain',
        body: '二手平台这招好，我家里也堆了一堆闲置，这周末就整理出来。',
        afterDays: 5,
      },
    ],
  },
  // ─── 14 ──────────────────────────────────────────────────────────────
  {
    author: 'demo',
    title: '花呗刚逾期三天，收到第一条短信，心慌得睡不着',
    body: `又是我，不知道发在这里合不合适。

上个月刚把白条还完（上一个帖子写过），以为能喘口气，结果今天晚上收到短信，说花呗已逾期三天，请尽快处理，以免影响个人信用。

欠得不多，三千二。但这个月工资要十号才发，房租刚交完，卡里只剩几百块。

**我现在脑子里转的问题：**

- 逾期三天，会不会已经上征信了？
- 要不要先找朋友借钱还上？
- 还是等十号发了工资再还？

我知道跟大家比起来这是很小的事，可我第一次遇到，一整晚都在刷手机，越刷越慌。看到这里有人说“先把它写下来”，我就写了。

谢谢愿意看完的人。`,
    stages: ['sms'],
    outcome: 'ongoing',
    lender: 'huabei',
    amountBand: 'under-10k',
    monthsOverdue: 1,
    postedDaysAgo: 1,
    replies: [
      {
        author: 'moderator',
        body: '欢迎来。这不是小事，第一次遇到会慌很正常。先别急着借钱，把情况弄清楚再决定。',
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: '什么时候报送征信，各家机构的规则不完全一样，可以在支付宝里找花呗客服问清楚。如果十号能还上，问问能不能说明情况、约定还款时间。千万别为了三千二再去借一笔新的网贷，那是最容易滚起来的。',
        afterDays: 0,
        replies: [
          {
            author: 'demo',
            body: '好的，明天一早就问客服。网贷我本来都打开页面了，看到这句赶紧关掉了。',
            afterDays: 1,
            replies: [
              {
                author: 'counsel_wu',
                body: '关掉就对了。十号之前，除了吃饭和通勤，尽量别再有别的开支。',
                afterDays: 1,
              },
            ],
          },
        ],
      },
      {
        author: 'xiaomi_mama',
        body: '我之前花呗拖了两个月才还上。三天真的还来得及，别怕。',
        afterDays: 1,
      },
      {
        author: 'night_owl',
        anonymous: true,
        body: '同样失眠的人路过。先睡吧，这件事明天白天再处理，会比现在清楚得多。',
        afterDays: 1,
      },
    ],
  },
  // ─── 15 ──────────────────────────────────────────────────────────────
  {
    author: 'shore_walker',
    title: '借呗逾期四十多天，最后找姐姐借了钱',
    body: `写这个帖子不是为了教什么方法，只是想说说“开口借钱”这件事。

借呗两万六，九月开始逾期。那时候建行那张卡已经在被催，我整个人是麻的，借呗的短信、电话来了就划掉。

十月有一天，我姐打电话问我国庆怎么没回家。我没忍住，在电话里说了一句：“姐，我欠了好多钱。”

她沉默了大概十秒，然后说：“先说借呗那个，多少钱？”

**接下来是这样的：**

- 她让我把所有欠款列清楚发给她，我列了，发过去的时候手一直在抖；
- 她说建行那张她帮不了，但借呗这笔可以先借我，让我写借条，每月还她一千；
- 十一月中旬她转了钱，我当天还清借呗，截图发给她看。

借条是我坚持要写的，她一开始说不用。现在每个月十五号还她，一次没断过。

**向家人开口，比给银行打电话难一百倍。**但那十秒钟的沉默之后，我知道自己不是一个人了。`,
    stages: ['sms', 'calls', 'settled'],
    outcome: 'paid-in-full',
    lender: 'jiebei',
    amountBand: '10k-50k',
    monthsOverdue: 2,
    postedDaysAgo: 340,
    replies: [
      {
        author: 'xinli_an',
        body: '“那十秒钟的沉默”写得让人心里一紧。开口求助本身就需要很大的勇气，你坚持写借条，也是在保护你们之间的关系。',
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: '向亲友借钱去还高息的债，是一种常见也合理的“债务置换”。关键就是你做到的两点：写清借条，按时还。家人的钱没有催收，但更不能断。',
        afterDays: 1,
        replies: [
          {
            author: 'shore_walker',
            body: '是的，我把还姐姐的钱放在每月还款的第一位，比银行还优先。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'laozhou',
        anonymous: true,
        body: '我也想过找我哥，但一直拉不下脸。看完你的帖子，想再试一次。',
        afterDays: 4,
        replies: [
          {
            author: 'shore_walker',
            body: '试试吧，最坏也就是被拒绝，但至少不用再一个人憋着。',
            afterDays: 5,
          },
        ],
      },
      {
        author: 'jiangnan_rain',
        body: '你姐姐那句“先说借呗那个”好温柔，一下子就把事情拉回到能解决的样子。',
        afterDays: 9,
      },
    ],
  },
  // ─── 16 ──────────────────────────────────────────────────────────────
  {
    author: 'yehang_fish',
    title: '微粒贷协商分期，和网上传的不太一样',
    body: `被裁之后，最先出问题的是微粒贷，两万出头，九月开始逾期。

网上说什么的都有：有人说微粒贷从不协商，有人说打个电话就能停息。我自己的经历是，两种说法都不对。

**过程：**

- 逾期头一个月，都是短信和 App 里的提醒；
- 十月开始接到电话，对方挺职业，问我逾期原因、打算什么时候还；
- 我如实说了被裁、正在找工作，问能不能分期。对方说可以提交协商还款的申请，要我提供离职证明；
- 十二月申请通过，剩余欠款分24期。利息没有免，但每月金额降到了我能承受的范围。

**我觉得有用的两点：**

1. 电话里别说“我不还了”“你们随便告”这种气话。我有一次情绪上头说了，对方语气立刻就变了。后来我又打回去道歉，重新说明情况。
2. 一切以书面确认为准。电话里说的“可以”，不等于已经批了。

现在每月九百多。工作也找到了，虽然工资少了三分之一。先稳住再说。`,
    stages: ['sms', 'calls', 'negotiation', 'settled'],
    outcome: 'installments',
    lender: 'weilidai',
    amountBand: '10k-50k',
    monthsOverdue: 4,
    postedDaysAgo: 300,
    timeline: [
      { date: '2025-09', stage: 'sms', note: '被裁后微粒贷最先逾期' },
      { date: '2025-10', stage: 'calls', note: '开始接到电话，有一次没忍住说了气话' },
      { date: '2025-12-10', stage: 'negotiation', note: '提交协商还款申请和离职证明' },
      { date: '2026-01-08', stage: 'settled', note: '剩余欠款分24期，每月九百多' },
    ],
    replies: [
      {
        author: 'ex_collector',
        body: '“对方语气立刻就变了”，这是真的。坐席会在系统里记录客户的态度，一旦标了“拒绝还款”，后面的流程就不一样了。你后来打回去道歉、重新说明，这个补救做得很好。',
        afterDays: 0,
        replies: [
          {
            author: 'yehang_fish',
            body: '原来真的会记录！那次是气昏头了，还好后来补救了。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'deliver_rider',
        body: '我那笔消金也是，别人说能停息，我打过去对方说没有这个政策。每家真的不一样。',
        afterDays: 2,
      },
      {
        author: 'numbers_wang',
        body: '利息没免，但能把每月金额压下来，这个取舍我觉得是对的。现金流比总利息更要命。',
        afterDays: 6,
      },
      {
        author: 'jiangnan_rain',
        anonymous: true,
        body: '请问离职证明是必须的吗？我是自己辞职的，不知道算不算。',
        afterDays: 30,
        replies: [
          {
            author: 'yehang_fish',
            body: '主动辞职的情况怎么算我不确定，建议直接问客服。能证明收入下降的材料，比如银行流水，应该都有帮助。',
            afterDays: 31,
          },
        ],
      },
    ],
  },
  // ─── 17 ──────────────────────────────────────────────────────────────
  {
    author: 'demo',
    title: '白条逾期23天，第一次在这里发帖',
    body: `潜水看了好几天，今天终于可以发一个“好消息”：白条还清了。

情况很简单，也很蠢：工作第一年，手机、耳机、一台平板，全是白条分期买的，每月加起来一千八。九月换了工作，新公司工资晚发了半个月，就断了。

**这二十三天里：**

- 先是 App 推送和短信，说已逾期，会产生违约金；
- 十月初接到第一个电话，是个女生，挺客气，问我什么时候能还。我说发了工资就还，她说会备注，让我按时处理；
- 之后又接了两个电话，我都说了同样的话。

十月十三号发工资，当天就把逾期的部分和违约金都还上了，剩下的分期恢复正常。

我知道跟版里很多人比，这根本不算什么。但这二十多天我天天失眠，所以想记下来：**别在没有稳定收入的时候，用分期去买“想要”的东西。**

接下来打算把剩下的几期提前还掉，然后关掉白条。`,
    stages: ['sms', 'calls', 'settled'],
    outcome: 'paid-in-full',
    lender: 'jd-baitiao',
    amountBand: 'under-10k',
    monthsOverdue: 1,
    postedDaysAgo: 44,
    timeline: [
      { date: '2026-09-20', stage: 'sms', note: '新公司工资晚发，白条分期第一次没还上' },
      { date: '2026-10-03', stage: 'calls', note: '第一个催收电话，说好发工资就还' },
      { date: '2026-10-13', stage: 'settled', note: '发工资当天还清逾期部分和违约金' },
    ],
    replies: [
      {
        author: 'moderator',
        body: '欢迎！没有什么“根本不算什么”，每个人的难受都是真的。还清了，值得给自己庆祝一下。',
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: '把剩下几期提前还掉再关掉，这个打算很好。补一句：提前还款前看看有没有手续费或者规则限制，算清楚再操作。',
        afterDays: 0,
        replies: [
          {
            author: 'demo',
            body: '好的，我去 App 里看一下提前还款的规则，谢谢提醒。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'deliver_rider',
        body: '刚工作那会儿我也一样，分期买了电动车和手机，后来才知道每月的固定支出有多吓人。',
        afterDays: 1,
      },
      {
        author: 'xinli_an',
        body: '二十多天天天失眠，说明你对自己要求挺高的。事情已经处理好了，也试着对自己温柔一点。',
        afterDays: 2,
      },
    ],
  },
  // ─── 18 ──────────────────────────────────────────────────────────────
  {
    author: 'ray_sz',
    title: 'JD Baitiao: asked twice, fees waived',
    body: `Small amount, but maybe useful for someone.

I had about ¥6k on Baitiao from setting up my flat. I missed payments for three months during a gap between jobs, and the late fees added up to several hundred yuan.

Once I had money again, I called customer service and asked whether the overdue fees could be reduced if I paid everything at once. First answer: no. I asked again a week later, explained the job gap, and offered to pay the full principal that day. This time they waived most of the late fees.

**Lesson:** ask politely, ask again, and have the money ready before you call.`,
    stages: ['sms', 'calls', 'negotiation', 'settled'],
    outcome: 'reduction',
    lender: 'jd-baitiao',
    amountBand: 'under-10k',
    monthsOverdue: 3,
    postedDaysAgo: 230,
    replies: [
      {
        author: 'numbers_wang',
        body: '“先把钱准备好再打电话”很关键，对方看到你马上能付，才有理由给你减免。',
        afterDays: 1,
      },
      {
        author: 'ex_collector',
        body: 'Exactly. 一次性结清时申请减免违约金，很多机构都有操作空间，但要看政策和账龄，不是每次都能成。',
        afterDays: 1,
      },
      {
        author: 'deliver_rider',
        anonymous: true,
        body: 'Thanks Ray！我那笔消金也准备一次性结清，明天就去问违约金能不能减。',
        afterDays: 1,
        replies: [
          {
            author: 'ray_sz',
            body: 'Good luck! Make sure the waiver is confirmed in writing before you pay.',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'moderator',
        body: 'Thanks Ray. 小金额的减免经验也很有价值，已经归到“减免”标签下了。',
        afterDays: 3,
      },
    ],
  },
  // ─── 19 ──────────────────────────────────────────────────────────────
  {
    author: 'deliver_rider',
    title: '跑单摔了腿，一个多月没收入，催收一天七八个电话',
    body: `三点了，腿疼得睡不着，上来说说。

今年四月和七月，我好不容易把之前的消金和建行那张都处理完了（之前发过帖子）。八月中旬送餐路上下雨，电动车滑了，右腿骨裂，打了石膏，一个多月没法跑单。

平台有一点补助，但房租、吃饭、药费一扣就没了。美团那边之前借的一万多，九月开始逾期。

**现在每天的样子：**

- 早上八点多第一个电话，一天七八个，有时候换着号码打；
- 有一个说话很冲，说“你腿断了又不是手断了，不能打工吗”；
- 还有一个说要联系我的紧急联系人，我填的是我妈。

我已经能慢慢走了，下周打算先跑半天试试。

**想问问大家：**

1. 说话难听的那种，可以投诉吗？投诉了会不会更狠？
2. 能不能跟美团说明受伤的情况，先缓一缓？我有医院的诊断和病历。

不想再从头来一遍了，真的累。`,
    stages: ['sms', 'calls'],
    outcome: 'ongoing',
    lender: 'meituan',
    amountBand: '10k-50k',
    monthsOverdue: 3,
    postedDaysAgo: 5,
    timeline: [
      { date: '2026-08-16', note: '送餐路上摔车，右腿骨裂，停止跑单' },
      { date: '2026-09', stage: 'sms', note: '美团借的钱开始逾期' },
      { date: '2026-10', stage: 'calls', note: '每天七八个电话，有人说要联系紧急联系人' },
    ],
    replies: [
      {
        author: 'ex_collector',
        body: '“腿断了又不是手断了”这种话是不合规的。可以记下来电时间，通过平台的官方客服渠道投诉，说明对方原话。正规机构对投诉有考核，一般不会因为你投诉就更狠，反而会更注意。',
        afterDays: 0,
        replies: [
          {
            author: 'deliver_rider',
            body: '那个号码每次都不一样，我也不知道具体是谁打的。',
            afterDays: 0,
            replies: [
              {
                author: 'ex_collector',
                body: '不需要知道是谁，说清来电日期和大概时间就行，机构那边能查到是哪个坐席打的。有条件的话，接电话时开着通话录音。',
                afterDays: 0,
                replies: [
                  {
                    author: 'deliver_rider',
                    body: '好，我手机有自动录音，我去翻一下那天的。',
                    afterDays: 1,
                    replies: [
                      {
                        author: 'ex_collector',
                        body: '翻到了就留着，投诉时说明有录音就行，先不用发给谁。还有紧急联系人的事，可以先跟你妈打个招呼，让她接到电话就说“让他自己处理”，别的不用多说。',
                        afterDays: 1,
                        replies: [
                          {
                            author: 'deliver_rider',
                            body: '嗯，今天给我妈打电话说了，她就说了一句“你先把腿养好”。没有我想象中那么难。',
                            afterDays: 2,
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        author: 'counsel_wu',
        body: '受伤导致收入中断，是协商时很有说服力的理由。把诊断证明、病历、平台的停单记录准备好，向官方客服说明情况，问问有没有延期或分期的方案。批不批要看对方政策，但一定要问。',
        afterDays: 0,
        replies: [
          {
            author: 'deliver_rider',
            body: '平台停单记录这个我倒没想到，马上去截图。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '“不想再从头来一遍了，真的累”，这个累是真实的。你已经把两笔处理好了，这次不是从头来，是在走过的路上摔了一跤。先把腿养好。',
        afterDays: 1,
      },
      {
        author: 'laozhou',
        body: '阿凯，别急着跑满天，先跑半天是对的。腿要是再伤了更麻烦。',
        afterDays: 2,
      },
      {
        author: 'shore_walker',
        anonymous: true,
        body: '打石膏那一个多月最难熬，我以前也骨折过。挺住，会好的。',
        afterDays: 3,
      },
    ],
  },
  // ─── 20 ──────────────────────────────────────────────────────────────
  {
    author: 'jiangnan_rain',
    title: '招联一次性结清，减免了四千多息费',
    body: `招联的事终于结束了，写个完整记录。

本金两万出头，逾期十一个月，加上利息、罚息，对方报的总额是两万六左右。

**我是怎么谈下来的：**

1. 先存钱。从去年十月开始，每月工资到账先转一千五到另一张卡，不动它。攒到两万一才开始谈。
2. 打官方客服说明情况，问：“如果我一次性结清，息费能不能有减免？”
3. 第一次，对方说可以减免一部分罚息，报了两万四。我说我手上只有两万一，是攒了大半年的。
4. 对方说要申请。一周后回电，同意两万一结清，但要在指定日期前一次性还款。
5. **转账前，我要求对方先把结清金额和日期发到我手机上**，收到以后才转。
6. 还完第三天，拿到了电子版的结清证明。

算下来减免了四千多，主要是罚息和部分利息，本金一分没少。

最想说的是第一步：**先攒钱，再谈。**手里有钱，说话底气都不一样。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'reduction',
    lender: 'zhaolian',
    amountBand: '10k-50k',
    monthsOverdue: 11,
    postedDaysAgo: 130,
    timeline: [
      { date: '2025-07', stage: 'sms', note: '招联开始逾期' },
      { date: '2025-09', stage: 'calls', note: '电话催收，我开始每月存一千五' },
      { date: '2026-01', stage: 'letters', note: '收到催收函' },
      { date: '2026-05-28', stage: 'negotiation', note: '提出一次性结清，对方先报两万四' },
      { date: '2026-06-10', stage: 'settled', note: '两万一结清，拿到电子结清证明' },
    ],
    replies: [
      {
        author: 'numbers_wang',
        body: '“先攒钱再谈”加上“先确认再转账”，这两条应该置顶。很多人减免谈成了，转完钱才发现金额对不上。',
        afterDays: 0,
        replies: [
          {
            author: 'jiangnan_rain',
            body: '对，我听说过有人转账以后对方不认，所以特别小心。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'lawyer_he',
        body: '补充一点：结清证明最好写明“已全部结清”之类的表述，也确认一下征信后续会更新为结清状态。过一段时间自己查一次征信核对，比较放心。',
        afterDays: 1,
        replies: [
          {
            author: 'jiangnan_rain',
            body: '好的，我下个月去查一次征信，到时候来更新。',
            afterDays: 2,
            replies: [
              {
                author: 'jiangnan_rain',
                body: '更新：查了，招联那条显示已结清。历史逾期记录还在，但状态正常了。',
                afterDays: 40,
              },
            ],
          },
        ],
      },
      {
        author: 'shore_walker',
        body: '我招联那笔已经被起诉了，早知道应该像你这样先攒钱……现在走到法院，不知道还能不能谈。',
        afterDays: 3,
        replies: [
          {
            author: 'lawyer_he',
            body: '起诉之后也可以谈，开庭前、庭上调解、执行阶段都有和解的可能。每个案子情况不同，建议带着起诉材料或判决书当面咨询。',
            afterDays: 4,
          },
        ],
      },
      {
        author: 'xiaomi_mama',
        anonymous: true,
        body: '每月先转一千五到另一张卡，这个办法我也要学起来。',
        afterDays: 8,
      },
    ],
  },
  // ─── 21 ──────────────────────────────────────────────────────────────
  {
    author: 'shore_walker',
    title: '招联的诉前调解电话，我一开始以为是诈骗',
    body: `一月份接到一个座机电话，对方说是某区法院的调解员，说招联对我提起了诉讼，问我愿不愿意先调解。

我直接挂了，以为是诈骗。第二天对方又打来，说我可以自己去查，给了案号。我在法院的官方平台上输入案号，真的查到了。

**调解时发生的：**

- 调解员先念了一遍欠款：本金一万九，利息、罚息加起来差不多三万；
- 问我能一次性还多少，我说最多三千，剩下的希望分期；
- 招联那边的代理人说，他们的方案是三个月内还清，不接受长期分期。

谈了两次没谈拢，调解员说只能转正式立案。

现在等开庭。我准备了这些：

1. 收入证明和每月支出；
2. 建行分期的还款记录，证明我不是不还，是同时在还别的；
3. 对利息、罚息的计算有疑问的地方，打算当庭提出来。

说实话有点怕，但也比天天躲电话踏实。有开过庭的朋友能说说吗？`,
    stages: ['sms', 'calls', 'letters', 'lawsuit'],
    outcome: 'sued',
    lender: 'zhaolian',
    amountBand: '10k-50k',
    monthsOverdue: 13,
    postedDaysAgo: 270,
    timeline: [
      { date: '2024-12', stage: 'sms', note: '招联开始逾期' },
      { date: '2025-03', stage: 'calls', note: '电话催收，优先保建行那张' },
      { date: '2025-08', stage: 'letters', note: '收到律师函' },
      { date: '2026-01-15', stage: 'lawsuit', note: '法院调解员来电，一开始以为是诈骗' },
      { date: '2026-02', stage: 'lawsuit', note: '两次调解没谈拢，转正式立案' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '准备得很到位。关于利息和费用，法院会审查合同约定以及是否超出法律保护的范围，你可以当庭提出异议，请求法院审查。开庭时陈述事实，说明还款意愿和实际能力就好，不用背法律条文。',
        afterDays: 0,
        replies: [
          {
            author: 'shore_walker',
            body: '谢谢律师，听您这么说踏实多了，原来不用背法条。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'laozhou',
        body: '我自己去开过庭，没那么可怕。法官问什么答什么，别带情绪就行。',
        afterDays: 1,
        replies: [
          {
            author: 'shore_walker',
            body: '老周，开庭那天你穿的什么？我连这个都在纠结（笑）。',
            afterDays: 2,
            replies: [
              {
                author: 'laozhou',
                body: '平常干净的衣服就行，我穿的是单位的工作服。法官不看这个。',
                afterDays: 2,
              },
            ],
          },
        ],
      },
      {
        author: 'night_owl',
        anonymous: true,
        body: '“比天天躲电话踏实”，这句我记住了。我还在躲。',
        afterDays: 5,
      },
      {
        author: 'moderator',
        body: '开庭有结果了记得回来更新，好多人在等你的后续。',
        afterDays: 6,
      },
    ],
  },
  // ─── 22 ──────────────────────────────────────────────────────────────
  {
    author: 'deliver_rider',
    title: '消金公司说要上门核实，我把整个过程记下来了',
    body: `先说结果：上个月结清了，减免了全部罚息和一部分利息。下面说过程，尤其是上门的那一次。

这笔是三年前买电动车和手机借的，本金一万五左右。跑单收入不稳，断断续续地还，后来彻底断了，逾期快两年。

**上门那天：**

去年九月一个下午，我刚睡醒，有人敲出租屋的门。两个男的，说是受那家消费金融公司委托，来“核实情况”。

- 我没开门，隔着门要看工作证，他们从门缝递进来一张委托函复印件；
- 问我在哪上班、收入多少，我说跑外卖，收入不固定；
- 说了五分钟左右，留下一张纸就走了，让我联系还款。

说不怕是假的，那天我一下午没敢出门。

**后来怎么谈的：**

今年开始攒钱，三月主动打官方客服，说我能一次性还本金，希望减免罚息。前后沟通了三次，最后按本金加少量利息结清了。`,
    stages: ['sms', 'calls', 'letters', 'home-visit', 'negotiation', 'settled'],
    outcome: 'reduction',
    lender: 'other',
    lenderOther: '某消费金融公司',
    amountBand: '10k-50k',
    monthsOverdue: 20,
    postedDaysAgo: 160,
    timeline: [
      { date: '2024-08', stage: 'sms', note: '跑单收入断档，开始逾期' },
      { date: '2024-11', stage: 'calls', note: '电话催收，接了就说没钱' },
      { date: '2025-05', stage: 'letters', note: '收到催收函' },
      { date: '2025-09-06', stage: 'home-visit', note: '两个人到出租屋门口，隔着门说了五分钟' },
      { date: '2026-03', stage: 'negotiation', note: '攒够本金，主动申请减免罚息' },
      { date: '2026-04-16', stage: 'settled', note: '本金加少量利息结清' },
    ],
    replies: [
      {
        author: 'ex_collector',
        body: '隔着门确认身份、要看委托材料，这个做法很对。正规外访应当能说明自己受谁委托。你没开门也没关系，不影响后面协商。',
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: '一次性还本金、申请减免罚息，是最常见也比较容易谈成的方式。手里有钱再去谈，成功率会高很多。恭喜！',
        afterDays: 1,
        replies: [
          {
            author: 'deliver_rider',
            body: '谢谢阿伍老师！攒这点钱，跑了三个月的夜单。',
            afterDays: 1,
            replies: [
              {
                author: 'counsel_wu',
                body: '辛苦了。接下来记得给自己留点应急钱，跑单风险大，别把账户清零。',
                afterDays: 2,
              },
            ],
          },
        ],
      },
      {
        author: 'yehang_fish',
        anonymous: true,
        body: '想问一下，结清证明是对方主动给的，还是你去要的？',
        afterDays: 3,
        replies: [
          {
            author: 'deliver_rider',
            body: '我要的。客服一开始说系统里会显示结清，我坚持要了一份电子版结清证明。',
            afterDays: 3,
          },
        ],
      },
      {
        author: 'moderator',
        body: '已经把这个帖子放进“上门经历”合集了，感谢分享。',
        afterDays: 5,
      },
    ],
  },
  // ─── 23 ──────────────────────────────────────────────────────────────
  {
    author: 'counsel_wu',
    title: '做债务咨询之前，我自己欠过三十多万',
    body: `很多人私信问我为什么做这一行。说实话，是因为我自己也掉进去过。

几年前，我和朋友合伙做的小生意亏了。为了撑住，我用个人名义在一家城商行贷了三十多万的信用贷。第二年三月，生意彻底停了，贷款也断了。

**那两年半里我学到的事：**

- **逃避是最贵的。**头五个月我不接电话，罚息一直在涨，等我敢面对的时候，总额已经多了好几万。
- **先做预算，再谈判。**第一次跟银行谈，我张口就说每月还一万，两个月后就断了，第二次再谈就难多了。
- **找到能一起扛的人。**我爱人知道以后，陪我算了整整一晚上的账。
- **收入比省钱重要。**省钱能省出几百，换份工作、接点私活，能多出几千。

后来我和银行谈成了分期，按时还款，中间有几个月接了额外的项目，就提前多还一些。又过了一年多，最后一笔还清。

现在坐在这边回答大家的问题，常常想起那时候的自己。你们不是一个人。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'paid-in-full',
    lender: 'other',
    lenderOther: '某城商行（个人信用贷）',
    amountBand: 'over-300k',
    monthsOverdue: 15,
    postedDaysAgo: 365,
    timeline: [
      { date: '2022-03', stage: 'sms', note: '生意停了，信用贷断供' },
      { date: '2022-08', stage: 'calls', note: '头五个月不接电话，罚息一直在涨' },
      { date: '2023-01', stage: 'letters', note: '收到银行的律师函，终于决定面对' },
      { date: '2023-06', stage: 'negotiation', note: '第二次谈判，按真实预算谈成分期' },
      { date: '2024-09', stage: 'settled', note: '最后一笔还清，拿到结清证明' },
    ],
    replies: [
      {
        author: 'moderator',
        body: '谢谢阿伍老师愿意把自己的经历写出来，这比任何建议都有力量。',
        afterDays: 0,
      },
      {
        author: 'laozhou',
        body: '“逃避是最贵的”，这句话我要是早两年看到就好了。',
        afterDays: 1,
        replies: [
          {
            author: 'counsel_wu',
            body: '老周，你现在做的就是不逃避。每一步都算数。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'night_owl',
        body: '“收入比省钱重要”很戳我。我一直在拼命省，其实更该想办法多接活。',
        afterDays: 2,
        replies: [
          {
            author: 'counsel_wu',
            body: '两个都要，但省钱有下限，收入的上限更高。你是做设计的，可以想想能不能找一两个稳定的长期客户。',
            afterDays: 3,
          },
        ],
      },
      {
        author: 'shore_walker',
        anonymous: true,
        body: '第一次谈就说每月一万，后来断了——我也犯过一模一样的错。',
        afterDays: 6,
      },
      {
        author: 'xinli_an',
        body: '从欠债的人，变成陪别人走出来的人，这本身就是一个很好的结局。',
        afterDays: 9,
      },
    ],
  },
  // ─── 24 ──────────────────────────────────────────────────────────────
  {
    author: 'night_owl',
    anonymous: true,
    title: '网贷催收打到了我同事那里，我投诉了',
    body: `匿名。这件事让我在合作方面前抬不起头。

一个小网贷平台，几年前为了交房租借了五千，滚到现在说要还八千多。四月开始逾期，六月起电话不断。

八月底，一个合作方的同事私下问我：“有人打电话给我，说找你有急事，还说你欠钱不还，你没事吧？”我当场脸就烧起来了。我从来没把他填成联系人，不知道对方是怎么找到他的。

**我做了什么：**

1. 请同事回忆来电时间，他很够意思，截了通话记录给我（号码已打码，不发出来）；
2. 给平台官方客服打电话，说明催收人员联系了和借款无关的第三人，还透露了我的欠款信息，要求处理；
3. 同时通过金融消费者投诉的正规渠道提交了投诉，附上截图和时间。

一周后平台客服回电，说已经对相关催收人员“进行处理”，之后确实没再打给我同事。

欠款我还是要还的，正在攒。但欠钱不等于可以被这样对待。`,
    stages: ['sms', 'calls'],
    outcome: 'ongoing',
    lender: 'other',
    lenderOther: '某网贷平台',
    amountBand: 'under-10k',
    monthsOverdue: 5,
    postedDaysAgo: 75,
    timeline: [
      { date: '2026-04', stage: 'sms', note: '网贷开始逾期' },
      { date: '2026-06', stage: 'calls', note: '每天都有电话' },
      { date: '2026-08-30', stage: 'calls', note: '催收打给了合作方的同事，我提交了投诉' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '向无关第三人透露欠款信息是不规范的催收行为，你的投诉方式很稳妥。另外，五千滚到八千多，可以要求平台提供完整的借款合同和还款明细，看看利息费用怎么算的。如果以后走到诉讼，超出法律保护范围的部分，法院一般不予支持。',
        afterDays: 0,
        replies: [
          {
            author: 'night_owl',
            anonymous: true,
            body: '好的，我去要合同和明细。之前从来没想过要看这些。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'ex_collector',
        body: '说一句行业里的情况：有些催收会通过社交平台、工作单位的公开信息去找人，这是明令禁止的。记录时间、截图、走正式投诉，是最有效的做法。',
        afterDays: 1,
      },
      {
        author: 'jiangnan_rain',
        anonymous: true,
        body: '同事那句“你没事吧”，我能想象有多尴尬。还好他人挺好的。',
        afterDays: 3,
        replies: [
          {
            author: 'night_owl',
            anonymous: true,
            body: '是啊，后来请他吃了顿饭，他说谁还没个难的时候。',
            afterDays: 3,
          },
        ],
      },
      {
        author: 'moderator',
        body: '提醒大家：发截图之前一定要给号码和姓名打码，楼主做得很好。',
        afterDays: 4,
      },
    ],
  },
  // ─── 25 ──────────────────────────────────────────────────────────────
  {
    author: 'jiangnan_rain',
    title: '开庭当天调解了：广发同意分36期',
    body: `这件事过去半年多了，现在按调解书已经还了六期，写下来给正在等开庭的人。

广发那张卡欠了七万左右，逾期一年半，去年四月收到传票。没钱请律师，我自己去了。

**那天的流程大概是这样：**

- 开庭前，书记员核对身份，问双方愿不愿意调解，我说愿意；
- 法官先让银行的代理人说诉求：本金、利息、违约金一起；
- 轮到我，我说了三点：欠款我认；我现在的月收入和固定支出；我每月最多能还两千；
- 法官问银行代理人能不能接受分期。代理人出去打了个电话请示，回来说可以分36期，但违约金不减。

我算了一下，每月两千出头，咬咬牙能还，就同意了。当场签了笔录，后来收到了民事调解书。

**我的体会：**开庭不是吵架，法官很在意你的还款意愿和实际能力。事先把收入支出写在一张纸上，说话就不会乱。

现在每月按时还，不敢断。调解书上写着，断了银行可以直接申请执行。`,
    stages: ['sms', 'calls', 'letters', 'lawsuit', 'negotiation', 'settled'],
    outcome: 'installments',
    lender: 'cgb',
    amountBand: '50k-100k',
    monthsOverdue: 20,
    postedDaysAgo: 320,
    timeline: [
      { date: '2023-10', stage: 'sms', note: '广发卡开始逾期' },
      { date: '2024-01', stage: 'calls', note: '电话催收' },
      { date: '2024-06', stage: 'letters', note: '收到律师函' },
      { date: '2025-04-10', stage: 'lawsuit', note: '收到开庭传票' },
      { date: '2025-06-05', stage: 'negotiation', note: '开庭当天法官主持调解' },
      { date: '2025-06-20', stage: 'settled', note: '收到民事调解书，分36期' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '写得很准确。补充：调解书和判决书一样有强制执行力，不按期履行，对方可以申请执行。所以按期还是第一位的。遇到特殊困难，尽早跟对方沟通，别等到逾期。',
        afterDays: 0,
      },
      {
        author: 'shore_walker',
        body: '我也在等开庭，这个流程描述太有用了，我去写我的那一页纸。',
        afterDays: 2,
        replies: [
          {
            author: 'jiangnan_rain',
            body: '加油！写的时候数字都写具体，别写“大概”“可能”。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'laozhou',
        body: '代理人出去打电话请示——我那次也是这样，说明他们现场也有一定的空间。',
        afterDays: 4,
      },
      {
        author: 'xiaomi_mama',
        anonymous: true,
        body: '想问一下，调解书分36期以后，里面的利息还在继续算吗？',
        afterDays: 10,
        replies: [
          {
            author: 'jiangnan_rain',
            body: '我的调解书上写的是一个确定的总额，按期还就行，不再另外计息。不过每个案子可能不一样，以你自己的文书为准。',
            afterDays: 11,
          },
        ],
      },
    ],
  },
  // ─── 26 ──────────────────────────────────────────────────────────────
  {
    author: 'numbers_wang',
    title: '浦发停息分期：银行要我先还一笔“首付”',
    body: `浦发是我三张卡里第一张谈下来的，记录一下“首付”这件事，当时很多人问。

欠款四万多，逾期八个月。三月申请个性化分期，客服审核后回电说：可以停息，分48期，但要先还五千作为首期，十天内到账才生效。

**当时的纠结：**

- 五千对我不是小数目，卡里只有两千多；
- 担心交了五千，方案又不作数；
- 也担心不交，就没有下一次机会了。

**我是怎么处理的：**

1. 请客服把方案细节——首期金额、期数、每期金额、停息的说法——用短信发给我；
2. 问清楚首期到账后，多久能在系统里看到新的还款计划；
3. 找同事借了三千，凑够五千，第八天还进去；
4. 第十二天，App 里显示了新的分期计划，每月一千一左右。

后来问了版里的人，有的银行要首期，有的不要，比例也不一样。**关键是先拿到书面方案，再付钱。**

同事的三千，我分三个月还完了。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'suspended-interest',
    lender: 'spdb',
    amountBand: '10k-50k',
    monthsOverdue: 8,
    postedDaysAgo: 175,
    timeline: [
      { date: '2025-08', stage: 'sms', note: '浦发卡开始逾期' },
      { date: '2025-10', stage: 'calls', note: '电话催收，开始做还款表格' },
      { date: '2026-01', stage: 'letters', note: '收到催收函' },
      { date: '2026-03-20', stage: 'negotiation', note: '审核通过，但要求十天内先还五千首期' },
      { date: '2026-04-09', stage: 'settled', note: '首期到账，停息，本金分48期' },
    ],
    replies: [
      {
        author: 'ex_collector',
        body: '首期在很多银行的协商里都比较常见，一方面是确认你的还款能力，一方面也是内部审批的要求。先拿书面方案再付钱，完全正确。',
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: '借三千凑首期、三个月还完，这个操作是可控的。提醒一句：别为了凑首期去借高息网贷，那等于用新坑填旧坑。',
        afterDays: 1,
        replies: [
          {
            author: 'numbers_wang',
            body: '是的，当时也想过网贷，最后还是厚着脸皮找了同事。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'yehang_fish',
        body: '我招行那张谈的时候估计也要首期，先攒着。看来挺普遍的。',
        afterDays: 3,
      },
      {
        author: 'laozhou',
        anonymous: true,
        body: '浦发那张我已经被起诉了，要是早点像你这样去谈就好了。',
        afterDays: 7,
        replies: [
          {
            author: 'numbers_wang',
            body: '版里律师讲过，执行阶段也有机会和解，别灰心，一步一步来。',
            afterDays: 8,
          },
        ],
      },
    ],
  },
  // ─── 27 ──────────────────────────────────────────────────────────────
  {
    author: 'xiaomi_mama',
    anonymous: true,
    title: '催收说我“涉嫌恶意透支”要移交公安，怎么办',
    body: `匿名发，整个人快崩了。

中信的卡欠了五万六，逾期五个月。最近一个催收在电话里说：“你已经超过五万了，两次有效催收还不还，就构成恶意透支，我们会把材料移交公安，到时候就不是钱的事了。”

他还说：“你家孩子以后考公，政审都会受影响。”

我挂了电话就开始发抖，一晚上没睡，搜了很多，越搜越乱。

**我的情况：**

- 没换过手机号，也没换住址，电话基本都接；
- 钱是孩子生病住院那段时间刷的，医院的单据都在；
- 九月收到过一封催收函，上面有“刑事责任”几个字；
- 现在每月工资四千五，除去房租吃饭，能挤出一千左右。

我不是不想还，是真的一下子还不上。想问：

1. 我这种情况真的会被抓吗？
2. 我现在该做什么，才能让自己安全一点？

对不起写得很乱，我现在脑子里只有那几句话。`,
    stages: ['sms', 'calls', 'letters'],
    outcome: 'ongoing',
    lender: 'citic',
    amountBand: '50k-100k',
    monthsOverdue: 5,
    postedDaysAgo: 55,
    timeline: [
      { date: '2026-05', stage: 'sms', note: '中信卡开始逾期' },
      { date: '2026-07', stage: 'calls', note: '催收说要“移交公安”，还提到孩子政审' },
      { date: '2026-09', stage: 'letters', note: '收到写有“刑事责任”字样的催收函' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '先别慌，我尽量说清楚。“恶意透支”的核心是“以非法占有为目的”，不是金额过了某个数、被催过两次就自动成立。实践中会看有没有透支后逃匿、改变联系方式、用虚假资料等情形。你说的保持联系、用途有单据，和这些不一样。当然，具体还要看个案材料。',
        afterDays: 0,
        replies: [
          {
            author: 'xiaomi_mama',
            anonymous: true,
            body: '谢谢律师……那催收说的“移交公安”是真的吗？',
            afterDays: 0,
            replies: [
              {
                author: 'lawyer_he',
                body: '是否报案是银行的事，但报案不等于立案，立案也要看是否符合条件。催收拿这个施压很常见。你能做的，是留下证据，证明自己一直在沟通、有还款意愿。',
                afterDays: 0,
                replies: [
                  {
                    author: 'xiaomi_mama',
                    anonymous: true,
                    body: '那我要怎么留证据？我之前什么都没记，电话也没录音。',
                    afterDays: 1,
                    replies: [
                      {
                        author: 'lawyer_he',
                        body: '从今天开始：每次通话记下时间和内容，能录音就录音；主动打银行官方客服说明困难、表达还款意愿、申请分期；哪怕每月先还一点，也留下转账记录。医院单据收好。',
                        afterDays: 1,
                        replies: [
                          {
                            author: 'xiaomi_mama',
                            anonymous: true,
                            body: '好，我今晚就开始记，明天上午给中信客服打电话。谢谢您，我好像能喘口气了。',
                            afterDays: 2,
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        author: 'ex_collector',
        body: '“孩子考公政审”这种话是典型的恐吓话术，也是不合规的。记下时间，可以向银行官方渠道投诉。',
        afterDays: 0,
      },
      {
        author: 'xinli_an',
        body: '看得出你现在非常害怕。害怕的时候，人会把最坏的可能当成一定会发生。你是为了孩子看病才刷的卡，这一点请先记住。今晚要是还睡不着，可以来这里写写，或者找一个信任的人说说。',
        afterDays: 1,
      },
      {
        author: 'laozhou',
        body: '我也被这么吓过。后来该谈的谈、该还的还，一年多了也没什么事。别怕。',
        afterDays: 2,
      },
      {
        author: 'moderator',
        body: '关于“恶意透支”，精华区有律师整理的说明，可以看看。也请记得每个人情况不同，必要时找律师当面咨询。',
        afterDays: 3,
      },
    ],
  },
  // ─── 28 ──────────────────────────────────────────────────────────────
  {
    author: 'deliver_rider',
    title: '建行一次性结清，减免了违约金和一部分利息',
    body: `这是我今年处理完的第二笔，写短一点。

建行信用卡，欠了两万三，逾期九个月。消金那笔四月结清后，我接着攒钱，六月中旬手里有了一万八。

**过程：**

- 打建行信用卡客服，说明“有一笔钱，想一次性结清，申请减免”；
- 对方先问能拿出多少，我说一万八，对方说低于本金，不行；
- 我问最少要多少，对方让我等审核；
- 七月初回电：本金两万出头要全还，违约金全免，利息减免一部分，总共两万零八百；
- 我又找表哥借了三千，凑齐，七月十五号还清。

**跟上一笔比，我的感受：**

1. 银行对本金看得很紧，减免的基本是利息和违约金；
2. “你能拿出多少”这个问题一定会被问，提前想好底线；
3. 这次学乖了，先要短信确认，再转账。

还剩表哥的三千，打算八九月多跑几单还掉。总算可以喘口气了。`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'reduction',
    lender: 'ccb',
    amountBand: '10k-50k',
    monthsOverdue: 9,
    postedDaysAgo: 110,
    timeline: [
      { date: '2025-10', stage: 'sms', note: '建行卡开始逾期' },
      { date: '2025-12', stage: 'calls', note: '电话催收，先集中精力处理消金那笔' },
      { date: '2026-03', stage: 'letters', note: '收到催收函' },
      { date: '2026-06-20', stage: 'negotiation', note: '申请一次性结清减免，一万八被拒' },
      { date: '2026-07-15', stage: 'settled', note: '两万零八百结清，违约金全免' },
    ],
    replies: [
      {
        author: 'numbers_wang',
        body: '“银行对本金看得很紧”，这个总结准确。减免的空间基本都在息费上，大家谈之前心里要有数。',
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: '两笔都处理完了，真的不容易。下一步：先还表哥的三千，然后攒一个月生活费当应急金，再考虑别的。',
        afterDays: 1,
        replies: [
          {
            author: 'deliver_rider',
            body: '收到，阿伍老师。这次应急金一定攒起来，不再把卡里清零了。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'laozhou',
        body: '阿凯厉害，一年处理掉两笔，比我这个老家伙强。向你学习。',
        afterDays: 2,
      },
      {
        author: 'ex_collector',
        body: '补充：一次性结清的减免方案一般有有效期，过了日期没还上，可能要重新申请。你按时还上了，很好。',
        afterDays: 4,
      },
    ],
  },
  // ─── 29 ──────────────────────────────────────────────────────────────
  {
    author: 'moderator',
    title: '版主自己的故事：被中行起诉后凑钱还清，银行撤诉',
    body: `建站一段时间了，一直让大家写，自己还没写过，补上。

中行那张卡欠了三万多。那时候刚辞职创业，以为几个月就能回本，结果一拖就是一年多。

**那一年里：**

- 短信、电话、催收函都经历过。最怕晚上九点以后的电话，铃一响，心就往下沉；
- 那年七月收到法院传票，中行起诉了。那一刻反而冷静了：躲不掉了。

**后来：**

1. 我给起诉材料上银行的代理律师打了电话，问如果开庭前还清，能不能撤诉；
2. 对方说可以，但要还清全部本金和截至起诉日的利息，诉讼费也由我承担；
3. 我跟爸妈开了口，借了两万，加上自己手里的，八月中旬还清；
4. 银行向法院申请撤诉，我收到了准许撤诉的裁定。

这件事让我明白：**法院不是终点，很多时候反而是一个能谈的节点。**

后来我常想，如果当初有个地方能看看别人是怎么走过来的，我会少怕很多。所以有了这里。`,
    stages: ['sms', 'calls', 'letters', 'lawsuit', 'negotiation', 'settled'],
    outcome: 'paid-in-full',
    lender: 'boc',
    amountBand: '10k-50k',
    monthsOverdue: 15,
    postedDaysAgo: 398,
    timeline: [
      { date: '2022-05', stage: 'sms', note: '创业失败，中行卡开始逾期' },
      { date: '2022-09', stage: 'calls', note: '最怕晚上九点以后的电话' },
      { date: '2023-02', stage: 'letters', note: '收到催收函' },
      { date: '2023-07-18', stage: 'lawsuit', note: '收到法院传票' },
      { date: '2023-08-02', stage: 'negotiation', note: '联系银行代理律师，确认还清后可撤诉' },
      { date: '2023-08-20', stage: 'settled', note: '借爸妈的钱还清，银行申请撤诉' },
    ],
    replies: [
      {
        author: 'admin',
        body: '谢谢版主。这也是我们做这个社区的初衷：让每个人都能看到，后面还有路。',
        afterDays: 0,
      },
      {
        author: 'lawyer_he',
        body: '撤诉的情况确实存在，但具体条件因案而异，比如诉讼费由谁承担、还款期限等，要和对方确认清楚，最好留下书面记录。',
        afterDays: 1,
      },
      {
        author: 'laozhou',
        body: '原来版主也经历过这些，突然觉得这个地方离大家好近。',
        afterDays: 3,
        replies: [
          {
            author: 'moderator',
            body: '我们都是一样的人，我只是比大家早走了几步而已。',
            afterDays: 3,
          },
        ],
      },
      {
        author: 'jiangnan_rain',
        anonymous: true,
        body: '最怕晚上九点以后的电话……一模一样。现在听到陌生来电还会心跳加速。',
        afterDays: 6,
        replies: [
          {
            author: 'xinli_an',
            body: '那种铃声带来的身体反应，很多人都有。事情过去以后，它会慢慢消退的，版主就是例子。',
            afterDays: 7,
          },
        ],
      },
    ],
  },
  // ─── 30 ──────────────────────────────────────────────────────────────
  {
    author: 'numbers_wang',
    anonymous: true,
    title: '成了失信被执行人之后的一年',
    body: `匿名。写这个，是想告诉还在躲的人，躲到最后是什么样子。

工行卡欠了六万多。前两年我基本是在躲：换了工作没告诉银行，电话不接，外访去单位楼下找过我一次，我从后门走了。

起诉的材料寄到了老地址，我没收到，开庭没去，判决是缺席判的。判决后我没履行，也没跟法院联系，后来被列入了失信被执行人名单，同时被限制高消费。

**这一年的真实影响：**

- 不能坐飞机，高铁也有限制（其实也坐不起）；
- 有一次想换工作，对方背调时查到了，最后没成；
- 名下的银行卡被冻结过，工资发放也跟着出了麻烦；
- 最难受的是，我一直觉得自己像个“逃犯”。

今年三月，我终于去了执行法院，如实申报了收入和财产，跟法官说想还。法官让我提出还款计划，去和银行谈执行和解。

现在还在谈。写出来是想说：**如果你还没到这一步，别躲。**越早出面，能选的路越多。`,
    stages: ['sms', 'calls', 'letters', 'home-visit', 'lawsuit'],
    outcome: 'sued',
    lender: 'icbc',
    amountBand: '50k-100k',
    monthsOverdue: 28,
    postedDaysAgo: 205,
    timeline: [
      { date: '2023-12', stage: 'sms', note: '工行卡开始逾期，之后换工作没有告诉银行' },
      { date: '2024-04', stage: 'calls', note: '电话基本不接' },
      { date: '2024-09', stage: 'home-visit', note: '外访到了单位楼下，我从后门走了' },
      { date: '2025-03', stage: 'lawsuit', note: '传票寄到老地址，缺席判决' },
      { date: '2025-08', stage: 'lawsuit', note: '被列为失信被执行人，限制高消费' },
      { date: '2026-03', stage: 'lawsuit', note: '主动去执行法院申报财产，准备执行和解' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '谢谢你愿意写出来。补充：失信名单一般针对有履行能力而拒不履行等情形，限制消费则是对未按期履行的被执行人采取的措施，两者不完全一样。现在主动申报、提出还款计划，方向是对的；全部履行完毕后，可以申请删除失信信息、解除限制。',
        afterDays: 0,
        replies: [
          {
            author: 'numbers_wang',
            anonymous: true,
            body: '谢谢律师，我一直以为自己会一辈子挂在上面，翻不了身。',
            afterDays: 1,
            replies: [
              {
                author: 'lawyer_he',
                body: '不会的。履行完毕，或者达成和解并履行完，都有相应程序，到时候向执行法院申请就行。',
                afterDays: 1,
              },
            ],
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '“像个逃犯”这种感觉，会一点点磨掉人的自尊。但你已经走回来了。主动去法院这一步需要的勇气，比躲要大得多。',
        afterDays: 2,
      },
      {
        author: 'laozhou',
        body: '我也在执行阶段，但没到失信。看了你写的，更确定要好好配合法院。',
        afterDays: 3,
      },
      {
        author: 'jiangnan_rain',
        anonymous: true,
        body: '传票寄到老地址……我现在就去把银行那边的联系地址更新了。',
        afterDays: 10,
      },
    ],
  },
  // ─── 31 ──────────────────────────────────────────────────────────────
  {
    author: 'ray_sz',
    anonymous: true,
    title: '微粒贷逾期第一个月，要不要借新还旧？',
    body: `匿名问个问题，想听听过来人的意见。

微粒贷借了九千，分十期，每月一千出头。上个月公司裁员，我在名单上，补偿要下个月才发，这个月就没还上。

十月底接到第一个电话，对方挺客气，问我什么原因、什么时候能还。我说下个月，他说会帮我备注，但逾期会产生罚息，也可能影响征信。

现在有几个“办法”在我脑子里打架：

- 有个朋友推荐了一个网贷 App，说“秒到账”，先借出来把微粒贷还上；
- 信用卡还有点额度，可以取现出来还；
- 或者就这样等一个月，等补偿到了一次还清。

我知道前两个听起来就不对，但半夜里真的很想点下去，哪怕只是为了让那个电话别再打来。

想问问大家：**等一个月会怎样？**罚息大概多少？会不会因为这一个月就被起诉？`,
    stages: ['sms', 'calls'],
    outcome: 'ongoing',
    lender: 'weilidai',
    amountBand: 'under-10k',
    monthsOverdue: 1,
    postedDaysAgo: 20,
    timeline: [
      { date: '2026-10-12', stage: 'sms', note: '被裁后微粒贷第一次没还上' },
      { date: '2026-10-28', stage: 'calls', note: '第一通电话，对方说会备注' },
    ],
    replies: [
      {
        author: 'counsel_wu',
        body: '先说结论：前两个办法都别用。用新的网贷或信用卡取现去还旧债，成本往往更高，还会把一笔债变成两笔。你有确定的补偿下个月到账，这是很好的条件。',
        afterDays: 0,
        replies: [
          {
            author: 'ray_sz',
            anonymous: true,
            body: '好，那个“秒到账”的 App 我刚刚卸载了，信用卡也先不动。',
            afterDays: 0,
          },
        ],
      },
      {
        author: 'ex_collector',
        body: '逾期一个月、金额不大、有明确的还款时间，通常不会马上走到起诉。罚息按合同算，可以在 App 里看或问客服要具体数字。接电话时照实说补偿哪天到，请对方备注，比不接要好。',
        afterDays: 1,
        replies: [
          {
            author: 'ray_sz',
            anonymous: true,
            body: '明白了，以后接电话就照实说补偿下个月到，请他们备注，谢谢！',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '“只是为了让那个电话别再打来”——半夜里的这种冲动很多人都有过。可以给自己定个规则：晚上不做任何和钱有关的决定，白天再看。',
        afterDays: 1,
      },
      {
        author: 'yehang_fish',
        body: '我也是被裁以后微粒贷先出问题，后来协商了分期。你这个金额小、补偿有着落，比我当时好多了，稳住。',
        afterDays: 3,
      },
    ],
  },
  // ─── 32 ──────────────────────────────────────────────────────────────
  {
    author: 'xiaomi_mama',
    title: '借呗协商分12期，从申请到通过用了两周',
    body: `借呗这笔是前年婆婆住院时借的，一万八，家里都知道。去年九月老公单位降薪，就开始还不上了。

记一下协商过程，都是在 App 里和客服电话里完成的，没有找任何“代理”：

1. 逾期后先是 App 提醒和短信，十一月开始有电话；
2. 在支付宝里找到借呗客服，转人工，说明家里收入下降，想申请分期还款；
3. 客服让我提交说明材料：老公单位的降薪通知、家里的收支情况，还有婆婆当时的住院单据；
4. 一月下旬提交，大概两周后通过：剩余欠款分12期，每期一千六左右。

**几点感受：**

- 客服态度比我想象的好，没有一句难听的话；
- 材料能证明“收入下降是真的、钱用在哪了”，会有帮助；
- 12期每月压力不小，但总比逾期一直滚下去好。

现在已经按时还了一期。另外那张平安的卡，我还没敢告诉老公，这是下一个难关。`,
    stages: ['sms', 'calls', 'negotiation', 'settled'],
    outcome: 'installments',
    lender: 'jiebei',
    amountBand: '10k-50k',
    monthsOverdue: 5,
    postedDaysAgo: 260,
    timeline: [
      { date: '2025-09', stage: 'sms', note: '老公单位降薪，借呗开始逾期' },
      { date: '2025-11', stage: 'calls', note: '开始接到电话' },
      { date: '2026-01-22', stage: 'negotiation', note: '提交降薪通知、收支情况和住院单据' },
      { date: '2026-02-05', stage: 'settled', note: '申请通过，分12期' },
    ],
    replies: [
      {
        author: 'moderator',
        body: '谢谢分享，“没有找任何代理”这一点特别重要。自己能谈的，就别把钱和个人信息交给第三方。',
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: '12期每期一千六，占家庭收入多少？如果超过三成，建议把其他开支重新排一下，避免这边还着，那边又断了。',
        afterDays: 1,
        replies: [
          {
            author: 'xiaomi_mama',
            body: '差不多三成。我在找工作了，找到以后应该能松一点。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '“这是下一个难关”——能看见下一步，说明你已经在往前走了。跟伴侣坦白之前，可以先想想你最希望他怎么回应，也想想他可能会有的情绪。',
        afterDays: 3,
        replies: [
          {
            author: 'xiaomi_mama',
            body: '谢谢安老师，我打算下周末等孩子睡了以后，跟他好好说。',
            afterDays: 4,
          },
        ],
      },
      {
        author: 'deliver_rider',
        anonymous: true,
        body: '请问支付宝里转人工要怎么转？我每次都被机器人绕回去。',
        afterDays: 9,
        replies: [
          {
            author: 'xiaomi_mama',
            body: '我是一直回复“人工”“转人工”，绕了三四次才接进去，耐心一点。',
            afterDays: 9,
          },
        ],
      },
    ],
  },
  // ─── 33 ──────────────────────────────────────────────────────────────
  {
    author: 'yehang_fish',
    title: '交行停息挂账：被拒三次，第四次通过了',
    body: `交行这张卡欠了两万七，逾期九个月。网上都说交行好谈，我谈了四次。

**第一次（七月初）：**打客服说“申请停息挂账”，对方说没有这个业务，可以办分期但利息照算。我说想申请个性化分期，对方说要先还一部分才能申请。我没钱，挂了。

**第二次：**提交了材料，被拒，理由是“收入可以覆盖最低还款”。那时我刚找到新工作，工资确实比这张卡的最低还款多。

**第三次：**补了一份家庭支出清单，写清楚还有招行和微粒贷在还，还是被拒。客服说可以过段时间再申请。

**第四次（八月底）：**这次我把另外两笔的分期协议和还款记录一起发过去，说明收入已经全部排进了还款计划，交行这张如果不停息，其他的也会断。九月初通过：停息，本金分48期。

回头看，前几次失败是因为我没讲清楚“全局”。银行只看到一张卡，看不到我身上全部的债。

**所以建议：申请时把你所有的债都摆出来，让对方看到你真实的还款能力。**`,
    stages: ['sms', 'calls', 'letters', 'negotiation', 'settled'],
    outcome: 'suspended-interest',
    lender: 'bocom',
    amountBand: '10k-50k',
    monthsOverdue: 9,
    postedDaysAgo: 40,
    timeline: [
      { date: '2025-12', stage: 'sms', note: '交行卡开始逾期' },
      { date: '2026-02', stage: 'calls', note: '电话催收，先顾招行和微粒贷' },
      { date: '2026-05', stage: 'letters', note: '收到催收函' },
      { date: '2026-07', stage: 'negotiation', note: '前三次申请都被拒' },
      { date: '2026-09-03', stage: 'settled', note: '附上全部分期协议后第四次通过：停息，分48期' },
    ],
    replies: [
      {
        author: 'numbers_wang',
        body: '“让对方看到全局”——这就是我做那张表的原因。同一个人，只看一张卡和看全部，结论完全不一样。',
        afterDays: 0,
      },
      {
        author: 'ex_collector',
        body: '从审核的角度，最常见的拒绝理由就是“收入可以覆盖”。你第四次把其他协议都附上，正好回答了这个问题。',
        afterDays: 1,
        replies: [
          {
            author: 'yehang_fish',
            body: '原来是这样，早知道第一次就把所有协议都附上，少走三趟弯路。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'demo',
        body: '我现在只有几笔小额的，但也记下了：把所有的债都摆出来，别只谈一张。',
        afterDays: 2,
      },
      {
        author: 'night_owl',
        anonymous: true,
        body: '三笔都谈下来了，佩服。你现在已经是半个专家了吧。',
        afterDays: 5,
        replies: [
          {
            author: 'yehang_fish',
            body: '哈哈不敢当，都是这里的帖子一点点教出来的。',
            afterDays: 6,
          },
        ],
      },
    ],
  },
  // ─── 34 ──────────────────────────────────────────────────────────────
  {
    author: 'deliver_rider',
    title: '美团月付逾期一个多月，发了工资就全还了',
    body: `跑单的人，收入按周结。那阵子平台调整规则，单价降了，一下子接不上。

美团月付用来买菜、交话费、给电动车换电池，不知不觉两千多。九月初没还上，接着是短信、App 提醒，二十号左右接到电话。

电话里的小伙子挺客气。我说：“我跑外卖的，这个月单少，十月中旬能还上。”他说会备注，让我到时候记得还。

**这一个多月我做的：**

- 把月付关掉，买东西只用储蓄卡，手里有多少花多少；
- 每天收工后记一笔账，看离还清还差多少；
- 晚上多跑两个小时夜宵单。

十月十五号还清。金额不大，但那一个多月每次扫码付款都提心吊胆。

说一点自己的体会：**对收入不稳的人来说，“先用后付”等于提前花掉了还没挣到的钱。**`,
    stages: ['sms', 'calls', 'settled'],
    outcome: 'paid-in-full',
    lender: 'meituan',
    amountBand: 'under-10k',
    monthsOverdue: 1,
    postedDaysAgo: 380,
    timeline: [
      { date: '2025-09-05', stage: 'sms', note: '平台单价下调，月付没还上' },
      { date: '2025-09-20', stage: 'calls', note: '接到电话，说好十月中旬还' },
      { date: '2025-10-15', stage: 'settled', note: '多跑夜宵单，全部还清' },
    ],
    replies: [
      {
        author: 'counsel_wu',
        body: '“提前花掉还没挣到的钱”，说得很准。收入按周结的话，可以试试按周做预算，比按月更贴合。',
        afterDays: 0,
        replies: [
          {
            author: 'deliver_rider',
            body: '按周做预算这个好，我这周就试试，每周日晚上算一次。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'moderator',
        body: '每天收工记一笔账，这个习惯坚持下来会很有用。欢迎常来。',
        afterDays: 1,
      },
      {
        author: 'shore_walker',
        body: '同样靠车吃饭的路过。每天多跑两个小时真的很累，夜里注意安全。',
        afterDays: 3,
      },
      {
        author: 'laozhou',
        body: '开饭馆那几年也天天被平台抽成，懂你的难处。慢慢来。',
        afterDays: 5,
      },
    ],
  },
  // ─── 35 ──────────────────────────────────────────────────────────────
  {
    author: 'laozhou',
    title: '招行起诉了，我自己去开庭，记一下全过程',
    body: `浦发那次开庭我稀里糊涂，这次招行起诉，我提前做了准备，记录下来。

招行这张欠了四万多，逾期二十个月。五月收到传票，七月开庭。

**开庭前准备的：**

- 打印了起诉状，把银行算的本金、利息、违约金一项一项对了一遍；
- 写了一页纸：为什么逾期、现在的收入、家里的开支、另外两张卡的情况；
- 带上了工行的协商材料和浦发的执行材料，证明我不是不还，是还不过来。

**庭上：**

1. 法官核对身份后，问我对欠款本金有没有异议，我说没有；
2. 我对违约金提出异议，说金额偏高，请求法院依法调整；
3. 法官问能不能调解，银行代理人说只接受半年内还清，我说做不到，调解没成；
4. 最后我说：请法院考虑我的实际情况，我愿意每月还一千五。

判决还没下来。不管结果怎样，这一次我是站着把话说完的。`,
    stages: ['sms', 'calls', 'letters', 'lawsuit'],
    outcome: 'sued',
    lender: 'cmb',
    amountBand: '10k-50k',
    monthsOverdue: 20,
    postedDaysAgo: 118,
    timeline: [
      { date: '2024-10', stage: 'sms', note: '招行卡开始逾期' },
      { date: '2025-02', stage: 'calls', note: '电话催收' },
      { date: '2025-09', stage: 'letters', note: '收到律师函' },
      { date: '2026-05-12', stage: 'lawsuit', note: '收到传票' },
      { date: '2026-07-08', stage: 'lawsuit', note: '自己开庭，对违约金提出异议，调解未成' },
    ],
    replies: [
      {
        author: 'lawyer_he',
        body: '准备得很扎实。对违约金、利息提出调整请求是当事人的权利，法院会依法审查。需要说明的是，判决一般会确定履行期限，“每月还一千五”能不能被采纳要看判决内容，之后也可以在执行阶段继续谈。',
        afterDays: 0,
        replies: [
          {
            author: 'laozhou',
            body: '明白，不抱太大希望，但该说的话都说了，心里不憋屈。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'shore_walker',
        body: '老周，我招联那个也开完庭了，在等判决，咱俩一起等。',
        afterDays: 2,
        replies: [
          {
            author: 'laozhou',
            body: '一起等！判决下来了咱们都回来更新，给后面的人看。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'xinli_an',
        body: '“这一次我是站着把话说完的”，读到这里很感动。这份尊严，和结果一样重要。',
        afterDays: 4,
      },
      {
        author: 'moderator',
        body: '老周的几篇帖子连起来看，就是一份很完整的开庭指南了，已加入精华。',
        afterDays: 8,
      },
    ],
  },
  // ─── 36 ──────────────────────────────────────────────────────────────
  {
    author: 'jiangnan_rain',
    title: '白条的第三方催收说要“去单位核实”，是吓唬人吗',
    body: `白条欠了六千多，五月开始逾期。其实是两笔：一台洗衣机，一把给我妈买的按摩椅。

七月以后，打电话的就不是京东自己了，对方自称是“受托催收机构”。这个月收到一条短信，标题是“上门核实通知”，说近期会安排人员到我的“工作单位及居住地”核实情况。

我在单位做行政，前台就是我，要是真有人来……我不敢想。

**我目前做了什么：**

- 打京东的官方客服，确认了这笔债确实委托给了第三方，也核对了欠款金额；
- 问客服能不能直接跟京东协商，客服说可以申请，但要先说明能还多少；
- 把那条短信截图存了。

**想问问：**

1. 这种“上门核实”一般是真的会去，还是吓唬？
2. 如果真去了单位，我能做什么？
3. 六千多，我每月能挤出一千五，跟京东谈四个月还清，有可能吗？`,
    stages: ['sms', 'calls', 'letters'],
    outcome: 'ongoing',
    lender: 'jd-baitiao',
    amountBand: 'under-10k',
    monthsOverdue: 4,
    postedDaysAgo: 66,
    timeline: [
      { date: '2026-05', stage: 'sms', note: '白条开始逾期' },
      { date: '2026-07', stage: 'calls', note: '转到第三方催收机构' },
      { date: '2026-09-10', stage: 'letters', note: '收到“上门核实通知”短信' },
    ],
    replies: [
      {
        author: 'ex_collector',
        body: '“上门核实通知”这类短信很多时候是施压手段，但也不能排除真的安排外访。按规定，外访不应在你单位公开宣扬欠款。真有人来，可以请对方出示身份和委托材料，到没有旁人的地方沟通，事后记录并投诉不当行为。',
        afterDays: 0,
        replies: [
          {
            author: 'jiangnan_rain',
            body: '谢谢，心里有底一点了。至少知道可以请他们换个地方说。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'counsel_wu',
        body: '每月一千五、四个月还清，这个方案本身是合理的。跟官方客服提的时候，把金额和每月还款日说具体，请对方书面确认。',
        afterDays: 1,
        replies: [
          {
            author: 'jiangnan_rain',
            body: '好的，明天就打，把每月还款日都定下来，再让他们短信确认。',
            afterDays: 2,
            replies: [
              {
                author: 'jiangnan_rain',
                body: '更新：京东那边同意分四个月，第一笔已经还了。第三方也没再发“上门”的短信。',
                afterDays: 20,
              },
            ],
          },
        ],
      },
      {
        author: 'xiaomi_mama',
        body: '给妈妈买按摩椅……看到这里好心疼。你会没事的。',
        afterDays: 3,
      },
      {
        author: 'shore_walker',
        anonymous: true,
        body: '我单位也被说要去过，最后没来。但那几天上班一直盯着门口看。',
        afterDays: 4,
      },
    ],
  },
];
