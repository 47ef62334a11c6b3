/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 日期 YYYY-MM-DD · A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** 金额（元），两位小数的字符串，如 "1234.50" · Money in yuan (元) as a string with 2 decimals, e.g. "1234.50". */
  Decimal: { input: string; output: string; }
};

/** 登录结果 · The result of a successful login. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** 访问令牌，作为 Authorization: Bearer 发送 · Bearer token for the Authorization header. */
  token: Scalars['String']['output'];
  /** 登录的用户 · The signed-in user. */
  user: User;
};

/** 分公司/支行 · A branch of the acquirer. */
export type Branch = {
  __typename?: 'Branch';
  /** 名称 · Name. */
  name: Scalars['String']['output'];
  /** 区域（关中、陕北、陕南…）· Region. */
  region?: Maybe<Scalars['String']['output']>;
};

/** 维护频次要求的联系方式 · What a cadence rule asks for. */
export type CadenceChannel =
  /** 电话（拜访也算）· A call (a visit also counts). */
  | 'CALL'
  /** 短信/微信/邮件/问候 · Any message. */
  | 'MESSAGE'
  /** 拜访 · A visit. */
  | 'VISIT';

/** 维护频次规则 · One rule of the cadence policy. */
export type CadenceRule = {
  __typename?: 'CadenceRule';
  /** 联系方式 · What it asks for. */
  channel: CadenceChannel;
  /** 最长间隔（天）· At most this many days between contacts. */
  everyDays: Scalars['Int']['output'];
  /** 计入的联系方式 · Interaction kinds that count. */
  satisfiedBy: Array<InteractionKind>;
  /** 客户分级 · Tier. */
  tier: TierCode;
};

/** 维护频次规则 · One cadence rule. */
export type CadenceRuleInput = {
  /** 联系方式 · What it asks for. */
  channel: CadenceChannel;
  /** 最长间隔（天，1..730）· Days between contacts, 1 to 730. */
  everyDays: Scalars['Int']['input'];
  /** 计入的联系方式 · Interaction kinds that count. */
  satisfiedBy: Array<InteractionKind>;
  /** 客户分级 · Tier. */
  tier: TierCode;
};

/** 费率方案 · The merchant fee plan (扣率 or 封顶). */
export type FeePlan = {
  __typename?: 'FeePlan';
  /** 封顶手续费（元/笔）· Fee cap per transaction in yuan; null unless capped. */
  cap?: Maybe<Scalars['Decimal']['output']>;
  /** 扣率优惠 = 标准扣率 − 商户扣率 · Discount against the list rate (list rate − rate). */
  discount: Scalars['String']['output'];
  /** 方案类型：rate（按扣率）或 capped（封顶）· rate, or capped (rate up to a per-transaction cap). */
  kind: Scalars['String']['output'];
  /** 所属类型的标准扣率（2013 年标准）· List rate of the merchant category (2013 schedule). */
  listRate: Scalars['String']['output'];
  /** 商户扣率，小数（0.0078 即 0.78%）· Merchant discount rate as a decimal fraction (0.0078 = 0.78%). */
  rate: Scalars['String']['output'];
};

/** 节日问候活动 · A holiday greeting campaign. */
export type GreetingCampaignInput = {
  /** 节日 · Holiday. */
  holiday: Holiday;
  /** 活动名称 · Campaign name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 客户范围 · Segment of merchants. */
  segment?: InputMaybe<GreetingSegment>;
  /** 发送日期 · Date to send on. */
  sendOn: Scalars['Date']['input'];
  /** 短信模板，可用 {商户名称} {联系人} {节日} {客户经理} · SMS template with placeholders. */
  template: Scalars['String']['input'];
  /** 年份 · Year. */
  year: Scalars['Int']['input'];
};

/** 问候活动执行结果 · What a campaign run created. */
export type GreetingCampaignRun = {
  __typename?: 'GreetingCampaignRun';
  /** 已存在而未重复创建 · Already there; not created twice. */
  alreadyThere: Scalars['Int']['output'];
  /** 活动编号 · Campaign id. */
  campaignId: Scalars['Int']['output'];
  /** 新建问候任务 · Greeting tasks created. */
  created: Scalars['Int']['output'];
};

/** 问候对象范围 · Which merchants a campaign greets. */
export type GreetingSegment = {
  /** 分公司名称 · Branch name. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 商户类型：一般类/批发类/餐娱类/车房类/民生类 或 general/wholesale/dining/auto_realty/livelihood · Category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 费率方案：rate 或 capped · Fee plan kind: rate or capped. */
  feePlan?: InputMaybe<Scalars['String']['input']>;
  /** 客户经理登录名 · Login of the owning account manager. */
  manager?: InputMaybe<Scalars['String']['input']>;
  /** 分级所依据的期间，如 2026-10 · Period of the tier snapshot, e.g. 2026-10. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** 仅有（或无）升级潜力 · Only with (or without) potential. */
  potential?: InputMaybe<Scalars['Boolean']['input']>;
  /** 按商户号或名称搜索（支持中文）· Text search over MID and name (Chinese included). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 商户状态 · Status (onboarding, active, dormant, churned, terminated). */
  status?: InputMaybe<Scalars['String']['input']>;
  /** 客户分级（需同时给出 period）· Tier in the snapshot of `period`. */
  tier?: InputMaybe<TierCode>;
};

/** 问候发送结果 · Greetings marked sent. */
export type GreetingsSent = {
  __typename?: 'GreetingsSent';
  /** 已发送 · Marked sent. */
  sent: Scalars['Int']['output'];
  /** 未处理的任务（非待发问候或无权限）· Task ids left alone. */
  skipped: Array<Scalars['ID']['output']>;
};

/** 节日 · Holiday of a greeting campaign. */
export type Holiday =
  /** 端午 · Dragon Boat Festival. */
  | 'DRAGON_BOAT'
  /** 元宵 · Lantern Festival. */
  | 'LANTERN'
  /** 中秋 · Mid-Autumn Festival. */
  | 'MID_AUTUMN'
  /** 国庆 · National Day. */
  | 'NATIONAL_DAY'
  /** 春节 · Spring Festival. */
  | 'SPRING_FESTIVAL';

/** 导入文件类型 · Kind of CSV import. */
export type ImportKind =
  /** 商户档案 merchants.csv · Merchant master data. */
  | 'merchants'
  /** 结算数据 settlements.csv · Daily settlement rows. */
  | 'settlements';

/** 被拒绝的行 · A rejected row. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** 列名 · Column name. */
  column: Scalars['String']['output'];
  /** 原因 · What is wrong. */
  message: Scalars['String']['output'];
  /** 文件行号（表头为第 1 行）· Line in the file; the header is line 1. */
  row: Scalars['Int']['output'];
};

/** 一次导入及其进度 · One import run and its progress. */
export type ImportRun = {
  __typename?: 'ImportRun';
  /** 前 200 个被拒绝的行 · The first 200 rejected rows. */
  errors: Array<ImportRowError>;
  /** 文件名 · File name. */
  fileName: Scalars['String']['output'];
  /** 结束时间 · End time. */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 编号 · Run id. */
  id: Scalars['Int']['output'];
  /** 新增行数 · Rows inserted. */
  inserted: Scalars['Int']['output'];
  /** 类型 · Kind. */
  kind: ImportKind;
  /** 进度 0..1（按已读字节）· Progress 0..1 by bytes read. */
  progress: Scalars['Float']['output'];
  /** 拒绝行数 · Rows rejected. */
  rejected: Scalars['Int']['output'];
  /** 已读行数 · Rows read. */
  rowsRead: Scalars['Int']['output'];
  /** 已导入过而跳过的行数 · Rows skipped as already imported. */
  skipped: Scalars['Int']['output'];
  /** 开始时间 · Start time. */
  startedAt: Scalars['DateTimeISO']['output'];
  /** 状态：running、succeeded、rejected（有错误行，未写入）、failed · Status. */
  status: Scalars['String']['output'];
  /** 更新行数 · Rows updated. */
  updated: Scalars['Int']['output'];
};

/** 一次维护联系（只增不改）· One interaction; corrected by a superseding entry. */
export type Interaction = {
  __typename?: 'Interaction';
  /** 编号 · Id. */
  id: Scalars['ID']['output'];
  /** 联系方式 · Kind. */
  kind: InteractionKind;
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 下次跟进日期 · Next follow-up date. */
  nextFollowUp?: Maybe<Scalars['Date']['output']>;
  /** 备注 · Notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** 发生时间 · When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 结果 · Outcome. */
  outcome: InteractionOutcome;
  /** 录入时间 · When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** 录入人 · Who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** 经办人登录名 · Staff member’s login. */
  staffLogin: Scalars['String']['output'];
  /** 经办人姓名 · Staff member’s name. */
  staffName?: Maybe<Scalars['String']['output']>;
  /** 被哪条记录更正 · The entry that corrected this one. */
  supersededById?: Maybe<Scalars['ID']['output']>;
  /** 更正的是哪条记录 · The entry this one corrects. */
  supersedesId?: Maybe<Scalars['ID']['output']>;
};

/** 记录一次联系 · An interaction to record. */
export type InteractionInput = {
  /** 联系方式 · Kind. */
  kind: InteractionKind;
  /** 商户号 · MID. */
  mid: Scalars['String']['input'];
  /** 下次跟进日期 · Next follow-up date. */
  nextFollowUp?: InputMaybe<Scalars['Date']['input']>;
  /** 备注（最多 2000 字）· Notes, at most 2,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 发生时间（默认现在）· When it happened; now by default. */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 结果 · Outcome. */
  outcome: InteractionOutcome;
  /** 经办人登录名（默认本人；分公司经理可代同事录入）· Staff login; yourself by default. */
  staff?: InputMaybe<Scalars['String']['input']>;
};

/** 联系方式 · Kind of interaction with a merchant. */
export type InteractionKind =
  /** 电话回访 · Phone call-back. */
  | 'CALL'
  /** 投诉 · Complaint. */
  | 'COMPLAINT'
  /** 电子邮件 · E-mail. */
  | 'EMAIL'
  /** 故障处理 · Fault handling. */
  | 'FAULT_HANDLING'
  /** 反馈 · Feedback. */
  | 'FEEDBACK'
  /** 节日问候 · Holiday greeting. */
  | 'GREETING'
  /** 短信 · SMS. */
  | 'SMS'
  /** 满意度调查 · Satisfaction survey. */
  | 'SURVEY'
  /** 培训/座谈 · Training or seminar. */
  | 'TRAINING'
  /** 拜访 · Visit. */
  | 'VISIT'
  /** 微信 · WeChat message. */
  | 'WECHAT';

/** 联系结果；只有联系上的才计入维护频次 · Outcome; only contacts that reached the merchant count. */
export type InteractionOutcome =
  /** 已联系，发现问题 · Reached; an issue was found. */
  | 'ISSUE_FOUND'
  /** 已联系 · Reached the merchant. */
  | 'REACHED'
  /** 改约 · Rescheduled. */
  | 'RESCHEDULED'
  /** 未联系上 · Could not reach the merchant. */
  | 'UNREACHABLE';

/** 考核指标的汇总维度 · How KPIs are grouped. */
export type KpiGrouping =
  /** 按分公司 · Per branch. */
  | 'BRANCH'
  /** 按客户经理 · Per account manager. */
  | 'MANAGER';

/** 帕累托/洛伦兹曲线上的点 · A point of the Pareto (Lorenz) curve. */
export type LorenzPoint = {
  __typename?: 'LorenzPoint';
  /** 累计商户占比（按利润从高到低）0..1 · Cumulative share of merchants, highest profit first. */
  merchantShare: Scalars['Float']['output'];
  /** 累计利润占比 · Cumulative share of profit. */
  profitShare: Scalars['Float']['output'];
};

/** 维护考核指标 · Maintenance KPIs of a manager or branch. */
export type MaintenanceKpi = {
  __typename?: 'MaintenanceKpi';
  /** 平均解决时长（小时）· Average hours to resolution. */
  avgResolutionHours?: Maybe<Scalars['Float']['output']>;
  /** 平均首次响应时长（小时）· Average hours to first response. */
  avgResponseHours?: Maybe<Scalars['Float']['output']>;
  /** 电话回访次数 · Phone call-backs. */
  calls: Scalars['Int']['output'];
  /** 投诉与反馈数 · Complaints and feedback received. */
  complaints: Scalars['Int']['output'];
  /** 客户经理登录名或分公司名称 · Manager login or branch name. */
  key: Scalars['String']['output'];
  /** 重要客户数 · Key customers. */
  keyCustomers: Scalars['Int']['output'];
  /** 按频次维护的重要客户数 · Key customers contacted on cadence. */
  keyOnCadence: Scalars['Int']['output'];
  /** 重要客户按频次维护占比 0..1 · Share of key customers on cadence. */
  keyOnCadenceShare?: Maybe<Scalars['Float']['output']>;
  /** 名称 · Display name. */
  name: Scalars['String']['output'];
  /** 其他联系方式次数 · Other contacts. */
  otherContacts: Scalars['Int']['output'];
  /** 逾期任务数 · Tasks due in the period not done in time. */
  overdueTasks: Scalars['Int']['output'];
  /** 拜访次数 · Visits. */
  visits: Scalars['Int']['output'];
};

/** 维护任务 · A maintenance task for an account manager. */
export type MaintenanceTask = {
  __typename?: 'MaintenanceTask';
  /** 问候活动 · Greeting campaign name. */
  campaign?: Maybe<Scalars['String']['output']>;
  /** 要求的联系方式：visit、call、message、follow_up、greeting、verify · What to do. */
  channel: Scalars['String']['output'];
  /** 完成或取消原因 · Why it was closed. */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** 完成或取消时间 · When it was done or cancelled. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 逾期天数（未逾期为 0）· Days overdue; 0 when not overdue. */
  daysOverdue: Scalars['Int']['output'];
  /** 完成它的联系记录 · The interaction that did it. */
  doneByInteractionId?: Maybe<Scalars['ID']['output']>;
  /** 到期日 · Due date. */
  dueOn: Scalars['Date']['output'];
  /** 频次（天）· Cadence in days. */
  everyDays?: Maybe<Scalars['Int']['output']>;
  /** 编号 · Id. */
  id: Scalars['ID']['output'];
  /** 来源 · Where it comes from. */
  kind: TaskKind;
  /** 上次计入的联系（或核实）日期 · Date of the last counting contact (or verification). */
  lastContactOn?: Maybe<Scalars['Date']['output']>;
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 问候短信内容 · Greeting SMS text. */
  message?: Maybe<Scalars['String']['output']>;
  /** 今日状态 · State today. */
  state: TaskState;
  /** 所依据的维护级别 · Cadence tier the task follows. */
  tier?: Maybe<TierCode>;
};

/** 任务分页列表 · A page of tasks (Relay connection). */
export type MaintenanceTaskConnection = {
  __typename?: 'MaintenanceTaskConnection';
  /** 本页任务 · Tasks of this page. */
  edges: Array<MaintenanceTaskEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的任务总数 · Number of matching tasks. */
  totalCount: Scalars['Int']['output'];
};

/** 任务列表的一项 · One task in a connection. */
export type MaintenanceTaskEdge = {
  __typename?: 'MaintenanceTaskEdge';
  /** 游标 · Cursor. */
  cursor: Scalars['String']['output'];
  /** 任务 · The task. */
  node: MaintenanceTask;
};

/** 商户档案 · A merchant of the acquirer (商户档案). */
export type Merchant = {
  __typename?: 'Merchant';
  /** 所属分公司 · Branch name. */
  branch: Scalars['String']['output'];
  /** 维护级别（依据最新分级快照）· Cadence tier from the latest snapshot. */
  cadence?: Maybe<MerchantCadence>;
  /** 商户类型代码：general、wholesale、dining、auto_realty、livelihood、public_welfare · Category code. */
  category: Scalars['String']['output'];
  /** 商户类型名称（中文）· Category name in Chinese, e.g. 餐娱类. */
  categoryName: Scalars['String']['output'];
  /** 变更历史，最新在前 · Change history, newest first. */
  changes: Array<MerchantChange>;
  /** 联系人（脱敏）· Contact, masked. */
  contact: MerchantContact;
  /** 费率方案与扣率优惠 · Fee plan with its discount against the list rate. */
  feePlan: FeePlan;
  /** 联系记录，最新在前（含已更正的）· Interactions, newest first, corrected ones included. */
  interactions: Array<Interaction>;
  /** 客户经理 · The owning account manager. */
  manager: User;
  /** MCC 商户类别码（4 位，ISO 18245）· Merchant category code, 4 digits (ISO 18245). */
  mcc: Scalars['String']['output'];
  /** 商户号 MID（15 位数字）· Merchant number, 15 digits. */
  mid: Scalars['String']['output'];
  /** 注册名称 · Registered name. */
  name: Scalars['String']['output'];
  /** 入网日期 · Onboarding date. */
  onboardedOn: Scalars['Date']['output'];
  /** 未完成的维护任务 · Open maintenance tasks, by due date. */
  openTasks: Array<MaintenanceTask>;
  /** 积分账户 · Loyalty points account. */
  points: PointsAccount;
  /** 期间利润（元）= 商户手续费 − 发卡行服务费 − 网络服务费 · Profit over the period in yuan (Decimal string). */
  profit: Scalars['Decimal']['output'];
  /** 商户状态：onboarding、active、dormant、churned、terminated · Status in its lifecycle. */
  status: Scalars['String']['output'];
  /** 该期间的官方分级（全公司排名）· Official tier in the period (company-wide ranking). */
  tier?: Maybe<TierCode>;
  /** 分级历史（已保存的快照，最新在前）· Tier history from stored snapshots, newest first. */
  tierHistory: Array<TierSnapshotEntry>;
  /** 时间线：联系、分级与状态变化、积分、投诉、故障，最新在前 · Timeline of everything, newest first. */
  timeline: Array<TimelineEvent>;
  /** 经营名称 · Trading name. */
  tradingName?: Maybe<Scalars['String']['output']>;
  /** 月度趋势（金额、笔数、手续费、利润）· Monthly trend series for charts. */
  trend: Array<MonthPoint>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantChangesArgs = {
  first?: Scalars['Int']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantInteractionsArgs = {
  first?: Scalars['Int']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantProfitArgs = {
  period: Scalars['String']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTierArgs = {
  period: Scalars['String']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTimelineArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTrendArgs = {
  months?: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};

/** 商户的维护级别 · The cadence a merchant follows. */
export type MerchantCadence = {
  __typename?: 'MerchantCadence';
  /** 按此级别维护 · Tier whose cadence applies. */
  cadenceTier: TierCode;
  /** 依据的分级快照期间 · Snapshot period. */
  period: Scalars['String']['output'];
  /** 有升级潜力（多维护一级）· Has upgrade potential (one step more). */
  potential: Scalars['Boolean']['output'];
  /** 分级 · Tier. */
  tier: TierCode;
};

/** 商户变更记录 · One recorded change to a merchant. */
export type MerchantChange = {
  __typename?: 'MerchantChange';
  /** 操作人或导入命令 · Who made it: a login or the import command. */
  actor: Scalars['String']['output'];
  /** 变更时间 · When the change happened (ISO timestamp). */
  changedAt: Scalars['DateTimeISO']['output'];
  /** 变更字段 JSON：{字段: {from, to}}，个人信息脱敏 · JSON of {field: {from, to}}; personal data masked. */
  changes: Scalars['String']['output'];
  /** 类型：created、updated 或 status · Kind: created, updated or status. */
  kind: Scalars['String']['output'];
  /** 来源 · Where it came from, e.g. the imported file. */
  source: Scalars['String']['output'];
};

/** 商户分页列表（Relay）· A page of merchants (Relay connection). */
export type MerchantConnection = {
  __typename?: 'MerchantConnection';
  /** 本页商户 · The merchants of this page. */
  edges: Array<MerchantEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合筛选条件的商户总数 · Number of merchants matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** 联系人（个人信息，默认脱敏）· Contact person; personal data, masked by default. */
export type MerchantContact = {
  __typename?: 'MerchantContact';
  /** 手机号（脱敏，如 138****5678）· Mobile number, masked like 138****5678. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** 联系人姓名 · Contact name. */
  name?: Maybe<Scalars['String']['output']>;
  /** 最近核实日期 · When the contact data was last verified. */
  verifiedOn?: Maybe<Scalars['Date']['output']>;
};

/** 商户列表的一项 · One merchant in a connection. */
export type MerchantEdge = {
  __typename?: 'MerchantEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 商户 · The merchant. */
  node: Merchant;
};

/** 商户筛选条件，各条件同时满足 · Merchant filter; all given conditions must hold. */
export type MerchantFilter = {
  /** 分公司名称 · Branch name. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 商户类型：一般类/批发类/餐娱类/车房类/民生类 或 general/wholesale/dining/auto_realty/livelihood · Category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 费率方案：rate 或 capped · Fee plan kind: rate or capped. */
  feePlan?: InputMaybe<Scalars['String']['input']>;
  /** 客户经理登录名 · Login of the owning account manager. */
  manager?: InputMaybe<Scalars['String']['input']>;
  /** 分级所依据的期间，如 2026-10 · Period of the tier snapshot, e.g. 2026-10. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** 按商户号或名称搜索（支持中文）· Text search over MID and name (Chinese included). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 商户状态 · Status (onboarding, active, dormant, churned, terminated). */
  status?: InputMaybe<Scalars['String']['input']>;
  /** 客户分级（需同时给出 period）· Tier in the snapshot of `period`. */
  tier?: InputMaybe<TierCode>;
};

/** 名单中的商户及原因 · A merchant on an action list, with the reason. */
export type MerchantInsight = {
  __typename?: 'MerchantInsight';
  /** 原因说明（数字）· The figures behind the reasons. */
  detail: Scalars['String']['output'];
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 相关利润（元）· The profit the rule looked at, in yuan. */
  profit: Scalars['Decimal']['output'];
  /** 原因代码：growth（增长≥20%）、near_cutoff（距上一层门槛 20% 内）、dormant（30 天无交易）、volume_drop（交易额下降≥50%）、negative_profit_3_months · Reason codes. */
  reasons: Array<Scalars['String']['output']>;
  /** 该期间的分级 · Tier in the period, where the list uses one. */
  tier?: Maybe<TierCode>;
};

/** 名单（分页）· An action list, a page at a time. */
export type MerchantInsightConnection = {
  __typename?: 'MerchantInsightConnection';
  /** 本页 · This page. */
  edges: Array<MerchantInsightEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 名单总数 · Merchants on the list. */
  totalCount: Scalars['Int']['output'];
};

/** 名单的一项 · One item of an action list. */
export type MerchantInsightEdge = {
  __typename?: 'MerchantInsightEdge';
  /** 游标 · Cursor. */
  cursor: Scalars['String']['output'];
  /** 商户及原因 · Merchant and reason. */
  node: MerchantInsight;
};

/** 分级迁移矩阵的一格 · One cell of the tier migration matrix. */
export type MigrationCell = {
  __typename?: 'MigrationCell';
  /** 起始期间的分级；null 表示新商户 · Tier in the first period; null for a new merchant. */
  fromTier?: Maybe<TierCode>;
  /** 商户数 · Number of merchants. */
  merchantCount: Scalars['Int']['output'];
  /** 结束期间的分级；null 表示已离开 · Tier in the second period; null for a merchant that left. */
  toTier?: Maybe<TierCode>;
};

/** 某月的汇总 · One month of a merchant, from the monthly rollup. */
export type MonthPoint = {
  __typename?: 'MonthPoint';
  /** 商户手续费收入（元）· Merchant fee income in yuan. */
  merchantFee: Scalars['Decimal']['output'];
  /** 月份 YYYY-MM · Month. */
  month: Scalars['String']['output'];
  /** 利润（元）· Profit in yuan. */
  profit: Scalars['Decimal']['output'];
  /** 交易金额（元）· Transaction amount in yuan. */
  txnAmount: Scalars['Decimal']['output'];
  /** 交易笔数 · Transaction count. */
  txnCount: Scalars['Int']['output'];
};

/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 人工调整积分（需原因与审批人）· Manual adjustment with reason and approver. */
  adjustPoints: PointsPosting;
  /** 计算并保存某期间的全公司分级快照 · Compute and store the company-wide tier snapshot of a period. */
  computeTiers: Pyramid;
  /** 更正联系记录：新增一条替代记录，原记录保留并标记为已更正 · Correct an interaction by a new, superseding entry. */
  correctInteraction: Interaction;
  /** 登录，返回访问令牌 · Sign in; returns a short-lived bearer token. */
  login: AuthPayload;
  /** 注销当前令牌，立即生效 · Revoke the current token at once. */
  logout: Scalars['Boolean']['output'];
  /** 标记问候已发送（记为节日问候联系）· Mark greetings sent; each is recorded as a greeting. */
  markGreetingsSent: GreetingsSent;
  /** 记录拜访、回访等联系；同时更新维护任务 · Record an interaction; the merchant’s tasks move with it. */
  recordInteraction: Interaction;
  /** 兑换积分（幂等）· Redeem points; idempotent by key. */
  redeemPoints: PointsPosting;
  /** 按最新分级快照与升级潜力重算全部任务 · Recompute every task from the latest tier snapshot. */
  refreshMaintenanceTasks: TaskRefresh;
  /** 冲正一笔积分流水（每笔只能冲正一次）· Reverse one entry; each entry can be reversed once. */
  reversePointsEntry: PointsPosting;
  /** 发起节日问候：为客户范围内每户创建一条问候任务（重复执行不重复创建）· Run a greeting campaign. */
  runGreetingCampaign: GreetingCampaignRun;
  /** 替换维护频次政策并重算任务（不重复、不丢失）· Replace the cadence policy and recompute tasks. */
  setCadencePolicy: TaskRefresh;
  /** 从服务器上的文件开始导入（管理员）；网页上传请用 POST /api/imports/{kind} · Start an import of a file on the server (admins). */
  startImport: ImportRun;
  /** 信息更新：确认（并更正）联系信息 · Confirm, and correct, the merchant’s contact data. */
  verifyContact: Scalars['Boolean']['output'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationAdjustPointsArgs = {
  approver: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  mid: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationComputeTiersArgs = {
  period: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationCorrectInteractionArgs = {
  id: Scalars['ID']['input'];
  input: InteractionInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationLoginArgs = {
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationMarkGreetingsSentArgs = {
  taskIds: Array<Scalars['ID']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRecordInteractionArgs = {
  input: InteractionInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRedeemPointsArgs = {
  idempotencyKey: Scalars['String']['input'];
  mid: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationReversePointsEntryArgs = {
  entryId: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRunGreetingCampaignArgs = {
  input: GreetingCampaignInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetCadencePolicyArgs = {
  rules: Array<CadenceRuleInput>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationStartImportArgs = {
  kind: ImportKind;
  path: Scalars['String']['input'];
  skipInvalid?: Scalars['Boolean']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationVerifyContactArgs = {
  mid: Scalars['String']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 分页信息 · Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一项的游标 · Cursor of the last item on this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页 · Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 积分账户 · A merchant’s loyalty points account (积分). */
export type PointsAccount = {
  __typename?: 'PointsAccount';
  /** 余额（点）= 全部流水之和，永不为负 · Balance in points: the sum of all entries, never negative. */
  balance: Scalars['Int']['output'];
  /** 积分流水，最新在前 · Statement, newest first. */
  entries: Array<PointsEntry>;
};


/** 积分账户 · A merchant’s loyalty points account (积分). */
export type PointsAccountEntriesArgs = {
  first?: Scalars['Int']['input'];
};

/** 积分流水（只增不改）· A points ledger entry; entries are never changed. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** 操作人 · Who posted it. */
  actor: Scalars['String']['output'];
  /** 记账后余额（点）· Balance after this entry, in points. */
  balanceAfter: Scalars['Int']['output'];
  /** 记账时间 · When it was posted. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 流水号 · Entry id. */
  id: Scalars['String']['output'];
  /** 类型：accrual、redemption、expiry、reversal、adjustment · Kind. */
  kind: Scalars['String']['output'];
  /** 积分（点），负数为扣减 · Points; negative takes points away. */
  points: Scalars['Int']['output'];
  /** 原因 · Reason. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 积分规则 · Earning rule applied. */
  ruleId?: Maybe<Scalars['String']['output']>;
  /** 来源（导入文件、兑换申请等）· Source: the import, the redemption request…. */
  source: Scalars['String']['output'];
};

/** 一次记账的结果 · The result of a posting. */
export type PointsPosting = {
  __typename?: 'PointsPosting';
  /** 记账后余额 · Balance after. */
  balanceAfter: Scalars['Int']['output'];
  /** 流水号 · Entry id. */
  entryId: Scalars['String']['output'];
  /** 积分 · Points posted. */
  points: Scalars['Int']['output'];
  /** 是否为同一幂等键的重放 · True when this answered a replay of the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** 客户金字塔：商户数量金字塔与利润金字塔 · The customer pyramid: merchant counts against profit. */
export type Pyramid = {
  __typename?: 'Pyramid';
  /** 利润基尼系数 0..1（亏损计为 0）· Gini coefficient of profit, 0..1 (losses count as 0). */
  gini: Scalars['Float']['output'];
  /** 参与排名的商户数 · Merchants ranked: onboarded by the period end, not terminated. */
  merchantCount: Scalars['Int']['output'];
  /** 期间 · The period, normalised (e.g. 2026-10, 2026-Q3). */
  period: Scalars['String']['output'];
  /** 四层，自上而下：KEY、SECONDARY、ORDINARY、SMALL · The four tiers, top first. */
  tiers: Array<PyramidTier>;
  /** 前 20% 商户的利润占比 · Share of profit held by the top 20% of merchants. */
  top20Share: Scalars['Float']['output'];
  /** 总利润（元）· Total profit in yuan. */
  totalProfit: Scalars['Decimal']['output'];
};

/** 金字塔的一层：商户数与利润 · One tier of the pyramid: merchant count and profit. */
export type PyramidTier = {
  __typename?: 'PyramidTier';
  /** 商户数占比 0..1 · Share of merchants, 0..1. */
  countShare: Scalars['Float']['output'];
  /** 该层商户数 · Merchants in the tier. */
  merchantCount: Scalars['Int']['output'];
  /** 该层利润合计（元）· Profit of the tier in yuan. */
  profit: Scalars['Decimal']['output'];
  /** 利润占比 = 该层利润 / 总利润（亏损时可为负）· profit / totalProfit; negative for a loss-making tier. */
  profitShare: Scalars['Float']['output'];
  /** 客户分级 · The tier. */
  tier: TierCode;
};

/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type Query = {
  __typename?: 'Query';
  /** 客户经理（可按分公司）· Account managers, optionally of one branch. */
  accountManagers: Array<User>;
  /** 可见的分公司（按名称）· Branches you may see, by name. */
  branches: Array<Branch>;
  /** 维护频次政策 · The cadence policy, by tier. */
  cadencePolicy: Array<CadenceRule>;
  /** 休眠与流失风险商户 · Dormant merchants and churn risk. */
  churnRisks: MerchantInsightConnection;
  /** 导入的状态与计数（运行中可查询）· Status and counts of an import, also while it runs. */
  importRun?: Maybe<ImportRun>;
  /** 最近的导入 · Recent imports, newest first. */
  importRuns: Array<ImportRun>;
  /** 按编号查询联系记录 · An interaction by id; null when unknown or outside your scope. */
  interaction?: Maybe<Interaction>;
  /** 洛伦兹/帕累托曲线 · The Pareto curve: cumulative merchant share vs profit share. */
  lorenz: Array<LorenzPoint>;
  /** 维护考核：拜访、回访、其他联系、重要客户按频次维护占比、逾期、投诉时效 · Maintenance KPIs for a period. */
  maintenanceKpis: Array<MaintenanceKpi>;
  /** 当前登录用户 · The signed-in user, or null. */
  me?: Maybe<User>;
  /** 按商户号查询商户 · A merchant by MID; null when unknown or outside your scope. */
  merchant?: Maybe<Merchant>;
  /** 商户列表（分页，按商户号排序）· Merchants matching a filter, a page at a time, ordered by MID. */
  merchants: MerchantConnection;
  /** 劣质客户候选（连续 3 个月亏损）· Poor-quality candidates: 3 months of losses. */
  poorQualityCandidates: MerchantInsightConnection;
  /** 客户金字塔（按利润排名分层）· The customer pyramid of a scope and period. */
  pyramid: Pyramid;
  /** 维护任务（按到期日排序；默认未完成）· Maintenance tasks in your scope, open ones by due date. */
  tasks: MaintenanceTaskConnection;
  /** 两期之间的分级迁移矩阵 · The from-tier × to-tier matrix between two periods. */
  tierMigration: TierMigration;
  /** 有升级潜力的普通/小客户 · Ordinary and small merchants with upgrade potential. */
  upgradeCandidates: MerchantInsightConnection;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryAccountManagersArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryChurnRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: Scalars['Int']['input'];
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryImportRunArgs = {
  id: Scalars['Int']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryImportRunsArgs = {
  first?: Scalars['Int']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryLorenzArgs = {
  filter?: InputMaybe<MerchantFilter>;
  period: Scalars['String']['input'];
  points?: Scalars['Int']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryMaintenanceKpisArgs = {
  by?: KpiGrouping;
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryMerchantArgs = {
  mid: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryMerchantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryPoorQualityCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: Scalars['Int']['input'];
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryPyramidArgs = {
  filter?: InputMaybe<MerchantFilter>;
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: Scalars['Int']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryTierMigrationArgs = {
  filter?: InputMaybe<MerchantFilter>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryUpgradeCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: Scalars['Int']['input'];
  period: Scalars['String']['input'];
};

/** 任务筛选 · Task filter; all given conditions hold. */
export type TaskFilter = {
  /** 分公司 · Branch name. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 联系方式 · Channel. */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** 到期日不晚于 · Due on or before. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  /** 来源 · Kind. */
  kind?: InputMaybe<TaskKind>;
  /** 客户经理登录名 · Account manager’s login. */
  manager?: InputMaybe<Scalars['String']['input']>;
  /** 商户号 · MID. */
  mid?: InputMaybe<Scalars['String']['input']>;
  /** 状态（默认 OPEN）· State; OPEN by default. */
  state?: InputMaybe<TaskState>;
};

/** 任务来源 · Where a task comes from. */
export type TaskKind =
  /** 按分级维护频次 · The tier cadence. */
  | 'CADENCE'
  /** 约定的下次跟进 · A follow-up date set on an interaction. */
  | 'FOLLOW_UP'
  /** 节日问候活动 · A holiday greeting campaign. */
  | 'GREETING'
  /** 信息更新：联系信息超过 12 个月未核实 · Contact data unverified for 12 months. */
  | 'REVERIFY';

/** 任务重算结果 · What a task recomputation changed. */
export type TaskRefresh = {
  __typename?: 'TaskRefresh';
  /** 已取消 · Tasks cancelled. */
  cancelled: Scalars['Int']['output'];
  /** 新建 · Tasks created. */
  created: Scalars['Int']['output'];
  /** 已完成 · Tasks closed as done. */
  done: Scalars['Int']['output'];
  /** 到期日变更 · Tasks whose due date moved. */
  moved: Scalars['Int']['output'];
};

/** 任务状态 · State of a maintenance task today. */
export type TaskState =
  /** 已取消（如维护政策变更）· Cancelled, e.g. by a policy change. */
  | 'CANCELLED'
  /** 已完成 · Done. */
  | 'DONE'
  /** 到期（7 天内）· Open and due within 7 days. */
  | 'DUE'
  /** 筛选用：全部未完成 · Filter only: every open task. */
  | 'OPEN'
  /** 已逾期 · Open and past its due date. */
  | 'OVERDUE'
  /** 未到期 · Open, due later. */
  | 'UPCOMING';

/** 客户分级 · Customer tier of the pyramid. */
export type TierCode =
  /** 重要客户：利润排名前 1% · Key: the top 1% by profit. */
  | 'KEY'
  /** 普通客户：其后 30% · Ordinary: the next 30%. */
  | 'ORDINARY'
  /** 次要客户：其后 19%（与重要客户合称关键客户）· Secondary: the next 19% (key + secondary = 关键客户). */
  | 'SECONDARY'
  /** 小客户：其余 50% · Small: the remaining 50%. */
  | 'SMALL';

/** 两个期间之间的分级迁移（升级/降级）· Tier migration between two periods. */
export type TierMigration = {
  __typename?: 'TierMigration';
  /** 非空的格 · The non-empty cells. */
  cells: Array<MigrationCell>;
  /** 起始期间 · First period. */
  from: Scalars['String']['output'];
  /** 结束期间 · Second period. */
  to: Scalars['String']['output'];
};

/** 某期间的官方分级 · The official tier of a merchant in one period. */
export type TierSnapshotEntry = {
  __typename?: 'TierSnapshotEntry';
  /** 期间 · Period. */
  period: Scalars['String']['output'];
  /** 该期间利润（元）· Profit in the period, yuan. */
  profit: Scalars['Decimal']['output'];
  /** 全公司利润排名（1 为最高）· Company-wide rank by profit, 1 = highest. */
  rank: Scalars['Int']['output'];
  /** 分级 · Tier. */
  tier: TierCode;
};

/** 商户时间线上的一件事 · One event on a merchant’s timeline. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** 经办人 · Who. */
  actor?: Maybe<Scalars['String']['output']>;
  /** 时间 · When. */
  at: Scalars['DateTimeISO']['output'];
  /** 游标（用于 before）· Cursor, for `before`. */
  cursor: Scalars['String']['output'];
  /** 子类型（如 visit、KEY、accrual）· Kind within the type. */
  kind: Scalars['String']['output'];
  /** 关联记录编号 · Id of the record behind it. */
  ref: Scalars['String']['output'];
  /** 摘要 · Summary. */
  summary: Scalars['String']['output'];
  /** 已被更正 · Corrected by a later entry. */
  superseded: Scalars['Boolean']['output'];
  /** 类型 · Type. */
  type: TimelineEventType;
};

/** 时间线事件类型 · Kind of timeline event. */
export type TimelineEventType =
  /** 投诉与反馈 · A complaint or feedback. */
  | 'COMPLAINT'
  /** 故障工单 · A fault ticket. */
  | 'FAULT'
  /** 联系记录 · An interaction. */
  | 'INTERACTION'
  /** 积分流水 · A points entry. */
  | 'POINTS'
  /** 状态变化 · A status change. */
  | 'STATUS'
  /** 分级变化 · A tier change. */
  | 'TIER';

/** 系统用户 · A user of Cornerstone: account manager, branch manager, operations, analyst or administrator. */
export type User = {
  __typename?: 'User';
  /** 所属分公司 · The branch the user belongs to; null for company-wide roles. */
  branch?: Maybe<Scalars['String']['output']>;
  /** 显示名称 · Display name. */
  displayName: Scalars['String']['output'];
  /** 登录名 · Login name. */
  login: Scalars['String']['output'];
  /** 角色 · Role: admin, branch_manager, account_manager, operations or analyst. */
  role: Scalars['String']['output'];
};

export type ScopeOptionsQueryVariables = Exact<{
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScopeOptionsQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', name: string, region?: string | null }>, accountManagers: Array<{ __typename?: 'User', login: string, displayName: string, branch?: string | null }> };

export type LoginMutationVariables = Exact<{
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', login: string, displayName: string, role: string, branch?: string | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', login: string, displayName: string, role: string, branch?: string | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MerchantListQueryVariables = Exact<{
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
}>;


export type MerchantListQuery = { __typename?: 'Query', merchants: { __typename?: 'MerchantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MerchantEdge', cursor: string, node: { __typename?: 'Merchant', mid: string, name: string, category: string, categoryName: string, branch: string, status: string, tier?: TierCode | null, profit: string, manager: { __typename?: 'User', login: string, displayName: string }, feePlan: { __typename?: 'FeePlan', kind: string, rate: string, cap?: string | null } } }> } };

export type MerchantPageQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  m0: Scalars['String']['input'];
  m1: Scalars['String']['input'];
  m2: Scalars['String']['input'];
}>;


export type MerchantPageQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, name: string, tradingName?: string | null, mcc: string, category: string, categoryName: string, branch: string, status: string, onboardedOn: string, tier0?: TierCode | null, tier1?: TierCode | null, tier2?: TierCode | null, manager: { __typename?: 'User', login: string, displayName: string }, feePlan: { __typename?: 'FeePlan', kind: string, rate: string, cap?: string | null, listRate: string, discount: string }, contact: { __typename?: 'MerchantContact', name?: string | null, mobile?: string | null, verifiedOn?: string | null }, tierHistory: Array<{ __typename?: 'TierSnapshotEntry', period: string, tier: TierCode, rank: number, profit: string }>, trend: Array<{ __typename?: 'MonthPoint', month: string, txnCount: number, txnAmount: string, merchantFee: string, profit: string }>, points: { __typename?: 'PointsAccount', balance: number }, changes: Array<{ __typename?: 'MerchantChange', changedAt: string, actor: string, source: string, kind: string, changes: string }> } | null };

export type PyramidQueryVariables = Exact<{
  period: Scalars['String']['input'];
  compare: Scalars['String']['input'];
  filter?: InputMaybe<MerchantFilter>;
}>;


export type PyramidQuery = { __typename?: 'Query', pyramid: { __typename?: 'Pyramid', period: string, merchantCount: number, totalProfit: string, gini: number, top20Share: number, tiers: Array<{ __typename?: 'PyramidTier', tier: TierCode, merchantCount: number, countShare: number, profit: string, profitShare: number }> }, previous: { __typename?: 'Pyramid', period: string, merchantCount: number, totalProfit: string, tiers: Array<{ __typename?: 'PyramidTier', tier: TierCode, merchantCount: number, countShare: number, profit: string, profitShare: number }> }, lorenz: Array<{ __typename?: 'LorenzPoint', merchantShare: number, profitShare: number }>, tierMigration: { __typename?: 'TierMigration', from: string, to: string, cells: Array<{ __typename?: 'MigrationCell', fromTier?: TierCode | null, toTier?: TierCode | null, merchantCount: number }> } };


export const ScopeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManagers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]} as unknown as DocumentNode<ScopeOptionsQuery, ScopeOptionsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MerchantListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"profit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantListQuery, MerchantListQueryVariables>;
export const MerchantPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tradingName"}},{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onboardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"listRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tier0"},"name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m0"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"tier1"},"name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m1"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"tier2"},"name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m2"}}}]},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"txnCount"}},{"kind":"Field","name":{"kind":"Name","value":"txnAmount"}},{"kind":"Field","name":{"kind":"Name","value":"merchantFee"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantPageQuery, MerchantPageQueryVariables>;
export const PyramidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pyramid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compare"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pyramid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalProfit"}},{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"top20Share"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"countShare"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}},{"kind":"Field","name":{"kind":"Name","value":"profitShare"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"pyramid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalProfit"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"countShare"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}},{"kind":"Field","name":{"kind":"Name","value":"profitShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lorenz"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"points"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchantShare"}},{"kind":"Field","name":{"kind":"Name","value":"profitShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierMigration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTier"}},{"kind":"Field","name":{"kind":"Name","value":"toTier"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}}]}}]}}]}}]} as unknown as DocumentNode<PyramidQuery, PyramidQueryVariables>;