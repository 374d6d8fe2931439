-- Taxonomy rows are part of the schema: every database gets the same ids and
-- slugs, so links like /stories?stage=lawsuit mean the same thing everywhere.
INSERT INTO "stages" ("id", "slug", "label_zh", "label_en", "position") VALUES
  (1, 'sms', '短信提醒', 'SMS reminders', 1),
  (2, 'calls', '电话催收', 'Collection calls', 2),
  (3, 'letters', '信函/律师函', 'Letters & lawyer''s letters', 3),
  (4, 'home-visit', '上门外访', 'Home visits', 4),
  (5, 'lawsuit', '起诉/诉讼', 'Lawsuit', 5),
  (6, 'negotiation', '协商还款', 'Negotiating repayment', 6),
  (7, 'settled', '结清上岸', 'Settled (ashore)', 7);
--> statement-breakpoint
INSERT INTO "outcomes" ("id", "slug", "label_zh", "label_en", "position", "is_resolution") VALUES
  (1, 'installments', '分期还款', 'Instalment plan', 1, true),
  (2, 'suspended-interest', '停息挂账', 'Interest suspended', 2, true),
  (3, 'reduction', '减免', 'Reduction or waiver', 3, true),
  (4, 'paid-in-full', '全额结清', 'Paid in full', 4, true),
  (5, 'sued', '被起诉', 'Sued', 5, false),
  (6, 'ongoing', '仍在处理', 'Still in progress', 6, false);
--> statement-breakpoint
INSERT INTO "lenders" ("id", "slug", "label_zh", "label_en", "position", "is_other") VALUES
  (1, 'cmb', '招商银行', 'China Merchants Bank', 1, false),
  (2, 'icbc', '工商银行', 'ICBC', 2, false),
  (3, 'ccb', '建设银行', 'China Construction Bank', 3, false),
  (4, 'boc', '中国银行', 'Bank of China', 4, false),
  (5, 'bocom', '交通银行', 'Bank of Communications', 5, false),
  (6, 'cgb', '广发银行', 'China Guangfa Bank', 6, false),
  (7, 'spdb', '浦发银行', 'SPD Bank', 7, false),
  (8, 'citic', '中信银行', 'China CITIC Bank', 8, false),
  (9, 'pingan', '平安银行', 'Ping An Bank', 9, false),
  (10, 'huabei', '花呗', 'Huabei', 10, false),
  (11, 'jiebei', '借呗', 'Jiebei', 11, false),
  (12, 'weilidai', '微粒贷', 'Weilidai', 12, false),
  (13, 'jd-baitiao', '京东白条', 'JD Baitiao', 13, false),
  (14, 'meituan', '美团月付/借钱', 'Meituan credit', 14, false),
  (15, 'zhaolian', '招联金融', 'Zhaolian Finance', 15, false),
  (99, 'other', '其他', 'Other', 99, true);
--> statement-breakpoint
INSERT INTO "amount_bands" ("id", "slug", "label_zh", "label_en", "position") VALUES
  (1, 'under-10k', '1万元以下', 'Under ¥10k', 1),
  (2, '10k-50k', '1万–5万元', '¥10k–50k', 2),
  (3, '50k-100k', '5万–10万元', '¥50k–100k', 3),
  (4, '100k-300k', '10万–30万元', '¥100k–300k', 4),
  (5, 'over-300k', '30万元以上', 'Over ¥300k', 5);
