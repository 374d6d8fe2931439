// Hand-written demo Q&A for the Ashore (上岸) forum: expert credentials and
// member questions with answers. Everything below is fictional and written for
// this demo: no real people, no real phone / ID / card numbers, no real licence
// numbers (every licence number starts with "DEMO-"). Nothing here is legal
// advice — answers describe general experience and always defer to the facts of
// the individual case.

import type { DemoCredential, DemoQuestion } from './demo-types';

export const demoCredentials: DemoCredential[] = [
  {
    handle: 'lawyer_he',
    profession: 'lawyer',
    yearsOfPractice: 9,
    licenceNumber: 'DEMO-律-2017-0471',
    scope: ['letters', 'lawsuit', 'negotiation'],
    hasCommercialInterest: false,
    interestStatement: '无商业利益关联：不通过本论坛承接案件，也不接受任何转介或推荐费。',
    expiresInDays: 240,
  },
  {
    handle: 'counsel_wu',
    profession: 'debt_counsellor',
    yearsOfPractice: 6,
    licenceNumber: 'DEMO-咨-2020-0158',
    scope: ['calls', 'negotiation', 'settled'],
    hasCommercialInterest: true,
    interestStatement:
      '我受雇于一家收费的债务调解服务机构，机构向客户收取服务费，我的收入与此相关。在论坛的回答只代表个人经验，不代表机构，也不会在这里招揽客户；文中提到的步骤大家都可以自己完成。',
    expiresInDays: 150,
  },
  {
    handle: 'ex_collector',
    profession: 'former_collector',
    yearsOfPractice: 4,
    licenceNumber: 'DEMO-从业-2018-0093',
    scope: ['sms', 'calls', 'home-visit'],
    hasCommercialInterest: false,
    interestStatement: '无商业利益关联：已离开催收行业，目前与任何银行、贷款平台或催收机构均无雇佣或合作关系。',
    expiresInDays: -20,
  },
  {
    handle: 'xinli_an',
    profession: 'psych_counsellor',
    yearsOfPractice: 7,
    licenceNumber: 'DEMO-心-2019-0326',
    scope: ['sms', 'calls', 'letters', 'home-visit', 'lawsuit', 'negotiation', 'settled'],
    hasCommercialInterest: false,
    interestStatement: '无商业利益关联：不在论坛提供付费咨询，也不推荐任何机构或产品。',
    expiresInDays: 90,
  },
];

export const demoQuestions: DemoQuestion[] = [
  // ─── 1 (no answers yet) ──────────────────────────────────────────────
  {
    author: 'demo',
    title: '刚逾期十几天，短信说“即将移交法务”，我该先做什么？',
    body: `上个月工资晚发，一张信用卡的最低还款没还上，到今天逾期十二天。这几天每天都收到短信，最新一条写着“您的欠款即将移交法务部门处理，请于今日内处理”。我看完心跳一下就上来了，晚上也睡不好。

我现在手里能拿出大概一半的最低还款额。想问问大家：刚逾期这个阶段，是应该先还一部分，还是先打客服说明情况？短信里说的“移交法务”，是不是马上就要被起诉了？`,
    stages: ['sms'],
    postedDaysAgo: 3,
  },
  // ─── 2 ───────────────────────────────────────────────────────────────
  {
    author: 'yehang_fish',
    title: '催收打电话给我爸妈，还说要通知亲戚，这样可以投诉吗？',
    body: `我一张卡逾期四个月了，一直有在接电话，也说了下个月发工资先还一部分。但上周催收直接打给了我妈，说我“欠钱不还、人找不到”，还说再不处理就挨个通知亲戚。我妈一晚上没睡，打电话问我是不是出了什么大事。

办卡的时候我确实填过家里人做联系人，但我从来没失联过。想问：这种打给家人、还说要通知亲戚的做法正常吗？可以投诉吗？应该向谁投诉？`,
    stages: ['sms', 'calls'],
    postedDaysAgo: 150,
    answers: [
      {
        author: 'ex_collector',
        accepted: true,
        body: `我以前在卡中心做电话催收，说一下那头的情况。一般来说，办卡时填的联系人是“联系不上本人时”才用的，你一直在接电话，按行业规范就不应该再去找家人，更不该向家人透露欠款细节，“挨个通知亲戚”这种说法本身就不合规。具体要看打电话的是银行自己的团队还是外包公司。

建议：以后的通话尽量录音，记下日期和对方工号；直接打发卡银行的官方客服投诉，说清楚哪天、哪个号码打给了谁、说了什么。投诉一般会转到催收管理部门，外包公司很在意这类投诉，不过处理效果因银行而异。`,
        afterDays: 1,
        replies: [
          {
            author: 'yehang_fish',
            body: '谢谢！昨天打客服投诉了，客服说会核实。今天换了个人打来，语气客气多了，也没再提我家里人。',
            afterDays: 2,
          },
        ],
      },
      {
        author: 'shore_walker',
        body: '我之前也遇到过，投诉之后就没再打给家里了。另外建议跟爸妈提前说一声：“银行的事我在处理，有人打来就说让他们直接打给我本人。”老人知道你在处理，会安心很多。',
        afterDays: 3,
      },
    ],
  },
  // ─── 3 ───────────────────────────────────────────────────────────────
  {
    author: 'laozhou',
    title: '收到法院的应诉材料，如果我不去开庭会怎么样？',
    body: `另一张卡（不是已经谈好的工行那张）逾期一年多，前几个月收过律师函，我没当回事。这周收到法院寄来的材料，有起诉状副本、传票，还有一张举证通知书，开庭时间在下个月。

说实话我有点想装不知道，反正也没钱还，去了也是挨训。请问不去开庭会怎样？要是去的话，我一个人能应付吗，需要准备些什么？`,
    stages: ['letters', 'lawsuit'],
    postedDaysAgo: 40,
    answers: [
      {
        author: 'lawyer_he',
        accepted: true,
        body: `先别慌，也不建议不去。一般来说，传票送达后无正当理由不到庭，法院可以缺席判决，你就失去了当面说明情况、对利息和费用提出意见的机会。具体要看起诉状里主张的金额是怎么构成的。

建议：一是把起诉状里的本金、利息、违约金和其他费用，和你自己的账单逐项对一对；二是准备收入下降的证明，想清楚每月能承受多少；三是开庭时可以向法官表达调解意愿。能不能调成、方案如何都不确定，但去了总比不去多一些空间。`,
        afterDays: 1,
        replies: [
          {
            author: 'laozhou',
            body: '谢谢何律师。起诉状里有一笔“违约金”比我想的多不少，这个可以在庭上提出来吗？',
            afterDays: 2,
            replies: [
              {
                author: 'lawyer_he',
                body: '可以提。一般来说，你可以对违约金和利息的计算方式、标准提出异议，请法院审查是否过高。具体能否调整、调整多少，要看法院对合同条款和证据的认定，我没看过材料，不好判断。建议把有异议的部分列成一张简单的清单，写明理由，开庭时带上，也可以提前交给承办法官。',
                afterDays: 3,
              },
            ],
          },
        ],
      },
      {
        author: 'numbers_wang',
        body: '老周，我去年也走过一遍，一个人去的。法官没有训人，问得挺平和的。记得提前半小时到，带身份证原件和材料复印件，想说的话提前写在纸上，紧张的时候照着念就行。',
        afterDays: 4,
      },
    ],
  },
  // ─── 4 ───────────────────────────────────────────────────────────────
  {
    author: 'xiaomi_mama',
    anonymous: true,
    title: '催收说下周要“上门核实”，家里只有我和孩子，怎么办？',
    body: `我欠的是两笔网贷，加起来三万多，已经逾期两个月。今天电话里对方说“下周安排同事上门核实情况”，还问我是不是还住在原来的小区。

老公常年在外地，白天家里就我和三岁的孩子。我现在一听到敲门声就紧张，孩子也感觉到我不对劲了。他们真的会来吗？来了我该开门吗？能不能拒绝？`,
    stages: ['calls', 'home-visit'],
    postedDaysAgo: 25,
    answers: [
      {
        author: 'xinli_an',
        body: `先说一句：你现在的紧张是很正常的反应，尤其身边还有孩子要保护。一般来说，电话里说的“上门”不一定真会发生，但提前想好怎么做，心里会更有底。

建议和自己约定几条：不认识的人敲门可以不开，隔着门说“有事请打电话”就行；对方不走或言语威胁，可以报警；提前跟一位信得过的邻居或朋友打好招呼。孩子那边，可以用简单的话告诉他“妈妈在处理大人的事情，会好的”。具体怎么安排要看你家的情况；如果焦虑持续影响睡眠和吃饭，也值得找人好好聊聊。`,
        afterDays: 0,
      },
      {
        author: 'counsel_wu',
        body: `补充一点电话这头能做的。一般来说，网贷逾期两个月，对方最想要的是一个明确的还款安排。建议下次接电话时平静地说明家里情况和每月能拿出多少，请对方把诉求登记下来，并问清楚有没有分期或延期的方案；通话记得录音。具体能不能谈成要看平台政策，不好打包票，但有了沟通记录，对方“上门核实”的理由也会少一些。

说明一下：我在一家收费的债务调解机构工作，上面这些你自己都能做，不需要付费。`,
        afterDays: 1,
        replies: [
          {
            author: 'xiaomi_mama',
            anonymous: true,
            body: '谢谢两位。我昨天给平台客服打了电话，说了每月能还一千，对方说会提交申请。心里踏实了一点。',
            afterDays: 2,
          },
        ],
      },
    ],
  },
  // ─── 5 ───────────────────────────────────────────────────────────────
  {
    author: 'deliver_rider',
    title: '有人在我出租屋门口贴了“欠款催告”，这样合法吗？',
    body: `昨天跑完夜班回来，看到门上贴着一张纸，写着我的名字、欠款的平台，还有“请尽快处理，否则后果自负”。楼道里其他住户都看得到，房东也打电话来问怎么回事。

我确实欠一个平台一万多，逾期三个月了，但一直没断过联系。把我的情况贴在门口，这样合法吗？我能做点什么？`,
    stages: ['home-visit'],
    postedDaysAgo: 180,
    answers: [
      {
        author: 'lawyer_he',
        accepted: true,
        body: `一般来说，把姓名和欠款信息公开贴在公共区域，可能涉及侵犯隐私或名誉，相关监管要求和行业规范也不允许这类做法，但具体怎么定性，要看纸上的内容和张贴的人是谁。

建议：先拍照留存，包括纸的内容、位置和时间，再取下来；向借款平台投诉，要求说明是不是其委托的机构所为；如果纸上有威胁性语言，或者反复发生，可以报警并保留回执。另外可以跟房东简单说明你在正常处理，避免误会升级。`,
        afterDays: 1,
      },
      {
        author: 'ex_collector',
        body: `从催收那头说一句：门口贴纸在我待过的团队是明令禁止的，一旦被投诉，外包公司会被扣分，严重的会被收回案子。一般来说，正规外访只是核实地址、当面沟通，不应该留下写着欠款信息的东西。具体是谁干的，要看平台把案子委托给了哪家。

建议投诉时写清日期、地点，附上照片，要求平台给出书面答复；你一直没断联系，这一点也要写进去。`,
        afterDays: 2,
        replies: [
          {
            author: 'deliver_rider',
            body: '照片拍了，也投诉了。平台客服说是合作机构的“个人行为”，会处理。先看看后面还有没有。',
            afterDays: 3,
          },
        ],
      },
    ],
  },
  // ─── 6 ───────────────────────────────────────────────────────────────
  {
    author: 'night_owl',
    anonymous: true,
    title: '每天被电话吵到整夜睡不着，我是不是太没用了？',
    body: `逾期五个月，每天十几个电话，白天接不完，晚上躺下脑子里还在回放那些话。有一个人说“你这种人活着就是浪费”，我知道不该往心里去，可就是忘不掉。

最近干活也没精神，稿子一改再改交不出去，收入更少，越少越还不上。有时候觉得自己真的很没用。想问问大家，你们是怎么熬过这一段的？`,
    stages: ['calls'],
    postedDaysAgo: 10,
    answers: [
      {
        author: 'xinli_an',
        accepted: true,
        body: `先回答你的问题：你不是没用。连续几个月每天被十几个电话追着，任何人都会睡不好、注意力下降，这是长期压力下很常见的反应，不代表你的价值。那句话是施压的话术，不是对你的评价。

一般来说，可以试着把处理电话的时间固定下来，比如每天只在下午集中接一小时，其余时间静音；睡前不翻通话记录。具体哪种方式适合你，要看你的作息。如果失眠持续好几周，或者出现“不想活了”的念头，请尽快联系当地的心理援助热线，或去医院的心理科看看，这一点也不丢人。`,
        afterDays: 0,
        replies: [
          {
            author: 'night_owl',
            anonymous: true,
            body: '谢谢。今天试了只在下午接电话，晚上把手机放在客厅。睡了五个小时，已经比之前好多了。',
            afterDays: 1,
            replies: [
              {
                author: 'moderator',
                body: '能睡五个小时就是进步。慢慢来，这里随时有人在。',
                afterDays: 1,
              },
            ],
          },
        ],
      },
      {
        author: 'moderator',
        body: '抱抱。那句话如果有录音，可以向发卡机构投诉，辱骂本身就是不被允许的。你不是一个人，版里很多人都走过这一段。',
        afterDays: 1,
      },
    ],
  },
  // ─── 7 ───────────────────────────────────────────────────────────────
  {
    author: 'jiangnan_rain',
    title: '协商分期时银行要我先还一笔“首期”，这正常吗？',
    body: `广发的一张卡，欠四万出头。打了好几次客服，终于有人愿意帮我提交分期申请，但对方说要先还欠款的百分之十作为“首期”，还完才能提交。

我现在手里只有两千左右，差一大截。想问：先还一笔是普遍要求吗？比例能不能谈？如果先还了钱，申请却没批下来，这笔钱是不是就白还了？`,
    stages: ['negotiation'],
    postedDaysAgo: 60,
    answers: [
      {
        author: 'counsel_wu',
        accepted: true,
        body: `先说明：我在一家收费的债务调解机构上班，以下只是个人经验，你完全可以自己去谈。

一般来说，不少银行办个性化分期时会要求先还一笔，用来确认还款意愿，比例各家不一，也会看欠款金额和逾期时长。具体能不能少还，要看银行内部规则和你提供的材料。建议如实说明你最多能拿出多少，请客服把“首期能否调整”一起提交；钱只还进银行官方渠道，并问清楚申请没通过时会怎么处理，最好留短信或录音。已还的钱一般会冲抵欠款。`,
        afterDays: 1,
        replies: [
          {
            author: 'jiangnan_rain',
            body: '照您说的问了，客服说可以按两千先提交试试，不保证能批。这次全程录音了，等消息。',
            afterDays: 3,
            replies: [
              {
                author: 'jiangnan_rain',
                body: '更新：批下来了，36期，首期就按两千算的。谢谢大家！',
                afterDays: 18,
              },
            ],
          },
        ],
      },
      {
        author: 'numbers_wang',
        body: '我招行那张当时也要求先还，最后先还了大概百分之五，后来直接算进方案里了。每家不一样，但比例确实有商量的余地。',
        afterDays: 2,
      },
    ],
  },
  // ─── 8 ───────────────────────────────────────────────────────────────
  {
    author: 'shore_walker',
    title: '判决已经下来了，还能跟银行谈分期吗？',
    body: `我有一张卡被起诉了，上个月收到判决书，判我在判决生效后十日内还清本金、利息和律师费。我显然一次还不上。

听说判决之后银行就不会再谈了，只能等强制执行，是真的吗？我现在每月能拿出一千五左右，想主动去联系，但不知道该找银行还是找法院。`,
    stages: ['lawsuit', 'negotiation'],
    postedDaysAgo: 90,
    answers: [
      {
        author: 'lawyer_he',
        body: `一般来说，判决生效后双方仍然可以协商，进入执行程序后也可以达成执行和解，并不是“只能等强制执行”。具体要看银行的政策和案件进度。

建议：先确认判决是否已经生效、银行有没有申请执行；可以联系判决书上列明的原告代理人，或打银行客服说明想就已判决的欠款协商还款；谈成的方案一定要书面化，如果已经立了执行案，最好让执行法官知晓并记录在案。每月一千五能否被接受不确定，但主动沟通、按时履行，通常对你更有利。`,
        afterDays: 2,
        replies: [
          {
            author: 'shore_walker',
            body: '打了银行电话，对方说案子已经转到法务部门，给了一个专门对接的电话。明天打过去谈，谈完来更新。',
            afterDays: 5,
          },
        ],
      },
    ],
  },
  // ─── 9 ───────────────────────────────────────────────────────────────
  {
    author: 'numbers_wang',
    title: '分期方案谈好了，如果中间有一个月还不上会怎样？',
    body: `招行那张已经谈成48期，目前还了五期，一直准时。但公司最近在传要裁员，心里很没底。

想提前了解一下：万一哪个月还不上，方案是不是就直接作废，剩下的钱要一次还清？有没有什么办法可以提前做准备？我真的不想再回到每天接电话的日子。`,
    stages: ['settled'],
    postedDaysAgo: 30,
    answers: [
      {
        author: 'counsel_wu',
        accepted: true,
        body: `能提前想这件事，已经走得很稳了。一般来说，分期协议里会写违约条款，常见的是连续或累计几期没还，银行有权终止方案、恢复计息，剩余欠款可能要求一次还清。具体以你签的协议或短信确认为准，建议先把条款找出来看清楚。

准备上：一是从现在起每月留一点应急金，目标是至少一期的还款额；二是如果真的收入中断，在还款日之前主动联系银行说明情况，问有没有延期或调整的可能，别等逾期了再说。能否调整要看银行，但提前沟通总比事后被动好。`,
        afterDays: 1,
      },
      {
        author: 'yehang_fish',
        body: '我也担心过同样的事。后来把每期还款设成工资到账当天自动扣，另开了一个账户攒了两期的钱，心里踏实很多。',
        afterDays: 2,
        replies: [
          {
            author: 'numbers_wang',
            body: '好主意，今晚就去开一个单独的账户。',
            afterDays: 2,
          },
        ],
      },
    ],
  },
  // ─── 10 (English) ────────────────────────────────────────────────────
  {
    author: 'ray_sz',
    title: "Letter from a 'law firm' about my card debt: is it real?",
    body: `I'm four months behind on one credit card. Yesterday a letter came from a firm I've never heard of, saying they were "entrusted by the bank" and will "sue within 7 days" unless I pay in full. It has a stamp and a lawyer's name, but no case details.

Is there a way to check whether the firm and the lawyer are real? And should I negotiate with them, or go back to the bank directly?`,
    stages: ['letters', 'negotiation'],
    postedDaysAgo: 20,
    answers: [
      {
        author: 'lawyer_he',
        body: `Ray 你好，我用中文回答，方便你之后跟银行沟通时引用。一般来说，可以通过当地司法行政部门的公开查询渠道，核实律所和律师是否真实执业；也可以直接打发卡银行的官方客服，问这家律所是否受其委托。

这类函件多数是催收流程的一部分，函件本身不等于已经起诉，真正起诉会有法院送达的材料。具体会不会起诉、什么时候起诉，要看银行的安排。建议不要往函件上的个人账户付款；协商优先回到银行官方渠道，谈好的方案要求书面确认。`,
        afterDays: 1,
        replies: [
          {
            author: 'ray_sz',
            body: "Thanks! I called the bank and they confirmed the firm is one of their vendors. I'll still talk to the bank directly and ask for the plan in writing.",
            afterDays: 2,
          },
        ],
      },
      {
        author: 'jiangnan_rain',
        body: '我也收到过几乎一样的函，所谓“七日内起诉”后来也没有下文。当然不能完全当没事，但不用被吓住，先核实再说。',
        afterDays: 3,
      },
    ],
  },
  // ─── 11 (no answers yet) ─────────────────────────────────────────────
  {
    author: 'laozhou',
    title: '全部还清之后，征信上的逾期记录要多久才会消失？',
    body: `工行那张还在分期，另外两张小额的卡这个月终于全部还清了，拿到了结清证明，第一次觉得松了一口气。

想问问：还清以后，征信报告上的逾期记录会马上消失吗？还是要等好几年？网上有人说能“花钱删记录”，我肯定不信，但想知道正规的说法是什么。以后可能想给孩子的学费申请一笔小额贷款，不知道会不会受影响。`,
    stages: ['settled'],
    postedDaysAgo: 2,
  },
  // ─── 12 (no answers yet) ─────────────────────────────────────────────
  {
    author: 'jiangnan_rain',
    anonymous: true,
    title: '短信说要“去单位走访”，我要不要先跟领导打招呼？',
    body: `最近的短信越来越重，今天这条写着“已安排外访人员于近日前往您单位核实”，还写了我们公司的名字。我在公司做行政，同事关系都不错，但领导比较严肃。

我在纠结：要不要主动先跟领导说一声，免得真有人来的时候太尴尬？还是等真的来了再说？担心说了反而影响工作。有没有经历过的朋友可以讲讲？`,
    stages: ['sms', 'home-visit'],
    postedDaysAgo: 7,
  },
  // ─── 13 ──────────────────────────────────────────────────────────────
  {
    author: 'deliver_rider',
    title: '有人说能帮我“减免一半”，但要先交手续费，靠谱吗？',
    body: `逾期这几个月，短信和电话都没停过。前两天收到一条短信，自称“平台合作的减免专员”，说能帮我申请减免一半欠款，但要先往一个个人账户转八百元“办理费”。

我现在确实很想少还一点，但总觉得哪里不对劲。这种说法靠谱吗？真正的减免是怎么申请的？`,
    stages: ['sms', 'calls'],
    postedDaysAgo: 120,
    answers: [
      {
        author: 'ex_collector',
        accepted: true,
        body: `很大概率是骗局，我在催收那头见过不少这样被骗的人。一般来说，正规的减免或分期都要通过借款平台或银行的官方渠道申请，由对方内部审批，不存在先交“办理费”这一说，更不会让你转到个人账户。具体有没有减免政策，要看平台和你的情况。

建议：不要转账，不要告诉任何人验证码；把短信截图，打平台官方客服核实；如果已经转了，尽快报警并保留记录。想少还一点很正常，直接问官方客服“有没有减免或分期方案”就可以。`,
        afterDays: 0,
        replies: [
          {
            author: 'deliver_rider',
            body: '没转。问了平台客服，说从来没有什么“减免专员”，那条短信我已经举报了。',
            afterDays: 1,
          },
        ],
      },
      {
        author: 'moderator',
        body: '补充：这类私信在本站也出现过，一律按规则删除。任何要你先付钱的“减免”，请先来版里问一句。',
        afterDays: 1,
      },
      {
        author: 'counsel_wu',
        body: `赞同楼上。我自己在一家收费的机构工作，所以更想说清楚：正规机构收费前会签书面合同，写明服务内容和退费条件，也不会承诺“减免一半”这种结果；让你往个人账户转钱的，基本可以判定不正规。

一般来说，能不能减免、减多少，最终都由银行或平台决定，任何第三方都保证不了。建议先自己打官方客服问清楚政策，具体差别要看个案，但很多情况下自己去谈就能拿到差不多的方案。`,
        afterDays: 2,
      },
    ],
  },
  // ─── 14 ──────────────────────────────────────────────────────────────
  {
    author: 'yehang_fish',
    title: '两张信用卡加一笔网贷同时逾期，应该先跟哪家谈？',
    body: `被裁后现在有了新工作，每月除去房租和生活费能拿出大概三千。欠款是：招行六万多，浦发两万，一笔网贷一万出头，三家每天都有电话。

我的想法是先谈金额最小的网贷，赶紧清掉一家，心里轻松点。但也有人说应该先处理利息最高的。到底该按什么顺序？三家能不能同时谈？`,
    stages: ['calls', 'negotiation'],
    postedDaysAgo: 70,
    answers: [
      {
        author: 'counsel_wu',
        body: `一般来说没有唯一正确的顺序，可以看三点：哪家费用增长最快、哪家的催收最影响生活、哪家最可能接受你的方案。网贷通常费率更高、金额也小，先处理往往划算；信用卡的个性化分期审核要时间，可以同时申请。具体还要看每家的实际费率。

建议把三家的欠款、年化费率、对方提出的方案列成一张表，三家月供加起来不要超过你能承受的三千，并留一点应急钱，否则谈下来也容易再断。顺带说明：我在收费的债务调解机构工作，这些你自己就能完成。`,
        afterDays: 1,
      },
      {
        author: 'numbers_wang',
        accepted: true,
        body: '做表格我在行，给你个思路：每家一行，列出本金、月费率、对方要求的首期、每月还款额、催收频率。先把网贷用最省的方式结清或分期，再把两张信用卡的月供塞进剩下的额度。我当时就是这么排的，三千的预算，千万别超。',
        afterDays: 2,
        replies: [
          {
            author: 'yehang_fish',
            body: '按你的表排了一遍，网贷那家同意分六期，招行那边也开始申请了。谢谢！',
            afterDays: 9,
          },
        ],
      },
    ],
  },
  // ─── 15 ──────────────────────────────────────────────────────────────
  {
    author: 'xiaomi_mama',
    title: '爸妈还不知道我欠了钱，我该怎么跟他们开口？',
    body: `带孩子那两年没有收入，信用卡和一笔消费贷慢慢滚到了三万多。现在重新上班了，但之前的窟窿一时补不上，已经逾期一个多月。

催收说要联系我的紧急联系人，填的是我妈。我很怕她从陌生人的电话里知道这件事，可又不知道怎么开口。我妈身体不太好，也怕她拿养老钱出来帮我还。大家是怎么跟家里说的？`,
    stages: ['calls'],
    postedDaysAgo: 50,
    answers: [
      {
        author: 'xinli_an',
        body: `你担心的其实是两件事：怕妈妈受惊吓，也怕她为你牺牲。一般来说，由你自己先说，比让她从陌生人的电话里听到，伤害要小很多。具体怎么说要看你们平时的相处方式。

建议先准备三句话：发生了什么、你已经在做什么、你需要她做什么（比如接到电话就说“请跟本人联系”）。同时明确告诉她“不需要你出钱”，把边界说在前面。选一个不赶时间的时候说，她可能会难过或生气，这很正常，给她一点消化的时间。`,
        afterDays: 1,
      },
      {
        author: 'laozhou',
        body: '我当时是跟老婆摊牌，不是跟父母，但感觉差不多：开口的那一刻最难，说完反而轻松了。祝你顺利。',
        afterDays: 3,
        replies: [
          {
            author: 'xiaomi_mama',
            body: '上周末回家说了。我妈哭了一会儿，然后说“人没事就好”。谢谢大家。',
            afterDays: 12,
          },
        ],
      },
    ],
  },
  // ─── 16 (no answers yet) ─────────────────────────────────────────────
  {
    author: 'night_owl',
    title: '被起诉之后，法院会直接冻结我收入进账的那张卡吗？',
    body: `刚收到法院的短信通知，说我被一家银行起诉了，材料还没寄到。我的收入都进一张卡，房租和生活费也全靠它。

很担心还没开庭卡就被冻了，这个月房租就交不上。想问：起诉阶段就可能冻结吗？还是要等判决以后？万一真的被冻了，基本的生活费能不能留下来？`,
    stages: ['lawsuit'],
    postedDaysAgo: 5,
  },
];
