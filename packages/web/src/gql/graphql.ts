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

/** 客户经理（分页）· A page of account managers. */
export type AccountManagerConnection = {
  __typename?: 'AccountManagerConnection';
  /** 本页客户经理 · The account managers of this page. */
  edges: Array<AccountManagerEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的客户经理总数 · Number of account managers matching. */
  totalCount: Scalars['Int']['output'];
};

/** 客户经理列表的一项 · One of the account managers in a connection. */
export type AccountManagerEdge = {
  __typename?: 'AccountManagerEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 客户经理 · The item. */
  node: User;
};

/** 集成方 API 令牌（不含令牌本身）· An integrator’s API token (never the token itself). */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** 分公司 · Branch it is scoped to. */
  branch?: Maybe<Scalars['String']['output']>;
  /** 创建时间 · Created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 创建人 · Created by. */
  createdBy: Scalars['String']['output'];
  /** 到期时间 · Expires. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 最近使用 · Last used. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 名称 · Name. */
  name: Scalars['String']['output'];
  /** 吊销时间 · Revoked. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 角色 · Role it acts as. */
  role: Scalars['String']['output'];
};

/** API 令牌（分页）· A page of API tokens. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** 本页API 令牌 · The API tokens of this page. */
  edges: Array<ApiTokenEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的API 令牌总数 · Number of API tokens matching. */
  totalCount: Scalars['Int']['output'];
};

/** API 令牌列表的一项 · One of the API tokens in a connection. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** API 令牌 · The item. */
  node: ApiToken;
};

/** 新 API 令牌 · A new API token. */
export type ApiTokenInput = {
  /** 分公司 · Branch, for branch roles. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 有效天数（默认不过期）· Days until it expires; never by default. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** 名称（小写字母、数字）· Name, lower-case letters and digits. */
  name: Scalars['String']['input'];
  /** 角色（不可为管理员）· Role it acts as; not admin. */
  role: Scalars['String']['input'];
};

/** 流失预警名单中的商户 · A merchant on the at-risk list. */
export type AtRiskMerchant = {
  __typename?: 'AtRiskMerchant';
  /** 评分基准日 · As-of day of the score. */
  asOf: Scalars['String']['output'];
  /** 未来 12 个月预期利润（元）· Lifetime value of the next 12 months, yuan. */
  clv?: Maybe<Scalars['Decimal']['output']>;
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 仍活跃的概率 · Probability still active (the model). */
  probabilityAlive?: Maybe<Scalars['Float']['output']>;
  /** 主要原因，最多 3 条，重者在前；健康商户为空 · Top reasons, at most 3; none for a healthy merchant. */
  reasons: Array<ChurnReason>;
  /** 未来两个月流失的概率 0..1（权重按数据拟合；数据不足时为规则权重，仅作排序）· Probability of leaving in the next two months, 0..1. */
  score: Scalars['Float']['output'];
  /** 风险价值：CLV × 流失概率（元）· Value at risk: lifetime value × score, yuan. */
  valueAtRisk?: Maybe<Scalars['Decimal']['output']>;
};

/** 流失预警商户（分页）· A page of merchants at risk. */
export type AtRiskMerchantConnection = {
  __typename?: 'AtRiskMerchantConnection';
  /** 本页流失预警商户 · The merchants at risk of this page. */
  edges: Array<AtRiskMerchantEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的流失预警商户总数 · Number of merchants at risk matching. */
  totalCount: Scalars['Int']['output'];
};

/** 流失预警商户列表的一项 · One of the merchants at risk in a connection. */
export type AtRiskMerchantEdge = {
  __typename?: 'AtRiskMerchantEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 流失预警商户 · The item. */
  node: AtRiskMerchant;
};

/** 流失预警名单的排序 · Order of the at-risk list. */
export type AtRiskOrder =
  /** 流失概率从高到低 · Score, highest first. */
  | 'SCORE'
  /** 风险价值从高到低（默认）· Value at risk, highest first (the default). */
  | 'VALUE_AT_RISK';

/** 审计记录（分页）· A page of audit entries. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** 本页审计记录 · The audit entries of this page. */
  edges: Array<AuditEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的审计记录总数 · Number of audit entries matching. */
  totalCount: Scalars['Int']['output'];
};

/** 审计记录列表的一项 · One of the audit entries in a connection. */
export type AuditEdge = {
  __typename?: 'AuditEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 审计记录 · The item. */
  node: AuditEntry;
};

/** 审计记录（只增不改）· One audit log entry; append-only. */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** 动作：login、reveal、export、import、mutation:<名称> · What: login, reveal, export, import, mutation:<name>. */
  action: Scalars['String']['output'];
  /** 操作人登录名（匿名为空）· Who; null when anonymous. */
  actor?: Maybe<Scalars['String']['output']>;
  /** 时间 · When. */
  at: Scalars['DateTimeISO']['output'];
  /** 详情（JSON，不含个人信息）· Detail as JSON; no personal data. */
  detail?: Maybe<Scalars['String']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 来源地址 · Client address. */
  ip?: Maybe<Scalars['String']['output']>;
  /** 结果：ok、denied、error · Outcome: ok, denied or error. */
  outcome: Scalars['String']['output'];
  /** 请求编号 · Request id. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** 操作人角色 · Their role. */
  role?: Maybe<Scalars['String']['output']>;
  /** 对象，如 mid:898… · The record, e.g. mid:898…. */
  target?: Maybe<Scalars['String']['output']>;
};

/** 审计筛选 · Audit log filter; all given conditions hold. */
export type AuditFilter = {
  /** 动作 · Action. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** 操作人登录名 · Actor’s login. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** 不早于 · From (inclusive). */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 结果：ok、denied、error · Outcome: ok, denied or error. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** 对象 · Target. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** 早于 · To (exclusive). */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 登录结果 · The result of a successful login. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** 访问令牌，作为 Authorization: Bearer 发送 · Bearer token for the Authorization header. */
  token: Scalars['String']['output'];
  /** 登录的用户 · The signed-in user. */
  user: User;
};

/** 回测的一个十分位 · One decile of the back-test forecast. */
export type BacktestDecile = {
  __typename?: 'BacktestDecile';
  /** 商户数 · Merchants. */
  count: Scalars['Int']['output'];
  /** 十分位，1 为预测最高的一组 · Decile; 1 holds the highest forecasts. */
  decile: Scalars['Int']['output'];
  /** 实际活跃月数合计 · Actual active months. */
  sumActual: Scalars['Float']['output'];
  /** 预测活跃月数合计 · Predicted active months. */
  sumPredicted: Scalars['Float']['output'];
};

/** 一种流失信号的回测成绩 · How one churn signal found the leavers. */
export type BacktestSignal = {
  __typename?: 'BacktestSignal';
  /** AUC（0.5 为随机）· Area under the ROC curve. */
  auc?: Maybe<Scalars['Float']['output']>;
  /** pAlive（模型）、rule（现行规则）、score（流失评分）· The signal. */
  key: Scalars['String']['output'];
  /** 风险最高 5% 中实际流失的比例 · Precision in the top 5%. */
  precisionTop5: Scalars['Float']['output'];
  /** 风险最高 10% 中实际流失的比例 · Precision in the top 10%. */
  precisionTop10: Scalars['Float']['output'];
};

/** 商户行业信息：同类同分公司对标 · Peer benchmark: same category and branch. */
export type Benchmark = {
  __typename?: 'Benchmark';
  /** 本类别全公司平均费率 · The category’s fee rate across the company. */
  categoryFeeRate?: Maybe<Scalars['Float']['output']>;
  /** 各项指标 · The metrics. */
  metrics: Array<BenchmarkMetric>;
  /** 同业商户数（不含本户）· Number of peers, the merchant left out. */
  peers: Scalars['Int']['output'];
  /** 期间 · Period. */
  period: Scalars['String']['output'];
};

/** 同业对标的一项 · One metric against the peers. */
export type BenchmarkMetric = {
  __typename?: 'BenchmarkMetric';
  /** 指标：amount 交易额（元）、ticket 笔均（元）、growth 增长率、feeRate 费率 · amount (yuan), ticket (yuan), growth (share), feeRate (share). */
  metric: Scalars['String']['output'];
  /** 同业中位数 · Peers’ median. */
  peerMedian?: Maybe<Scalars['Float']['output']>;
  /** 百分位 0..1：不高于本商户的同业占比 · Share of peers at or below the merchant. */
  percentile?: Maybe<Scalars['Float']['output']>;
  /** 本商户的值 · The merchant’s value. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 分公司/支行 · A branch of the acquirer. */
export type Branch = Node & {
  __typename?: 'Branch';
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 名称 · Name. */
  name: Scalars['String']['output'];
  /** 区域（关中、陕北、陕南…）· Region. */
  region?: Maybe<Scalars['String']['output']>;
};

/** 分公司（分页）· A page of branches. */
export type BranchConnection = {
  __typename?: 'BranchConnection';
  /** 本页分公司 · The branches of this page. */
  edges: Array<BranchEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的分公司总数 · Number of branches matching. */
  totalCount: Scalars['Int']['output'];
};

/** 分公司列表的一项 · One of the branches in a connection. */
export type BranchEdge = {
  __typename?: 'BranchEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 分公司 · The item. */
  node: Branch;
};

/** 分公司积分余额 · Points outstanding in a branch. */
export type BranchPoints = {
  __typename?: 'BranchPoints';
  /** 分公司 · Branch. */
  branch: Scalars['String']['output'];
  /** 有积分账户的商户数 · Merchants with a points account. */
  merchants: Scalars['Int']['output'];
  /** 未兑换积分合计（点）· Points outstanding, in points. */
  outstanding: Scalars['Float']['output'];
};

/** 分公司积分余额（分页）· A page of branches’ points outstanding. */
export type BranchPointsConnection = {
  __typename?: 'BranchPointsConnection';
  /** 本页分公司积分余额 · The branches’ points outstanding of this page. */
  edges: Array<BranchPointsEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的分公司积分余额总数 · Number of branches’ points outstanding matching. */
  totalCount: Scalars['Int']['output'];
};

/** 分公司积分余额列表的一项 · One of the branches’ points outstanding in a connection. */
export type BranchPointsEdge = {
  __typename?: 'BranchPointsEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 分公司积分余额 · The item. */
  node: BranchPoints;
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

/** 工作量设置的来源 · Whose capacity setting applies. */
export type CapacitySource =
  /** 系统默认 · Ours (docs/work-queue.md). */
  | 'DEFAULT'
  /** 管理员为所有人设置 · Everyone’s, set by an administrator. */
  | 'EVERYONE'
  /** 该客户经理自己的设置 · The manager’s own. */
  | 'PERSONAL';

/** 批量完成的结果 · What a batch of chores did. */
export type ChoresDone = {
  __typename?: 'ChoresDone';
  /** 已发送的节日问候 · Greetings recorded as sent. */
  greetings: Scalars['Int']['output'];
  /** 已核实的联系信息 · Contact data confirmed. */
  reverified: Scalars['Int']['output'];
};

/** 流失风险的一个原因 · One reason a merchant may leave. */
export type ChurnReason = {
  __typename?: 'ChurnReason';
  /** 英文说明 · The reason in English, with the figures. */
  en: Scalars['String']['output'];
  /** 信号：recency、volumeTrend、openComplaints、slaBreaches、openFaults、feeGap、terminalsRemoved、contactStaleness · The signal. */
  key: Scalars['String']['output'];
  /** 该信号使风险对数几率高出平均商户的量 · How much it lifts the log-odds above the average merchant. */
  weight: Scalars['Float']['output'];
  /** 中文说明（含该商户的数字）· The reason in Chinese, with the figures. */
  zh: Scalars['String']['output'];
};

/** 生命周期价值与流失回测（docs/clv.md）· The lifetime-value and churn back-test. */
export type ClvBacktest = {
  __typename?: 'ClvBacktest';
  /** 判定为“在营”所需的校准期末活跃月数 · Calibration months a merchant must be active in to be judged. */
  activeMonths: Scalars['Int']['output'];
  /** 留出期实际活跃月数 · Actual active months in the holdout. */
  actual: Scalars['Float']['output'];
  /** 基准日（留出期的最后一个月）· As-of day (the holdout’s last month). */
  asOf: Scalars['String']['output'];
  /** 校准期结束日 · Last day of the calibration. */
  calibrationEnd: Scalars['String']['output'];
  /** 计算时间 · When it was computed. */
  computedAt: Scalars['DateTimeISO']['output'];
  /** 按预测十分位 · By decile of forecast. */
  deciles: Array<BacktestDecile>;
  /** 留出月数 · Holdout months. */
  holdoutMonths: Scalars['Int']['output'];
  /** 编号 · Id. */
  id: Scalars['Int']['output'];
  /** 其中留出期无活跃月的（流失）· Of them, leavers. */
  leavers: Scalars['Int']['output'];
  /** 参与评估的商户数 · Merchants judged. */
  merchants: Scalars['Int']['output'];
  /** 留出期预测活跃月数 · Predicted active months in the holdout. */
  predicted: Scalars['Float']['output'];
  /** 流失评分的权重是否按数据拟合（否则为规则权重）· Whether the score’s weights were fitted. */
  scoreFitted: Scalars['Boolean']['output'];
  /** 三种流失信号 · The three churn signals. */
  signals: Array<BacktestSignal>;
};

/** 生命周期价值模型（docs/clv.md）· Lifetime-value model. */
export type ClvModel =
  /** BG/BB：按自然月是否活跃（默认）· BG/BB on active calendar months (the default). */
  | 'BGBB'
  /** BG/NBD：按交易日 · BG/NBD on active days. */
  | 'BGNBD';

/** 一次 CLV 估算 · One fit of the CLV model. */
export type ClvRun = {
  __typename?: 'ClvRun';
  /** 基准日 · As-of day. */
  asOf: Scalars['String']['output'];
  /** 用于拟合的商户数 · Merchants the model was fitted on. */
  fittedOn: Scalars['Int']['output'];
  /** 编号 · Id. */
  id: Scalars['Int']['output'];
  /** 评估的商户数 · Merchants scored. */
  merchants: Scalars['Int']['output'];
  /** 模型 · The model fitted. */
  model: ClvModel;
  /** 拟合参数（JSON：BG/BB 的 alpha、beta、gamma、delta 或 BG/NBD 的 r、alpha、a、b，及 Gamma-Gamma 的 p、q、v，与 approximated 回退数）· Fitted parameters as JSON (BG/BB alpha, beta, gamma, delta or BG/NBD r, alpha, a, b; Gamma-Gamma p, q, v; approximated: merchants that fell back). */
  params: Scalars['String']['output'];
};

/** 投诉或反馈，带时效时钟 · A complaint or feedback with its SLA clocks. */
export type Complaint = Node & {
  __typename?: 'Complaint';
  /** 处理人登录名 · Assignee’s login. */
  assigneeLogin?: Maybe<Scalars['String']['output']>;
  /** 处理人姓名 · Assignee’s name. */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** 问题类别 · Category. */
  category: ComplaintCategory;
  /** 受理渠道 · Channel. */
  channel: ComplaintChannel;
  /** 关闭时间 · Closed. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 最近升级时间 · Last escalated. */
  escalatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 升级级别：0 未升级，1 分公司经理，2 总部 · Escalation: 0 none, 1 branch manager, 2 head office. */
  escalationLevel: Scalars['Int']['output'];
  /** 处理记录，最早在前 · Its history, oldest first. */
  events: Array<ComplaintEvent>;
  /** 首次响应时间 · First response. */
  firstResponseAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 类型 · Kind. */
  kind: ComplaintKind;
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 登记人 · Recorded by. */
  openedBy: Scalars['String']['output'];
  /** 受理时间（时钟起点）· Received; the clocks start here. */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** 处理结果 · How it was resolved. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** 解决时效（默认 72 小时）· The resolution clock (72 h by default). */
  resolutionSla: SlaClock;
  /** 解决时间 · Resolved. */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 首次响应时效（默认 24 小时）· The first-response clock (24 h by default). */
  responseSla: SlaClock;
  /** 满意度 1–5 · Satisfaction, 1 to 5. */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  /** 状态 · Status. */
  status: ComplaintStatus;
  /** 内容摘要 · What the merchant reported. */
  summary: Scalars['String']['output'];
};

/** 问题类别 · What it is about. */
export type ComplaintCategory =
  /** 费率争议 · Fee dispute. */
  | 'FEE_DISPUTE'
  /** 其他 · Other. */
  | 'OTHER'
  /** 服务态度 · Service attitude. */
  | 'SERVICE_ATTITUDE'
  /** 结算延迟 · Late settlement. */
  | 'SETTLEMENT_DELAY'
  /** 机具故障 · Terminal fault. */
  | 'TERMINAL_FAULT';

/** 受理渠道 · How it reached us. */
export type ComplaintChannel =
  /** 电子邮件 · E-mail. */
  | 'EMAIL'
  /** 客服热线 · Service hotline. */
  | 'HOTLINE'
  /** 信函 · Letter. */
  | 'LETTER'
  /** 其他 · Other. */
  | 'OTHER'
  /** 电话 · Phone. */
  | 'PHONE'
  /** 上门 · In person. */
  | 'VISIT'
  /** 微信 · WeChat. */
  | 'WECHAT';

/** 投诉（分页）· A page of complaints. */
export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  /** 本页投诉 · The complaints of this page. */
  edges: Array<ComplaintEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的投诉总数 · Number of complaints matching. */
  totalCount: Scalars['Int']['output'];
};

/** 投诉列表的一项 · One of the complaints in a connection. */
export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 投诉 · The item. */
  node: Complaint;
};

/** 投诉处理记录 · One step in a complaint’s history. */
export type ComplaintEvent = {
  __typename?: 'ComplaintEvent';
  /** 动作：opened/respond/resolve/close/reopen/assigned/escalated · What happened. */
  action: Scalars['String']['output'];
  /** 操作人（system 为自动升级）· Who; “system” for escalations. */
  actor: Scalars['String']['output'];
  /** 时间 · When. */
  at: Scalars['DateTimeISO']['output'];
  /** 原状态 · Status before. */
  fromStatus?: Maybe<ComplaintStatus>;
  /** 编号 · Id. */
  id: Scalars['ID']['output'];
  /** 说明 · Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 新状态 · Status after. */
  toStatus?: Maybe<ComplaintStatus>;
};

/** 投诉筛选 · Complaint filter; all given conditions hold. */
export type ComplaintFilter = {
  /** 处理人登录名 · Assignee’s login. */
  assignee?: InputMaybe<Scalars['String']['input']>;
  /** 分公司 · Branch name. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 任一时效超时 · Any SLA clock breached. */
  breached?: InputMaybe<Scalars['Boolean']['input']>;
  /** 类别 · Category. */
  category?: InputMaybe<ComplaintCategory>;
  /** 已升级 · Escalated. */
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  /** 类型 · Kind. */
  kind?: InputMaybe<ComplaintKind>;
  /** 客户经理登录名 · Account manager’s login. */
  manager?: InputMaybe<Scalars['String']['input']>;
  /** 商户号 · MID. */
  mid?: InputMaybe<Scalars['String']['input']>;
  /** 未解决（true）或已解决（false）· Unresolved (true) or not. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** 受理日不早于 · Received on or after. */
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 受理日不晚于 · Received on or before. */
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  /** 状态 · Status. */
  status?: InputMaybe<ComplaintStatus>;
};

/** 投诉或反馈 · A complaint or feedback. */
export type ComplaintKind =
  /** 投诉 · Complaint. */
  | 'COMPLAINT'
  /** 意见反馈 · Feedback. */
  | 'FEEDBACK';

/** 投诉状态 · Where a complaint stands. */
export type ComplaintStatus =
  /** 已关闭（含满意度）· Closed with the merchant’s satisfaction. */
  | 'CLOSED'
  /** 处理中 · Being handled. */
  | 'IN_PROGRESS'
  /** 待响应 · Waiting for a first response. */
  | 'OPEN'
  /** 已解决，待回访 · Resolved; waiting for the merchant’s verdict. */
  | 'RESOLVED';

/** 新建商户，取值规则与商户导入文件相同 · A new merchant; each value follows the rule of its merchants.csv column. */
export type CreateMerchantInput = {
  /** 所属分公司名称 · Branch name. */
  branch: Scalars['String']['input'];
  /** 封顶手续费（元/笔），仅封顶方案 · Fee cap per transaction in yuan; capped plans only. */
  cap?: InputMaybe<Scalars['String']['input']>;
  /** 商户类型：一般类…民生类 或 general…livelihood · Category, in Chinese or by code. */
  category: Scalars['String']['input'];
  /** 联系人手机号（加密保存）· Contact mobile; stored encrypted. */
  contactMobile?: InputMaybe<Scalars['String']['input']>;
  /** 联系人姓名 · Contact name. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 费率方案：rate 或 capped · Fee plan: rate or capped. */
  feePlan: Scalars['String']['input'];
  /** 客户经理登录名 · Login of the owning account manager. */
  manager: Scalars['String']['input'];
  /** MCC（4 位数字）· Merchant category code, 4 digits. */
  mcc: Scalars['String']['input'];
  /** 商户号（15 位数字）· MID, 15 digits. */
  mid: Scalars['String']['input'];
  /** 注册名称 · Registered name. */
  name: Scalars['String']['input'];
  /** 入网日期 YYYY-MM-DD · Onboarding date, YYYY-MM-DD. */
  onboardedOn: Scalars['String']['input'];
  /** 商户扣率，小数（0.0078）· Merchant rate as a decimal fraction (0.0078). */
  rate: Scalars['String']['input'];
  /** 经营名称 · Trading name. */
  tradingName?: InputMaybe<Scalars['String']['input']>;
};

/** 新用户 · A new user. */
export type CreateUserInput = {
  /** 分公司（分公司角色必填；分公司经理默认本分公司）· Branch, for branch roles; a branch manager’s own by default. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 姓名（默认为登录名）· Display name; the login if none. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** 登录名（2–64 个字母、数字、点、横线、下划线；不区分大小写唯一）· Login: 2–64 letters, digits, . - _; unique in any case. */
  login: Scalars['String']['input'];
  /** 角色 · Role: admin, branch_manager, account_manager, operations or analyst. */
  role: Scalars['String']['input'];
};

/** 新令牌：只显示这一次 · A new token, shown this once only. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** 令牌信息 · The token’s record. */
  apiToken: ApiToken;
  /** 令牌（Authorization: Bearer）· The token, for Authorization: Bearer. */
  token: Scalars['String']['output'];
};

/** 新订阅及其签名密钥（只显示这一次）· A new subscription with its signing secret, shown once. */
export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** 签名密钥（HMAC-SHA256）· Signing secret for HMAC-SHA256. */
  secret: Scalars['String']['output'];
  /** 订阅 · The subscription. */
  subscription: WebhookSubscription;
};

/** 客户活动：讲座、培训、联谊、重要客户俱乐部 · A customer event. */
export type CustomerEvent = Node & {
  __typename?: 'CustomerEvent';
  /** 确认参加 · Said yes. */
  accepted: Scalars['Int']['output'];
  /** 实际到场 · Attended. */
  attended: Scalars['Int']['output'];
  /** 组织者 · Organiser. */
  createdBy: Scalars['String']['output'];
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /**
   * 邀请（您可见范围内，按商户号，至多 500）· Invitations in your scope, by MID; at most 500.
   * @deprecated Use invitationsConnection, which pages both ways and counts; invitations stops at 500.
   */
  invitations: Array<EventInvitation>;
  /** 邀请（分页，您可见范围内，按商户号）· Invitations in your scope, a page at a time, by MID. */
  invitationsConnection: EventInvitationConnection;
  /** 已邀请 · Invited. */
  invited: Scalars['Int']['output'];
  /** 类型：seminar、training、customer_event、club · Kind. */
  kind: Scalars['String']['output'];
  /** 地点 · Location. */
  location?: Maybe<Scalars['String']['output']>;
  /** 邀请范围（JSON）· Invited segment as JSON. */
  segment: Scalars['String']['output'];
  /** 开始时间 · Starts. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** 名称 · Title. */
  title: Scalars['String']['output'];
};


/** 客户活动：讲座、培训、联谊、重要客户俱乐部 · A customer event. */
export type CustomerEventInvitationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 客户活动（分页）· A page of customer events. */
export type CustomerEventConnection = {
  __typename?: 'CustomerEventConnection';
  /** 本页客户活动 · The customer events of this page. */
  edges: Array<CustomerEventEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的客户活动总数 · Number of customer events matching. */
  totalCount: Scalars['Int']['output'];
};

/** 客户活动列表的一项 · One of the customer events in a connection. */
export type CustomerEventEdge = {
  __typename?: 'CustomerEventEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 客户活动 · The item. */
  node: CustomerEvent;
};

/** 新活动 · A new event. */
export type CustomerEventInput = {
  /** 类型 · Kind. */
  kind: Scalars['String']['input'];
  /** 地点 · Location. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** 邀请范围 · Segment. */
  segment?: InputMaybe<EventSegmentInput>;
  /** 开始时间 · Starts. */
  startsAt: Scalars['DateTimeISO']['input'];
  /** 名称 · Title. */
  title: Scalars['String']['input'];
};

/** 一次导入（带全局编号；同 ImportRun）· One import run with a global id; the same run as ImportRun, whose id is runId here. */
export type DataImport = Node & {
  __typename?: 'DataImport';
  /** CSV 的编码：utf-8 或 gb18030（GBK）· The encoding a CSV was read in: utf-8 or gb18030 (GBK). */
  encoding?: Maybe<Scalars['String']['output']>;
  /** 保存的错误数（全部，可用 errorsConnection 分页或下载 /api/imports/{id}/errors.csv）· Row errors stored: all of them, paged by errorsConnection or downloaded from /api/imports/{id}/errors.csv. */
  errorCount: Scalars['Int']['output'];
  /** 前 200 个被拒绝的行（共至多 64 KiB，取值只引用片段）· The first 200 rejected rows (64 KiB at most; values quoted as excerpts). */
  errors: Array<ImportRowError>;
  /** 全部错误行（按发现顺序分页；下载见 /api/imports/{id}/errors.csv）· Every rejected row, a page at a time in the order found; all of them as CSV from /api/imports/{id}/errors.csv. */
  errorsConnection: ImportRowErrorConnection;
  /** 文件名 · File name. */
  fileName: Scalars['String']['output'];
  /** 结束时间 · End time. */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 文件格式：csv 或 xlsx（读取前为空）· How the file was read: csv or xlsx (null until known). */
  format?: Maybe<Scalars['String']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
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
  /** 导入编号（importRun(id) 所用）· Run id, as importRun(id) takes it. */
  runId: Scalars['Int']['output'];
  /** 读取的工作表 · The sheet of a workbook read. */
  sheet?: Maybe<Scalars['String']['output']>;
  /** 已导入过而跳过的行数 · Rows skipped as already imported. */
  skipped: Scalars['Int']['output'];
  /** 开始时间 · Start time. */
  startedAt: Scalars['DateTimeISO']['output'];
  /** 状态：running、succeeded、rejected（有错误行，未写入）、failed · Status. */
  status: Scalars['String']['output'];
  /** 更新行数 · Rows updated. */
  updated: Scalars['Int']['output'];
};


/** 一次导入（带全局编号；同 ImportRun）· One import run with a global id; the same run as ImportRun, whose id is runId here. */
export type DataImportErrorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 导入（分页）· A page of import runs. */
export type DataImportConnection = {
  __typename?: 'DataImportConnection';
  /** 本页导入 · The import runs of this page. */
  edges: Array<DataImportEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的导入总数 · Number of import runs matching. */
  totalCount: Scalars['Int']['output'];
};

/** 导入列表的一项 · One of the import runs in a connection. */
export type DataImportEdge = {
  __typename?: 'DataImportEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 导入 · The item. */
  node: DataImport;
};

/** 工单列表排序 · How a complaints or fault-ticket list is sorted. */
export type DeskOrder =
  /** 最新在前（受理或报修时间）· Newest first (received or reported). */
  | 'NEWEST'
  /** 最紧急在前：按正在计时的时效（先响应后解决）截止时间，超时最久在前，已停止计时的在后 · Most urgent first: by the deadline of the clock that runs next (response, then resolution or repair), most overdue first; stopped cases last. */
  | 'URGENCY';

/** 超时升级结果 · What an escalation run did. */
export type EscalationRun = {
  __typename?: 'EscalationRun';
  /** 本次升级的投诉数 · Complaints escalated by this run. */
  escalated: Scalars['Int']['output'];
  /** 被升级的投诉 · Their ids. */
  ids: Array<Scalars['ID']['output']>;
};

/** 活动邀请 · One merchant’s invitation to an event. */
export type EventInvitation = Node & {
  __typename?: 'EventInvitation';
  /** 到场时间 · Attended. */
  attendedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 邀请时间 · Invited. */
  invitedAt: Scalars['DateTimeISO']['output'];
  /** 商户号 · MID. */
  mid: Scalars['String']['output'];
  /** 商户名称 · Merchant name. */
  name: Scalars['String']['output'];
  /** 回复：pending、yes、no · Reply. */
  rsvp: Scalars['String']['output'];
};

/** 活动邀请（分页）· A page of invitations. */
export type EventInvitationConnection = {
  __typename?: 'EventInvitationConnection';
  /** 本页活动邀请 · The invitations of this page. */
  edges: Array<EventInvitationEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的活动邀请总数 · Number of invitations matching. */
  totalCount: Scalars['Int']['output'];
};

/** 活动邀请列表的一项 · One of the invitations in a connection. */
export type EventInvitationEdge = {
  __typename?: 'EventInvitationEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 活动邀请 · The item. */
  node: EventInvitation;
};

/** 邀请范围 · The segment to invite. */
export type EventSegmentInput = {
  /** 分公司 · Branch. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 类别代码 · Category code. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 有升级潜力 · With upgrade potential. */
  potential?: InputMaybe<Scalars['Boolean']['input']>;
  /** 分级 · Tier. */
  tier?: InputMaybe<Scalars['String']['input']>;
};

/** 故障工单处理记录 · One step in a fault ticket’s history. */
export type FaultEvent = {
  __typename?: 'FaultEvent';
  /** 操作人 · Who. */
  actor: Scalars['String']['output'];
  /** 时间 · When. */
  at: Scalars['DateTimeISO']['output'];
  /** 原状态 · Status before. */
  fromStatus?: Maybe<FaultStatus>;
  /** 编号 · Id. */
  id: Scalars['ID']['output'];
  /** 说明 · Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** 新状态 · Status after. */
  toStatus: FaultStatus;
};

/** 故障工单状态 · Where a fault ticket stands. */
export type FaultStatus =
  /** 已派单 · Assigned to an engineer. */
  | 'ASSIGNED'
  /** 已关闭 · Closed; the merchant confirmed. */
  | 'CLOSED'
  /** 已修复 · Fixed. */
  | 'FIXED'
  /** 已到场 · Engineer on site. */
  | 'ON_SITE'
  /** 待派单 · Reported, not yet assigned. */
  | 'OPEN';

/** 终端故障工单，带响应与修复时效 · A terminal fault ticket with response and repair clocks. */
export type FaultTicket = Node & {
  __typename?: 'FaultTicket';
  /** 派单时间 · Assigned. */
  assignedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 工程师登录名 · Engineer’s login. */
  assigneeLogin?: Maybe<Scalars['String']['output']>;
  /** 工程师姓名 · Engineer’s name. */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** 关闭时间 · Closed. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 故障描述 · The fault. */
  description: Scalars['String']['output'];
  /** 处理记录，最早在前 · Its history, oldest first. */
  events: Array<FaultEvent>;
  /** 修复时间 · Fixed. */
  fixedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 到场时间 · On site. */
  onSiteAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 登记人 · Recorded by. */
  openedBy: Scalars['String']['output'];
  /** 修复时效（默认 24 小时）· Repair clock (24 h by default). */
  repairSla: SlaClock;
  /** 报修时间（时钟起点）· Reported; the clocks start here. */
  reportedAt: Scalars['DateTimeISO']['output'];
  /** 处理结果 · What was done. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** 响应时效：到场或远程修复（默认 4 小时）· Response clock: on site or fixed remotely (4 h by default). */
  responseSla: SlaClock;
  /** 状态 · Status. */
  status: FaultStatus;
  /** 终端 · The terminal. */
  terminal: Terminal;
  /** 终端号 · TID. */
  tid: Scalars['String']['output'];
};

/** 故障工单（分页）· A page of fault tickets. */
export type FaultTicketConnection = {
  __typename?: 'FaultTicketConnection';
  /** 本页故障工单 · The fault tickets of this page. */
  edges: Array<FaultTicketEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的故障工单总数 · Number of fault tickets matching. */
  totalCount: Scalars['Int']['output'];
};

/** 故障工单列表的一项 · One of the fault tickets in a connection. */
export type FaultTicketEdge = {
  __typename?: 'FaultTicketEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 故障工单 · The item. */
  node: FaultTicket;
};

/** 工单筛选 · Fault ticket filter; all given conditions hold. */
export type FaultTicketFilter = {
  /** 工程师登录名 · Engineer’s login. */
  assignee?: InputMaybe<Scalars['String']['input']>;
  /** 分公司 · Branch name. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 任一时效超时 · Any SLA clock breached. */
  breached?: InputMaybe<Scalars['Boolean']['input']>;
  /** 商户号 · MID. */
  mid?: InputMaybe<Scalars['String']['input']>;
  /** 未修复（true）或已修复（false）· Not yet fixed (true) or fixed. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** 状态 · Status. */
  status?: InputMaybe<FaultStatus>;
  /** 终端号 · TID. */
  tid?: InputMaybe<Scalars['String']['input']>;
};

/** 报修 · A fault to report. */
export type FaultTicketInput = {
  /** 故障描述 · The fault. */
  description: Scalars['String']['input'];
  /** 报修时间（默认现在）· Reported; now by default. */
  reportedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 终端号 · TID. */
  tid: Scalars['String']['input'];
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

/** 一年的节日日历 · One year’s holiday calendar. */
export type HolidayCalendar = {
  __typename?: 'HolidayCalendar';
  /** 已填日期的节日，按日期排序（最多 5 个）· The holidays dated that year, by date (at most five). */
  entries: Array<HolidayDate>;
  /** 年份 · Year. */
  year: Scalars['Int']['output'];
};

/** 某年某节日的日期 · A holiday’s date in one year. */
export type HolidayDate = {
  __typename?: 'HolidayDate';
  /** 节日当天 · The holiday itself. */
  date: Scalars['Date']['output'];
  /** 节日 · Holiday. */
  holiday: Holiday;
  /** 放假起（含）· First day off, if any. */
  offFrom?: Maybe<Scalars['Date']['output']>;
  /** 放假止（含）· Last day off, if any. */
  offTo?: Maybe<Scalars['Date']['output']>;
};

/** 某节日的日期 · A holiday’s date. */
export type HolidayDateInput = {
  /** 节日当天 · The holiday itself. */
  date: Scalars['Date']['input'];
  /** 节日 · Holiday. */
  holiday: Holiday;
  /** 放假起（含）· First day off. */
  offFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 放假止（含）· Last day off. */
  offTo?: InputMaybe<Scalars['Date']['input']>;
};

/** 导入文件类型 · Kind of CSV import. */
export type ImportKind =
  /** 商户档案 merchants.csv · Merchant master data. */
  | 'merchants'
  /** 结算数据 settlements.csv · Daily settlement rows. */
  | 'settlements';

/** 被拒绝的行 · A rejected row. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Excel 文件中的单元格（如 Sheet1!E12）；CSV 为空，以行号和列名定位 · The cell in a workbook (Sheet1!E12); null for a CSV, where row and column place it. */
  cell?: Maybe<Scalars['String']['output']>;
  /** 问题代码（如 import.unknownCategory；中英文措辞见 packages/shared/src/problems.ts）；早于代码的导入为空 · The problem’s code (import.unknownCategory), worded in Chinese and English by the shared table; null for runs from before codes. */
  code?: Maybe<Scalars['String']['output']>;
  /** 列名 · Column name. */
  column: Scalars['String']['output'];
  /** 原因（英文；网页按 code 显示用户的语言）· What is wrong, in English (what the command line prints); the web words it by code. */
  message: Scalars['String']['output'];
  /** 问题参数（JSON 对象，填入措辞中的 {name}）· The problem’s params as a JSON object, filling the {name} placeholders of its words. */
  params?: Maybe<Scalars['String']['output']>;
  /** 文件行号（表头为第 1 行）· Line in the file; the header is line 1. */
  row: Scalars['Int']['output'];
};

/** 错误行（分页）· A page of rejected rows. */
export type ImportRowErrorConnection = {
  __typename?: 'ImportRowErrorConnection';
  /** 本页错误行 · The rejected rows of this page. */
  edges: Array<ImportRowErrorEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的错误行总数 · Number of rejected rows matching. */
  totalCount: Scalars['Int']['output'];
};

/** 错误行列表的一项 · One of the rejected rows in a connection. */
export type ImportRowErrorEdge = {
  __typename?: 'ImportRowErrorEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 错误行 · The item. */
  node: ImportRowError;
};

/** 一次导入及其进度 · One import run and its progress. */
export type ImportRun = {
  __typename?: 'ImportRun';
  /** CSV 的编码：utf-8 或 gb18030（GBK）· The encoding a CSV was read in: utf-8 or gb18030 (GBK). */
  encoding?: Maybe<Scalars['String']['output']>;
  /** 保存的错误数（全部，可用 errorsConnection 分页或下载 /api/imports/{id}/errors.csv）· Row errors stored: all of them, paged by errorsConnection or downloaded from /api/imports/{id}/errors.csv. */
  errorCount: Scalars['Int']['output'];
  /** 前 200 个被拒绝的行（共至多 64 KiB，取值只引用片段）· The first 200 rejected rows (64 KiB at most; values quoted as excerpts). */
  errors: Array<ImportRowError>;
  /** 全部错误行（按发现顺序分页；下载见 /api/imports/{id}/errors.csv）· Every rejected row, a page at a time in the order found; all of them as CSV from /api/imports/{id}/errors.csv. */
  errorsConnection: ImportRowErrorConnection;
  /** 文件名 · File name. */
  fileName: Scalars['String']['output'];
  /** 结束时间 · End time. */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 文件格式：csv 或 xlsx（读取前为空）· How the file was read: csv or xlsx (null until known). */
  format?: Maybe<Scalars['String']['output']>;
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
  /** 读取的工作表 · The sheet of a workbook read. */
  sheet?: Maybe<Scalars['String']['output']>;
  /** 已导入过而跳过的行数 · Rows skipped as already imported. */
  skipped: Scalars['Int']['output'];
  /** 开始时间 · Start time. */
  startedAt: Scalars['DateTimeISO']['output'];
  /** 状态：running、succeeded、rejected（有错误行，未写入）、failed · Status. */
  status: Scalars['String']['output'];
  /** 更新行数 · Rows updated. */
  updated: Scalars['Int']['output'];
};


/** 一次导入及其进度 · One import run and its progress. */
export type ImportRunErrorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** 一次维护联系（只增不改）· One interaction; corrected by a superseding entry. */
export type Interaction = Node & {
  __typename?: 'Interaction';
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
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
  /** 更正本条的记录（全局编号）· Global id of the entry that corrects this one. */
  supersededById?: Maybe<Scalars['ID']['output']>;
  /** 被本条更正的记录（全局编号）· Global id of the entry this one corrects. */
  supersedesId?: Maybe<Scalars['ID']['output']>;
};

/** 联系记录（分页）· A page of interactions. */
export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  /** 本页联系记录 · The interactions of this page. */
  edges: Array<InteractionEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的联系记录总数 · Number of interactions matching. */
  totalCount: Scalars['Int']['output'];
};

/** 联系记录列表的一项 · One of the interactions in a connection. */
export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 联系记录 · The item. */
  node: Interaction;
};

/** 记录一次联系 · An interaction to record. */
export type InteractionInput = {
  /** 联系时已核实联系信息（同时完成信息核实任务）· The contact also confirmed the contact data; it answers the re-verification too. */
  contactConfirmed?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系方式 · Kind. */
  kind: InteractionKind;
  /** 商户号 · MID. */
  mid: Scalars['String']['input'];
  /** 下次跟进日期 · Next follow-up date. */
  nextFollowUp?: InputMaybe<Scalars['Date']['input']>;
  /** 备注，必填，2 至 2000 字（说明联系了什么；空着会被拒绝，见 shared/maintenance/interaction-rules.ts）· Notes: required, 2 to 2,000 characters (what the contact was about; left out, the input is refused). */
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

/** 发送邀请的结果 · What sending invitations did. */
export type InvitationRun = {
  __typename?: 'InvitationRun';
  /** 此前已邀请 · Invited before. */
  alreadyInvited: Scalars['Int']['output'];
  /** 本次邀请 · Invited now. */
  invited: Scalars['Int']['output'];
};

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

/** 维护考核指标（分页）· A page of maintenance KPI rows (one per manager or branch). */
export type MaintenanceKpiConnection = {
  __typename?: 'MaintenanceKpiConnection';
  /** 本页维护考核指标 · The maintenance KPI rows (one per manager or branch) of this page. */
  edges: Array<MaintenanceKpiEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的维护考核指标总数 · Number of maintenance KPI rows (one per manager or branch) matching. */
  totalCount: Scalars['Int']['output'];
};

/** 维护考核指标列表的一项 · One of the maintenance KPI rows (one per manager or branch) in a connection. */
export type MaintenanceKpiEdge = {
  __typename?: 'MaintenanceKpiEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 维护考核指标 · The item. */
  node: MaintenanceKpi;
};

/** 维护任务 · A maintenance task for an account manager. */
export type MaintenanceTask = Node & {
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
  /** 完成本任务的联系记录（全局编号）· Global id of the interaction that completed it. */
  doneByInteractionId?: Maybe<Scalars['ID']['output']>;
  /** 到期日 · Due date. */
  dueOn: Scalars['Date']['output'];
  /** 频次（天）· Cadence in days. */
  everyDays?: Maybe<Scalars['Int']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 来源 · Where it comes from. */
  kind: TaskKind;
  /** 上次计入的联系（或核实）日期 · Date of the last counting contact (or verification). */
  lastContactOn?: Maybe<Scalars['Date']['output']>;
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 问候短信内容 · Greeting SMS text. */
  message?: Maybe<Scalars['String']['output']>;
  /** 今日的优先级及其构成 · Its priority today, and the parts it is made of. */
  priority: TaskPriority;
  /** 今日状态 · State today. */
  state: TaskState;
  /** 所依据的维护级别 · Cadence tier the task follows. */
  tier?: Maybe<TierCode>;
};

/** 任务（分页）· A page of tasks. */
export type MaintenanceTaskConnection = {
  __typename?: 'MaintenanceTaskConnection';
  /** 本页任务 · The tasks of this page. */
  edges: Array<MaintenanceTaskEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的任务总数 · Number of tasks matching. */
  totalCount: Scalars['Int']['output'];
};

/** 任务列表的一项 · One of the tasks in a connection. */
export type MaintenanceTaskEdge = {
  __typename?: 'MaintenanceTaskEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 任务 · The item. */
  node: MaintenanceTask;
};

/** 客户经理的积压与工作量 · A manager’s backlog against their capacity. */
export type ManagerBacklog = {
  __typename?: 'ManagerBacklog';
  /** 每日工作量 · Their capacity. */
  capacity: WorkCapacity;
  /** 按每日工作量清完逾期所需工作日；工作量为 0 时为空 · Working days to clear the overdue tasks at their capacity; null at zero capacity. */
  daysToClear?: Maybe<Scalars['Int']['output']>;
  /** 3 天内到期（含逾期）· Due within 3 days, overdue included. */
  dueSoon: Scalars['Int']['output'];
  /** 客户经理 · The manager. */
  manager: WorkManager;
  /** 未完成任务 · Open tasks. */
  open: Scalars['Int']['output'];
  /** 当前逾期 · Overdue now. */
  overdue: Scalars['Int']['output'];
  /** 逾期中重要、次要客户的 · Overdue, of key and secondary merchants. */
  overdueImportant: Scalars['Int']['output'];
};

/** 商户档案 · A merchant of the acquirer (商户档案). */
export type Merchant = Node & {
  __typename?: 'Merchant';
  /** 同业对标（同类别、同分公司）· Peer benchmark in the same category and branch. */
  benchmark: Benchmark;
  /** 所属分公司 · Branch name. */
  branch: Scalars['String']['output'];
  /** 维护级别（依据最新分级快照）· Cadence tier from the latest snapshot. */
  cadence?: Maybe<MerchantCadence>;
  /** 商户类型代码：general、wholesale、dining、auto_realty、livelihood、public_welfare · Category code. */
  category: Scalars['String']['output'];
  /** 商户类型名称（中文）· Category name in Chinese, e.g. 餐娱类. */
  categoryName: Scalars['String']['output'];
  /**
   * 变更历史，最新在前 · Change history, newest first.
   * @deprecated Use changesConnection, which pages both ways and counts; changes stops at 200 (first above 200 answers 200).
   */
  changes: Array<MerchantChange>;
  /** 变更历史（分页，最新在前）· Change history, a page at a time, newest first. */
  changesConnection: MerchantChangeConnection;
  /** 流失风险评分与原因（最新评分）· Churn score and reasons from the latest run. */
  churn?: Maybe<MerchantChurn>;
  /** 客户生命周期价值（最新估算）· Lifetime value from the latest estimate. */
  clv?: Maybe<MerchantClv>;
  /** 联系人（脱敏）· Contact, masked. */
  contact: MerchantContact;
  /** 费率方案与扣率优惠 · Fee plan with its discount against the list rate. */
  feePlan: FeePlan;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /**
   * 联系记录，最新在前（含已更正的）· Interactions, newest first, corrected ones included.
   * @deprecated Use interactionsConnection, which pages both ways and counts; interactions shows only the newest 100 and cannot page.
   */
  interactions: Array<Interaction>;
  /** 联系记录（分页，最新在前，含已更正的）· Interactions, a page at a time, newest first, corrected ones included. */
  interactionsConnection: InteractionConnection;
  /** 上次有效联系日期（联系上的拜访、电话或消息；不是联系人核实日期）· Day of the last counting contact (a visit, call or message that reached the merchant), not the contact data’s verification; null if never. */
  lastContactOn?: Maybe<Scalars['Date']['output']>;
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
  /**
   * 未完成的维护任务，按到期日，至多 100 条 · Open maintenance tasks by due date, at most 100.
   * @deprecated Use tasks, which pages and says how many there are; openTasks stops at 100.
   */
  openTasks: Array<MaintenanceTask>;
  /** 积分账户 · Loyalty points account. */
  points: PointsAccount;
  /** 已开通的产品代码 · Codes of the products it holds. */
  products: Array<Scalars['String']['output']>;
  /** 期间利润（元）= 商户手续费 − 发卡行服务费 − 网络服务费 · Profit over the period in yuan (Decimal string). */
  profit: Scalars['Decimal']['output'];
  /**
   * 个性化推荐，最合适的在前 · Recommended products, best first, with reasons.
   * @deprecated Use recommendationsConnection, which pages both ways and counts; recommendations answers every one at once.
   */
  recommendations: Array<Recommendation>;
  /** 个性化推荐（分页），最合适的在前 · Recommended products, a page at a time, best first, with reasons. */
  recommendationsConnection: RecommendationConnection;
  /** 商户状态：onboarding、active、dormant、churned、terminated · Status in its lifecycle. */
  status: Scalars['String']['output'];
  /** 商户的维护任务（分页；默认未完成，按到期日）· The merchant’s tasks, a page at a time; open ones by due date. */
  tasks: MaintenanceTaskConnection;
  /**
   * POS 终端 · The merchant’s POS terminals.
   * @deprecated Use terminalsConnection, which pages both ways and counts; terminals returns every terminal at once.
   */
  terminals: Array<Terminal>;
  /** POS 终端（分页，按终端号）· The merchant’s POS terminals, a page at a time, by TID. */
  terminalsConnection: TerminalConnection;
  /** 该期间的官方分级（全公司排名）· Official tier in the period (company-wide ranking). */
  tier?: Maybe<TierCode>;
  /**
   * 分级历史（已保存的快照，最新在前）· Tier history from stored snapshots, newest first.
   * @deprecated Use tierHistoryConnection, which pages both ways and counts; tierHistory returns every stored snapshot at once.
   */
  tierHistory: Array<TierSnapshotEntry>;
  /** 分级历史（已保存的快照，分页，最新期间在前）· Tier history from stored snapshots, a page at a time, newest period first. */
  tierHistoryConnection: TierSnapshotEntryConnection;
  /**
   * 时间线：联系、分级与状态变化、积分、投诉（运维人员不可见）、故障，最新在前 · Timeline of everything, newest first; operations staff see no complaints.
   * @deprecated Use timelineConnection, which pages both ways and counts; timeline pages backward only and says neither whether more follow nor how many there are.
   */
  timeline: Array<TimelineEvent>;
  /** 时间线（分页，最新在前）：联系、分级与状态变化、积分、投诉（运维人员不可见）、故障 · Timeline of everything, a page at a time, newest first; operations staff see no complaints. */
  timelineConnection: TimelineEventConnection;
  /** 经营名称 · Trading name. */
  tradingName?: Maybe<Scalars['String']['output']>;
  /** 月度趋势（金额、笔数、手续费、利润）· Monthly trend series for charts. */
  trend: Array<MonthPoint>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantBenchmarkArgs = {
  period: Scalars['String']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantChangesArgs = {
  first?: Scalars['Int']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantChangesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantInteractionsArgs = {
  first?: Scalars['Int']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantInteractionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantProfitArgs = {
  period: Scalars['String']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantRecommendationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTerminalsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTierArgs = {
  period: Scalars['String']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTierHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTimelineArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTimelineConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 商户档案 · A merchant of the acquirer (商户档案). */
export type MerchantTrendArgs = {
  months?: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};

/** 按 CLV 排序的商户 · A merchant ranked by lifetime value. */
export type MerchantByClv = {
  __typename?: 'MerchantByClv';
  /** 估算 · The estimate. */
  clv: MerchantClv;
  /** 商户 · The merchant. */
  merchant: Merchant;
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

/** 变更记录（分页）· A page of change records. */
export type MerchantChangeConnection = {
  __typename?: 'MerchantChangeConnection';
  /** 本页变更记录 · The change records of this page. */
  edges: Array<MerchantChangeEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的变更记录总数 · Number of change records matching. */
  totalCount: Scalars['Int']['output'];
};

/** 变更记录列表的一项 · One of the change records in a connection. */
export type MerchantChangeEdge = {
  __typename?: 'MerchantChangeEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 变更记录 · The item. */
  node: MerchantChange;
};

/** 流失风险评分（docs/clv.md）· The churn score of a merchant, with its reasons. */
export type MerchantChurn = {
  __typename?: 'MerchantChurn';
  /** 评分基准日 · As-of day of the score. */
  asOf: Scalars['String']['output'];
  /** 主要原因，最多 3 条，重者在前；健康商户为空 · Top reasons, at most 3; none for a healthy merchant. */
  reasons: Array<ChurnReason>;
  /** 未来两个月流失的概率 0..1（权重按数据拟合；数据不足时为规则权重，仅作排序）· Probability of leaving in the next two months, 0..1. */
  score: Scalars['Float']['output'];
  /** 风险价值：CLV × 流失概率（元）· Value at risk: lifetime value × score, yuan. */
  valueAtRisk?: Maybe<Scalars['Decimal']['output']>;
};

/** 客户生命周期价值（BG/BB 或 BG/NBD + Gamma-Gamma，见 docs/clv.md）· Customer lifetime value estimate. */
export type MerchantClv = {
  __typename?: 'MerchantClv';
  /** 估算基准日 · As-of day of the estimate. */
  asOf: Scalars['String']['output'];
  /** 未来 12 个月预期利润（元，已折现）· Expected profit of the next 12 months, yuan, discounted. */
  clv: Scalars['Decimal']['output'];
  /** 未来 12 个月预期活跃月数（BG/BB）· Expected active months in the next 12 months (BG/BB; null for BG/NBD). */
  expectedActiveMonths?: Maybe<Scalars['Float']['output']>;
  /** 未来 12 个月预期活跃期数：BG/BB 为活跃月数，BG/NBD 为交易天数 · Expected active periods in the next 12 months: months (BG/BB) or days (BG/NBD). */
  expectedTransactions: Scalars['Float']['output'];
  /** 每个活跃期预期利润（元；BG/BB 为每月，BG/NBD 为每天）· Expected profit per active period, yuan (a month for BG/BB, a day for BG/NBD). */
  expectedValue: Scalars['Decimal']['output'];
  /** 所用模型 · The model of the estimate. */
  model: ClvModel;
  /** 仍活跃的概率 0..1 · Probability the merchant is still active, 0..1. */
  probabilityAlive: Scalars['Float']['output'];
};

/** 商户（分页）· A page of merchants. */
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

/** 商户列表的一项 · One of the merchants in a connection. */
export type MerchantEdge = {
  __typename?: 'MerchantEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 商户 · The item. */
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
export type MerchantInsight = Node & {
  __typename?: 'MerchantInsight';
  /** 原因说明（数字）· The figures behind the reasons. */
  detail: Scalars['String']['output'];
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 相关利润（元）· The profit the rule looked at, in yuan. */
  profit: Scalars['Decimal']['output'];
  /** 原因代码：growth（增长≥20%）、near_cutoff（距上一层门槛 20% 内）、dormant（30 天无交易）、volume_drop（交易额下降≥50%）、negative_profit_3_months · Reason codes. */
  reasons: Array<Scalars['String']['output']>;
  /** 该期间的分级 · Tier in the period, where the list uses one. */
  tier?: Maybe<TierCode>;
};

/** 名单商户（分页）· A page of merchants on the list. */
export type MerchantInsightConnection = {
  __typename?: 'MerchantInsightConnection';
  /** 本页名单商户 · The merchants on the list of this page. */
  edges: Array<MerchantInsightEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 名单总数 · Merchants on the list. */
  totalCount: Scalars['Int']['output'];
};

/** 名单商户列表的一项 · One of the merchants on the list in a connection. */
export type MerchantInsightEdge = {
  __typename?: 'MerchantInsightEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 名单商户 · The item. */
  node: MerchantInsight;
};

/** 客户移交的结果 · What a move of merchants did. */
export type MerchantMove = {
  __typename?: 'MerchantMove';
  /** 已移交的商户数 · Merchants moved. */
  moved: Scalars['Int']['output'];
  /** 接手的客户经理 · The target. */
  to: MoveTarget;
  /** 原本就属于该客户经理、未变动的商户数 · Merchants that were the target’s already. */
  unchanged: Scalars['Int']['output'];
};

/** 商户列表的排序字段 · What the merchant list is ordered by. */
export type MerchantOrderField =
  /** 上次有效联系日期（联系上的拜访、电话或消息）；从未联系的排最后 · Day of the last counting contact (a visit, call or message that reached the merchant); never contacted last. */
  | 'LAST_CONTACT'
  /** 商户号（默认）· MID (the default). */
  | 'MID'
  /** 注册名称（按字符编码）· Registered name, by code point. */
  | 'NAME'
  /** 期间利润（需 period；无结算记为 0）· Profit over `period` (required); no settlements count as 0. */
  | 'PROFIT'
  /** 期间官方分级（需 period；重要最高，未分级的排最后）· Official tier in `period` (required); KEY highest, unranked last. */
  | 'TIER'
  /** 客户生命周期价值（最新估算）；未估算的排最后 · Lifetime value of the latest estimate; not estimated last. */
  | 'VALUE';

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

/** 客户移交：商户号或筛选条件二选一 · Merchants to move, by MID or by a merchant-list filter (exactly one). */
export type MoveMerchantsInput = {
  /** 与商户列表相同的筛选条件 · The filter the merchant list takes: every merchant it matches. */
  filter?: InputMaybe<MerchantFilter>;
  /** 商户号 · MIDs. */
  mids?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 接手的客户经理登录名 · Login of the account manager taking them. */
  to: Scalars['String']['input'];
};

/** 接手的客户经理 · The account manager who took the merchants. */
export type MoveTarget = {
  __typename?: 'MoveTarget';
  /** 姓名 · Display name. */
  displayName: Scalars['String']['output'];
  /** 登录名 · Login. */
  login: Scalars['String']['output'];
};

/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 人工调整积分（需原因与审批人）· Manual adjustment with reason and approver. */
  adjustPoints: PointsPosting;
  /** 转派处理人 · Hand a complaint to a colleague of the branch. */
  assignComplaint: Complaint;
  /** 派单（默认派给自己）· Assign a ticket to an engineer of the branch; yourself by default. */
  assignFaultTicket: FaultTicket;
  /** 修改自己的密码（需当前密码）；其他会话随即结束 · Change your own password (the current one first); your other sessions end. */
  changePassword: User;
  /** 回访后关闭，记录满意度 1–5 · Close after the merchant’s verdict, with satisfaction 1–5. */
  closeComplaint: Complaint;
  /** 批量完成节日问候与信息核实任务（全部或全不）· Complete a selection of greeting and re-verification tasks at once: all or none. */
  completeChores: ChoresDone;
  /** 拟合 CLV 模型，为全部商户估算价值与流失风险，并为高风险重要商户生成挽留任务 · Fit the CLV model, score every merchant’s value and churn risk, and give at-risk key merchants a retention task. */
  computeClv: ClvRun;
  /** 计算并保存某期间的全公司分级快照（管理员、分公司经理）；维护任务随后跟上（tierFollowUp）· Compute and store the company-wide tier snapshot of a period; administrators and branch managers. It answers once the tiers are stored; the cadence and open tasks follow behind (see tierFollowUp). */
  computeTiers: Pyramid;
  /** 更正联系记录：新增一条替代记录，原记录保留并标记为已更正 · Correct an interaction by a new, superseding entry. */
  correctInteraction: Interaction;
  /** 创建 API 令牌（只显示一次，仅存哈希）· Create an API token; shown once, stored hashed. */
  createApiToken: CreatedApiToken;
  /** 创建客户活动 · Create a customer event. */
  createCustomerEvent: CustomerEvent;
  /** 新建商户（与导入同一套校验，记入变更历史）· Create a merchant, checked as a merchants.csv row is; recorded in its history. */
  createMerchant: Merchant;
  /** 新建用户，返回一次性密码（只显示一次）· Create a user; answers their one-time password, shown once. */
  createUser: UserWithPassword;
  /** 停用用户：其会话与令牌立即失效 · Deactivate a user: their sessions and tokens are refused at once. */
  deactivateUser: User;
  /** 立即投递到期事件（服务每 5 秒自动执行）· Deliver due events now; the server does it every 5 s. */
  deliverWebhooksNow: WebhookDeliveryRun;
  /** 超时升级（服务每 5 分钟自动执行；可重复执行）· Escalate breached complaints now; the server also does it every 5 minutes. */
  escalateBreachedComplaints: EscalationRun;
  /** 邀请活动范围内的商户（每户只邀请一次）· Invite the event’s segment; each merchant once. */
  inviteToEvent: InvitationRun;
  /** 登录，返回访问令牌 · Sign in; returns a short-lived bearer token. */
  login: AuthPayload;
  /** 注销当前令牌，立即生效 · Revoke the current token at once. */
  logout: Scalars['Boolean']['output'];
  /** 标记问候已发送（记为节日问候联系）· Mark greetings sent; each is recorded as a greeting. */
  markGreetingsSent: GreetingsSent;
  /** 推进工单：到场、修复（须写处理结果）、关闭 · Move a ticket on: on site, fixed (say what was done), closed. */
  moveFaultTicket: FaultTicket;
  /** 客户移交：把商户（连同待办任务与跟进）移交给同分公司的另一位客户经理；记入变更历史、审计日志并发出 merchant.manager_changed 事件 · Move merchants, with their open tasks and follow-ups, to another account manager of their branch. */
  moveMerchants: MerchantMove;
  /** 登记投诉或反馈；按时效政策起算响应与解决时限 · Open a complaint or feedback; its SLA clocks start. */
  openComplaint: Complaint;
  /** 报修：开立故障工单，终端标记为故障 · Report a terminal fault; the terminal is marked faulty. */
  openFaultTicket: FaultTicket;
  /** 重新启用用户 · Reactivate a user. */
  reactivateUser: User;
  /** 记录到场（记为一次培训/座谈联系），返回该联系的全局编号 · Record attendance; it becomes a training interaction, whose global id this answers. */
  recordEventAttendance: Scalars['ID']['output'];
  /** 记录拜访、回访等联系；同时更新维护任务 · Record an interaction; the merchant’s tasks move with it. */
  recordInteraction: Interaction;
  /** 记录产品推荐及结果（接受即开通）· Record an offer and its outcome; accepted means held. */
  recordProductOffer: ProductOffer;
  /** 兑换积分（幂等）· Redeem points; idempotent by key. */
  redeemPoints: PointsPosting;
  /** 按最新分级快照与升级潜力重算全部任务 · Recompute every task from the latest tier snapshot. */
  refreshMaintenanceTasks: TaskRefresh;
  /** 登记 POS 终端 · Register a POS terminal at a merchant. */
  registerTerminal: Terminal;
  /** 商户不认可，重新处理 · Reopen a resolved complaint the merchant is not satisfied with. */
  reopenComplaint: Complaint;
  /** 重新投递 · Send a delivery again. */
  replayWebhookDelivery: Scalars['Boolean']['output'];
  /** 重置密码：生成一次性密码（只显示一次），用户下次登录须修改 · Reset a password: a one-time password, shown once, to be changed at the next sign-in. */
  resetUserPassword: UserWithPassword;
  /** 解决（停止全部时钟）· Resolve; stops both clocks. */
  resolveComplaint: Complaint;
  /** 首次响应（停止响应时钟）· Record the first response; stops the response clock. */
  respondToComplaint: Complaint;
  /** 记录回复 · Record a merchant’s reply (yes or no). */
  respondToInvitation: Scalars['Boolean']['output'];
  /** 查看明文联系方式（记入审计日志）· Reveal a merchant’s contact in clear; written to the audit log. */
  revealContact: RevealedContact;
  /** 冲正一笔积分流水（每笔只能冲正一次）· Reverse one entry; each entry can be reversed once. */
  reversePointsEntry: PointsPosting;
  /** 吊销 API 令牌，立即生效 · Revoke an API token at once. */
  revokeApiToken: Scalars['Boolean']['output'];
  /** 回测：用基准日前 N 个月的历史拟合，预测其后 N 个月并与实际比较 · Back-test: fit on the history up to asOf − N months and hold the forecast against what happened. */
  runClvBacktest: ClvBacktest;
  /** 发起节日问候：为客户范围内每户创建一条问候任务（重复执行不重复创建）· Run a greeting campaign. */
  runGreetingCampaign: GreetingCampaignRun;
  /** 保存积分规则表，自生效日期（今天或以后）起替换整张表；已入账积分不重算 · Saves the points table, replacing it from the effective date (today or later); points already posted are never recomputed. */
  savePointsRules: PointsTableSaved;
  /** 新增或修改目录产品（管理员）· Add or change a catalogue product. */
  saveProduct: Product;
  /** 替换维护频次政策并重算任务（不重复、不丢失）· Replace the cadence policy and recompute tasks. */
  setCadencePolicy: TaskRefresh;
  /** 设置所有人的每日工作量（个人设置优先）· Set what a day holds for everyone (a manager’s own setting comes first). */
  setEveryonesWorkCapacity: WorkCapacity;
  /** 一次填写一年的节日日期（替换该年全部日期）· Enters a year’s holiday dates at once, replacing that year’s. */
  setHolidayCalendar: HolidayCalendar;
  /** 变更商户状态（记入变更历史并发出 merchant.status_changed 事件）· Change a merchant’s status, with a reason. */
  setMerchantStatus: Merchant;
  /** 修改时效政策：此后受理的投诉、反馈与报修的故障工单适用新时限，已有的保留原截止时间 · Change an SLA policy: complaints, feedback and fault tickets received from now on get the new clocks; those already there keep their deadlines. */
  setSlaPolicy: SlaPolicy;
  /** 设置新的分级方案版本（管理员），并重算自生效月份起已有的分级快照 · Set a new version of the tier scheme (administrators) and recompute the stored snapshots from its first month on; the maintenance cadence and tasks follow behind the answer (tierFollowUp). */
  setTierScheme: SetTierSchemeResult;
  /** 设置一位客户经理的每日工作量（分公司经理限本分公司）；input 为空则恢复为所有人的设置 · Set what a day holds for one account manager (a branch manager: of their branch); no input: everyone’s applies again. */
  setWorkCapacity: WorkCapacity;
  /** 从服务器上的文件开始导入（管理员）；网页上传请用 POST /api/imports/{kind} · Start an import of a file on the server (admins). */
  startImport: ImportRun;
  /** 订阅事件（签名密钥只显示一次）· Subscribe a URL to events; the signing secret is shown once. */
  subscribeWebhook: CreatedWebhookSubscription;
  /** 停用订阅；已停用或不存在时为 false · Deactivate a subscription; false when none is active. */
  unsubscribeWebhook: Scalars['Boolean']['output'];
  /** 修改商户（与导入同一套校验；旧值 → 新值记入变更历史，手机号脱敏）· Change a merchant, checked as a merchants.csv row is; old → new in its history, the mobile masked. */
  updateMerchant: Merchant;
  /** 变更用户的角色、分公司或姓名 · Change a user’s role, branch or name. */
  updateUser: User;
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
export type MutationAssignComplaintArgs = {
  assignee: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationAssignFaultTicketArgs = {
  assignee?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationCloseComplaintArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  satisfaction: Scalars['Int']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationCompleteChoresArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationComputeClvArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  model?: ClvModel;
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
export type MutationCreateApiTokenArgs = {
  input: ApiTokenInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationCreateCustomerEventArgs = {
  input: CustomerEventInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationCreateMerchantArgs = {
  input: CreateMerchantInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationInviteToEventArgs = {
  event?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['Int']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationLoginArgs = {
  cookie?: Scalars['Boolean']['input'];
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationMarkGreetingsSentArgs = {
  taskIds: Array<Scalars['ID']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationMoveFaultTicketArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: FaultStatus;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationMoveMerchantsArgs = {
  input: MoveMerchantsInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationOpenComplaintArgs = {
  input: OpenComplaintInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationOpenFaultTicketArgs = {
  input: FaultTicketInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationReactivateUserArgs = {
  id: Scalars['ID']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRecordEventAttendanceArgs = {
  event?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['Int']['input']>;
  mid: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRecordInteractionArgs = {
  input: InteractionInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRecordProductOfferArgs = {
  mid: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: Scalars['String']['input'];
  product: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRedeemPointsArgs = {
  idempotencyKey: Scalars['String']['input'];
  mid: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRegisterTerminalArgs = {
  input: TerminalInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationReopenComplaintArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationResolveComplaintArgs = {
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRespondToComplaintArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRespondToInvitationArgs = {
  event?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['Int']['input']>;
  mid: Scalars['String']['input'];
  rsvp: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRevealContactArgs = {
  mid: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationReversePointsEntryArgs = {
  entryId: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRevokeApiTokenArgs = {
  name: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRunClvBacktestArgs = {
  asOf: Scalars['String']['input'];
  holdoutMonths?: Scalars['Int']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationRunGreetingCampaignArgs = {
  input: GreetingCampaignInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSavePointsRulesArgs = {
  effectiveFrom: Scalars['Date']['input'];
  rules: Array<PointsRuleInput>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSaveProductArgs = {
  input: ProductInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetCadencePolicyArgs = {
  rules: Array<CadenceRuleInput>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetEveryonesWorkCapacityArgs = {
  input: WorkCapacityInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetHolidayCalendarArgs = {
  entries: Array<HolidayDateInput>;
  year: Scalars['Int']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetMerchantStatusArgs = {
  mid: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  status: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetSlaPolicyArgs = {
  kind: SlaKind;
  resolutionHours: Scalars['Int']['input'];
  responseHours: Scalars['Int']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetTierSchemeArgs = {
  input: SetTierSchemeInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSetWorkCapacityArgs = {
  input?: InputMaybe<WorkCapacityInput>;
  manager: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationStartImportArgs = {
  kind: ImportKind;
  path: Scalars['String']['input'];
  skipInvalid?: Scalars['Boolean']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationSubscribeWebhookArgs = {
  events: Array<WebhookEvent>;
  url: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationUnsubscribeWebhookArgs = {
  id?: InputMaybe<Scalars['Int']['input']>;
  subscription?: InputMaybe<Scalars['ID']['input']>;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationUpdateMerchantArgs = {
  input: UpdateMerchantInput;
  mid: Scalars['String']['input'];
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


/** 变更：登录、分级快照、导入、积分 · Mutations: sign-in, tier snapshots, imports, loyalty points. */
export type MutationVerifyContactArgs = {
  mid: Scalars['String']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** 可按全局编号再次取回的对象 · An object with a global id; fetch it again with node(id). */
export type Node = {
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
};

/** 登记投诉或反馈 · A new complaint or feedback. */
export type OpenComplaintInput = {
  /** 处理人登录名（默认商户的客户经理）· Assignee; the merchant’s manager by default. */
  assignee?: InputMaybe<Scalars['String']['input']>;
  /** 问题类别 · Category. */
  category: ComplaintCategory;
  /** 受理渠道 · Channel. */
  channel: ComplaintChannel;
  /** 类型 · Kind. */
  kind?: ComplaintKind;
  /** 商户号 · MID. */
  mid: Scalars['String']['input'];
  /** 受理时间（默认现在，最多 30 天前）· When it was received; now by default. */
  receivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 内容摘要 · What the merchant reported. */
  summary: Scalars['String']['input'];
};

/** 排序方向 · Sort direction. */
export type OrderDirection =
  /** 升序 · Ascending. */
  | 'ASC'
  /** 降序 · Descending. */
  | 'DESC';

/** 分页信息 · Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一项的游标 · Cursor of the last item on this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页 · Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** 是否还有上一页 · Whether items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** 本页第一项的游标 · Cursor of the first item on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 积分账户 · A merchant’s loyalty points account (积分). */
export type PointsAccount = {
  __typename?: 'PointsAccount';
  /** 余额（点）= 全部流水之和，永不为负 · Balance in points: the sum of all entries, never negative. */
  balance: Scalars['Int']['output'];
  /**
   * 积分流水，最新在前 · Statement, newest first.
   * @deprecated Use entriesConnection, which pages both ways and counts; entries stops at 100 (first above 100 answers 100).
   */
  entries: Array<PointsEntry>;
  /** 积分流水（分页，最新在前）· Statement, a page at a time, newest first. */
  entriesConnection: PointsEntryConnection;
};


/** 积分账户 · A merchant’s loyalty points account (积分). */
export type PointsAccountEntriesArgs = {
  first?: Scalars['Int']['input'];
};


/** 积分账户 · A merchant’s loyalty points account (积分). */
export type PointsAccountEntriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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

/** 积分流水（分页）· A page of points entries. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** 本页积分流水 · The points entries of this page. */
  edges: Array<PointsEntryEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的积分流水总数 · Number of points entries matching. */
  totalCount: Scalars['Int']['output'];
};

/** 积分流水列表的一项 · One of the points entries in a connection. */
export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 积分流水 · The item. */
  node: PointsEntry;
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

/** 积分规则表的一行（按日期分版本）· One row of the points table, versioned by date. */
export type PointsRule = {
  __typename?: 'PointsRule';
  /** 每累计非封顶交易金额（元）得 1 点，空为不按金额 · 1 point per this cumulative non-capped amount in yuan; null: none. */
  amountThreshold?: Maybe<Scalars['Decimal']['output']>;
  /** 封顶额（元/笔），空为任意 · Fee cap in yuan per transaction; null matches any. */
  cap?: Maybe<Scalars['Decimal']['output']>;
  /** 每累计 N 笔封顶交易得 1 点，空为不按笔数 · 1 point per N capped transactions; null: none. */
  cappedCountN?: Maybe<Scalars['Int']['output']>;
  /** 商户类型编码，空为任意类型 · Category code; null matches every category. */
  category?: Maybe<Scalars['String']['output']>;
  /** 规则编号（记在积分流水上）· Rule code, as the ledger entries name it. */
  code: Scalars['String']['output'];
  /** 扣率优惠不低于此值（小数）· Discount against the list rate at or above this (decimal fraction). */
  discountAtLeast?: Maybe<Scalars['String']['output']>;
  /** 扣率优惠低于此值（小数，0.0008 即 0.08%）· Discount against the list rate below this (decimal fraction). */
  discountBelow?: Maybe<Scalars['String']['output']>;
  /** 费率方案：rate（按扣率）或 capped（封顶）· Fee plan: rate or capped. */
  feePlan: Scalars['String']['output'];
  /** 保存时间 · When it was saved. */
  savedAt: Scalars['DateTimeISO']['output'];
  /** 保存人 · Who saved it. */
  savedBy: Scalars['String']['output'];
  /** 生效日期（含）· Valid from, inclusive. */
  validFrom: Scalars['Date']['output'];
  /** 失效日期（含），空为仍有效 · Valid to, inclusive; null: open. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** 积分规则（分页）· A page of points rules. */
export type PointsRuleConnection = {
  __typename?: 'PointsRuleConnection';
  /** 本页积分规则 · The points rules of this page. */
  edges: Array<PointsRuleEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的积分规则总数 · Number of points rules matching. */
  totalCount: Scalars['Int']['output'];
};

/** 积分规则列表的一项 · One of the points rules in a connection. */
export type PointsRuleEdge = {
  __typename?: 'PointsRuleEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 积分规则 · The item. */
  node: PointsRule;
};

/** 积分规则表的一行 · One row of a points table. */
export type PointsRuleInput = {
  /** 每累计金额（元）得 1 点 · 1 point per this cumulative amount in yuan; null: none. */
  amountThreshold?: InputMaybe<Scalars['Decimal']['input']>;
  /** 封顶额（元/笔）· Fee cap in yuan; null: any. */
  cap?: InputMaybe<Scalars['Decimal']['input']>;
  /** 每 N 笔封顶交易得 1 点 · 1 point per N capped transactions; null: none. */
  cappedCountN?: InputMaybe<Scalars['Int']['input']>;
  /** 商户类型编码，空为任意 · Category code; null: any. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 规则编号：小写字母、数字、连字符 · Rule code: lowercase letters, digits, hyphens. */
  code: Scalars['String']['input'];
  /** 扣率优惠不低于此值（小数）· Discount at or above this (decimal fraction); null: no bound. */
  discountAtLeast?: InputMaybe<Scalars['String']['input']>;
  /** 扣率优惠低于此值（小数）· Discount below this (decimal fraction); null: no bound. */
  discountBelow?: InputMaybe<Scalars['String']['input']>;
  /** 费率方案：rate 或 capped · Fee plan: rate or capped. */
  feePlan: Scalars['String']['input'];
};

/** 保存的积分规则表 · A points table saved. */
export type PointsTableSaved = {
  __typename?: 'PointsTableSaved';
  /** 生效日期 · Effective from. */
  effectiveFrom: Scalars['Date']['output'];
  /** 行数 · Rows in the table. */
  rows: Scalars['Int']['output'];
};

/** 增值产品（目录为数据）· A value-added product of the catalogue. */
export type Product = Node & {
  __typename?: 'Product';
  /** 是否推荐（停用的不再推荐，已开通的不受影响）· Offered; a deactivated one is no longer recommended, holders keep it. */
  active: Scalars['Boolean']['output'];
  /** 代码 · Code. */
  code: Scalars['String']['output'];
  /** 再次推荐的冷却期（天）· Cool-down before it is offered again, days. */
  cooldownDays: Scalars['Int']['output'];
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 英文名称 · English name. */
  nameEn: Scalars['String']['output'];
  /** 中文名称 · Chinese name. */
  nameZh: Scalars['String']['output'];
  /** 推荐理由（英文）· Why it is offered, English. */
  reasonEn: Scalars['String']['output'];
  /** 推荐理由（中文）· Why it is offered, Chinese. */
  reasonZh: Scalars['String']['output'];
  /** 适用条件（JSON）· Eligibility rule as JSON. */
  rule: Scalars['String']['output'];
};

/** 产品推荐采纳率 · Offers and acceptance of a product in a branch. */
export type ProductAcceptance = Node & {
  __typename?: 'ProductAcceptance';
  /** 接受 · Accepted. */
  accepted: Scalars['Int']['output'];
  /** 分公司 · Branch. */
  branch: Scalars['String']['output'];
  /** 拒绝 · Declined. */
  declined: Scalars['Int']['output'];
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 推荐次数 · Offers. */
  offers: Scalars['Int']['output'];
  /** 产品代码 · Product. */
  product: Scalars['String']['output'];
  /** 采纳率 0..1（已决定的）· Acceptance rate of decided offers. */
  rate?: Maybe<Scalars['Float']['output']>;
};

/** 产品采纳率（分页）· A page of acceptance figures. */
export type ProductAcceptanceConnection = {
  __typename?: 'ProductAcceptanceConnection';
  /** 本页产品采纳率 · The acceptance figures of this page. */
  edges: Array<ProductAcceptanceEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的产品采纳率总数 · Number of acceptance figures matching. */
  totalCount: Scalars['Int']['output'];
};

/** 产品采纳率列表的一项 · One of the acceptance figures in a connection. */
export type ProductAcceptanceEdge = {
  __typename?: 'ProductAcceptanceEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 产品采纳率 · The item. */
  node: ProductAcceptance;
};

/** 增值产品（分页）· A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** 本页增值产品 · The products of this page. */
  edges: Array<ProductEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的增值产品总数 · Number of products matching. */
  totalCount: Scalars['Int']['output'];
};

/** 增值产品列表的一项 · One of the products in a connection. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 增值产品 · The item. */
  node: Product;
};

/** 目录中的产品 · A catalogue product to add or change. */
export type ProductInput = {
  /** 是否推荐 · Offered at all. */
  active?: Scalars['Boolean']['input'];
  /** 代码 · Code. */
  code: Scalars['String']['input'];
  /** 冷却期（天）· Cool-down, days. */
  cooldownDays: Scalars['Int']['input'];
  /** 新增：代码已在目录中则拒绝，不覆盖 · Adding: refused when the code is already in the catalogue, never overwriting it. */
  isNew?: Scalars['Boolean']['input'];
  /** 英文名称 · English name. */
  nameEn: Scalars['String']['input'];
  /** 中文名称 · Chinese name. */
  nameZh: Scalars['String']['input'];
  /** 推荐理由（英文）· Reason, English. */
  reasonEn: Scalars['String']['input'];
  /** 推荐理由（中文）· Reason, Chinese. */
  reasonZh: Scalars['String']['input'];
  /** 适用条件 JSON：categories、tiers、minMonthlyAmount、maxMonthlyAmount（元）、minTenureMonths、statuses、preferTiers · Eligibility rule as JSON. */
  rule: Scalars['String']['input'];
};

/** 一次产品推荐记录 · One offer of a product. */
export type ProductOffer = {
  __typename?: 'ProductOffer';
  /** 编号 · Id. */
  id: Scalars['ID']['output'];
  /** 日期 · Day offered. */
  offeredOn: Scalars['String']['output'];
  /** 结果：offered、accepted、declined · Outcome. */
  outcome: Scalars['String']['output'];
  /** 产品代码 · Product code. */
  product: Scalars['String']['output'];
  /** 经办人 · Staff member. */
  staff: Scalars['String']['output'];
};

/** 利润增长 · A merchant’s profit against the period before. */
export type ProfitGrowth = {
  __typename?: 'ProfitGrowth';
  /** 增长额（元）· Growth, yuan. */
  growth: Scalars['Decimal']['output'];
  /** 增长率（0.25 即 25%；上期不为正时为空）· Growth rate, 0.25 = 25%; null when the base is not positive. */
  growthRate?: Maybe<Scalars['Float']['output']>;
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 上期利润（元）· Profit in the period before, yuan. */
  previousProfit: Scalars['Decimal']['output'];
  /** 本期利润（元）· Profit this period, yuan. */
  profit: Scalars['Decimal']['output'];
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
  /** 该期间分级方案中的英文级别名称 · The level name in English, from the period’s tier scheme. */
  en: Scalars['String']['output'];
  /** 该层商户数 · Merchants in the tier. */
  merchantCount: Scalars['Int']['output'];
  /** 该层利润合计（元）· Profit of the tier in yuan. */
  profit: Scalars['Decimal']['output'];
  /** 利润占比 = 该层利润 / 总利润（亏损时可为负）· profit / totalProfit; negative for a loss-making tier. */
  profitShare: Scalars['Float']['output'];
  /** 客户分级 · The tier. */
  tier: TierCode;
  /** 该期间分级方案中的中文级别名称 · The level name in Chinese, from the period’s tier scheme. */
  zh: Scalars['String']['output'];
};

/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type Query = {
  __typename?: 'Query';
  /**
   * 客户经理（可按分公司）· Account managers, optionally of one branch.
   * @deprecated Use accountManagersConnection, which pages both ways, counts and searches; accountManagers answers every one at once.
   */
  accountManagers: Array<User>;
  /** 客户经理（分页，按登录名；分公司经理只见本分公司）· Active account managers, a page at a time, by login; a branch manager sees those of their branch. */
  accountManagersConnection: AccountManagerConnection;
  /**
   * API 令牌 · The integrators’ API tokens, newest first.
   * @deprecated Use apiTokensConnection, which pages both ways and counts; apiTokens answers every token at once.
   */
  apiTokens: Array<ApiToken>;
  /** API 令牌（分页，最新在前）· The integrators’ API tokens, a page at a time, newest first. */
  apiTokensConnection: ApiTokenConnection;
  /** 流失预警名单（最新评分，按可见范围）：每户的流失概率、原因与风险价值 · Merchants at risk of leaving, with reasons and value at risk, within the caller’s scope. */
  atRiskMerchants: AtRiskMerchantConnection;
  /** 审计日志可能出现的动作（供筛选）· Every action the audit log can hold, for its filter: login, reveal, export, import, api_token, keys-rotate, user.*, mutation:<name>. */
  auditActions: Array<Scalars['String']['output']>;
  /** 审计日志（管理员），默认每页 50 条 · The audit log, newest first, 50 a page by default; administrators. */
  auditLog: AuditConnection;
  /**
   * 可见的分公司（按名称）· Branches you may see, by name.
   * @deprecated Use branchesConnection, which pages both ways and counts; branches answers every branch at once.
   */
  branches: Array<Branch>;
  /** 可见的分公司（分页，按名称）· Branches you may see, a page at a time, by name; a branch-bound role sees its own. */
  branchesConnection: BranchConnection;
  /** 维护频次政策 · The cadence policy, by tier. */
  cadencePolicy: Array<CadenceRule>;
  /** 休眠与流失风险商户 · Dormant merchants and churn risk. */
  churnRisks: MerchantInsightConnection;
  /** 最近一次生命周期价值与流失回测 · The latest lifetime-value and churn back-test. */
  clvBacktest?: Maybe<ClvBacktest>;
  /** 金字塔各层的生命周期价值（官方分级）· Lifetime value by official tier of a period. */
  clvByTier: Array<TierClv>;
  /** 最近一次 CLV 估算 · The latest CLV fit. */
  clvRun?: Maybe<ClvRun>;
  /** 按编号查询投诉 · A complaint by id; null when unknown or outside your scope. */
  complaint?: Maybe<Complaint>;
  /** 投诉与反馈，默认最紧急在前 · Complaints and feedback in your scope, most urgent first by default. */
  complaints: ComplaintConnection;
  /** 按编号查询活动 · An event by id; null when unknown or outside your scope. */
  customerEvent?: Maybe<CustomerEvent>;
  /**
   * 客户活动，最新在前，至多 200 场 · Customer events, newest first; at most 200.
   * @deprecated Use customerEventsConnection, which pages both ways and counts; customerEvents stops at 200.
   */
  customerEvents: Array<CustomerEvent>;
  /** 客户活动（分页），开始时间最晚的在前 · Customer events in your scope, a page at a time, latest start first. */
  customerEventsConnection: CustomerEventConnection;
  /** 按编号查询故障工单 · A fault ticket by id; null when unknown or outside your scope. */
  faultTicket?: Maybe<FaultTicket>;
  /** 终端故障工单，默认最紧急在前 · Fault tickets in your scope, most urgent first by default. */
  faultTickets: FaultTicketConnection;
  /** 某年的节日日历（未填的节日不列出）· A year’s holiday calendar; holidays not dated are absent. */
  holidayCalendar: HolidayCalendar;
  /** 导入的状态与计数（运行中可查询；本人发起的，管理员可查全部）· Status and counts of an import, also while it runs; your own runs (administrators: all). */
  importRun?: Maybe<ImportRun>;
  /**
   * 最近的导入（本人发起的，管理员可查全部）· Recent imports, newest first; your own (administrators: all).
   * @deprecated Use importRunsConnection, which pages both ways and counts; importRuns gives the newest 100 at most and no way past them.
   */
  importRuns: Array<ImportRun>;
  /** 导入（分页，最新在前；本人发起的，管理员可查全部）· Imports, a page at a time, newest first; your own (administrators: all). */
  importRunsConnection: DataImportConnection;
  /** 按编号查询联系记录 · An interaction by id; null when unknown or outside your scope. */
  interaction?: Maybe<Interaction>;
  /** 洛伦兹/帕累托曲线 · The Pareto curve: cumulative merchant share vs profit share. */
  lorenz: Array<LorenzPoint>;
  /**
   * 维护考核：拜访、回访、其他联系、重要客户按频次维护占比、逾期、投诉时效（运维人员不可查）· Maintenance KPIs for a period; not for operations staff.
   * @deprecated Use maintenanceKpisConnection, which pages both ways and counts; maintenanceKpis returns a row for every manager or branch at once.
   */
  maintenanceKpis: Array<MaintenanceKpi>;
  /** 维护考核（分页，按登录名或分公司名称）：拜访、回访、其他联系、重要客户按频次维护占比、逾期、投诉时效（运维人员不可查）· Maintenance KPIs for a period, a page at a time, by manager login or branch name; not for operations staff. */
  maintenanceKpisConnection: MaintenanceKpiConnection;
  /** 当前登录用户 · The signed-in user, or null. */
  me?: Maybe<User>;
  /** 按商户号查询商户 · A merchant by MID; null when unknown or outside your scope. */
  merchant?: Maybe<Merchant>;
  /** 商户列表（分页，默认按商户号排序）· Merchants matching a filter, a page at a time, in the order asked for (MID by default). Page with cursors (first/after, last/before) or by number: page N of size S is first: S, offset: (N−1)·S; either way the edges’ cursors continue from there. */
  merchants: MerchantConnection;
  /** 按生命周期价值排序的商户（最新估算）· Merchants by lifetime value, highest first. */
  merchantsByClv: Array<MerchantByClv>;
  /** 按全局编号取对象；不存在或无权查看时为空 · The object of a global id; null when none you may see. */
  node?: Maybe<Node>;
  /** 按全局编号取多个对象（至多 100 个，顺序同 ids）· The objects of up to 100 global ids, in order. */
  nodes: Array<Maybe<Node>>;
  /**
   * 各分公司未兑换积分 · Points outstanding by branch.
   * @deprecated Use pointsByBranchConnection, which pages both ways and counts; pointsByBranch returns every branch at once.
   */
  pointsByBranch: Array<BranchPoints>;
  /** 各分公司未兑换积分（分页，多者在前）· Points outstanding by branch, a page at a time, most first. */
  pointsByBranchConnection: BranchPointsConnection;
  /** 积分规则表：各版本，最新在前，版本内按表序；给 on 则只列当天有效的行 · The points table, every version newest first (table order within one); with `on`, only the rows in force that day. */
  pointsRules: PointsRuleConnection;
  /** 劣质客户候选（连续 3 个月亏损）· Poor-quality candidates: 3 months of losses. */
  poorQualityCandidates: MerchantInsightConnection;
  /**
   * 产品推荐采纳率 · Acceptance of offers by product and branch.
   * @deprecated Use productAcceptanceConnection, which pages both ways and counts; productAcceptance answers every product and branch at once.
   */
  productAcceptance: Array<ProductAcceptance>;
  /** 产品推荐采纳率（分页，按产品与分公司）· Acceptance of offers by product and branch, a page at a time. */
  productAcceptanceConnection: ProductAcceptanceConnection;
  /**
   * 增值产品目录 · The product catalogue.
   * @deprecated Use productsConnection, which pages both ways and counts; products answers the whole catalogue at once.
   */
  products: Array<Product>;
  /** 增值产品目录（分页，按目录顺序）· The product catalogue, a page at a time, in its order. */
  productsConnection: ProductConnection;
  /** 利润增长最多的商户（与上一同长期间相比）· The merchants whose profit grew most against the period before. */
  profitGrowth: Array<ProfitGrowth>;
  /** 客户金字塔（按利润排名分层）· The customer pyramid of a scope and period. */
  pyramid: Pyramid;
  /** 我的产品推荐待办：90 天内未推荐过的重要/潜力客户 · Key and potential customers with nothing offered in 90 days, best first. */
  recommendationWork: Array<RecommendationTask>;
  /** 时效政策 · The SLA policies. */
  slaPolicies: Array<SlaPolicy>;
  /** 维护任务（默认未完成，按到期日；可按优先级）· Maintenance tasks in your scope; open ones by due date or by priority. */
  tasks: MaintenanceTaskConnection;
  /** 各客户经理的积压与每日工作量（本人范围内）· Each account manager’s backlog against their capacity, in your scope. */
  teamBacklog: Array<ManagerBacklog>;
  /** 分级快照之后任务是否已跟上 · Whether the maintenance tasks have caught up with the latest tier snapshots. */
  tierFollowUp: TierFollowUp;
  /** 两期之间的分级迁移矩阵 · The from-tier × to-tier matrix between two periods. */
  tierMigration: TierMigration;
  /** 某期间适用的分级方案（含级别名称）· The tier scheme in force for a period, with its level names. */
  tierScheme: TierScheme;
  /** 分级方案的全部版本（最新在前）· Every version of the tier scheme, newest first. */
  tierSchemes: TierSchemeConnection;
  /** 有升级潜力的普通/小客户 · Ordinary and small merchants with upgrade potential. */
  upgradeCandidates: MerchantInsightConnection;
  /** 用户（分页，按登录名；分公司经理只见本分公司的客户经理与运维）· Users, a page at a time, by login; a branch manager sees their branch’s account managers and operations staff. */
  usersConnection: UserConnection;
  /**
   * 投递记录，最新在前 · The delivery log, newest first.
   * @deprecated Use webhookDeliveriesConnection, which pages both ways and counts; webhookDeliveries gives no cursor to page on.
   */
  webhookDeliveries: Array<WebhookDelivery>;
  /** 投递记录（分页），最新在前 · The delivery log, a page at a time, newest first. */
  webhookDeliveriesConnection: WebhookDeliveryConnection;
  /**
   * Webhook 订阅 · Webhook subscriptions, by id.
   * @deprecated Use webhookSubscriptionsConnection, which pages both ways and counts; webhookSubscriptions answers every subscription at once.
   */
  webhookSubscriptions: Array<WebhookSubscription>;
  /** Webhook 订阅（分页，按创建顺序）· Webhook subscriptions, a page at a time, oldest first. */
  webhookSubscriptionsConnection: WebhookSubscriptionConnection;
  /** 每日工作量：指定客户经理的，或所有人的 · The capacity of a day: a named manager’s, or everyone’s. */
  workCapacity: WorkCapacity;
  /** 今日计划：客户经理本人的；分公司经理和管理员指定客户经理（未指定为空）· Today’s plan: an account manager’s own; branch managers and administrators name the manager (null when none is named). */
  workPlan?: Maybe<WorkPlan>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryAccountManagersArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryAccountManagersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryApiTokensConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryAtRiskMerchantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  minScore?: Scalars['Float']['input'];
  orderBy?: AtRiskOrder;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryBranchesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryChurnRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryClvByTierArgs = {
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: DeskOrder;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryCustomerEventArgs = {
  event?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryCustomerEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryFaultTicketArgs = {
  id: Scalars['ID']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryFaultTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FaultTicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: DeskOrder;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryHolidayCalendarArgs = {
  year: Scalars['Int']['input'];
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
export type QueryImportRunsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryMaintenanceKpisConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  by?: KpiGrouping;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryMerchantArgs = {
  mid: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryMerchantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: MerchantOrderField;
  period?: InputMaybe<Scalars['String']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryMerchantsByClvArgs = {
  filter?: InputMaybe<MerchantFilter>;
  first?: Scalars['Int']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryPointsByBranchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryPointsRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryPoorQualityCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryProductAcceptanceArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryProductAcceptanceConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryProductsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryProfitGrowthArgs = {
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
export type QueryRecommendationWorkArgs = {
  first?: Scalars['Int']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: TaskOrder;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryTeamBacklogArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryTierMigrationArgs = {
  filter?: InputMaybe<MerchantFilter>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryTierSchemeArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryTierSchemesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryUpgradeCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryUsersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UsersFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<Scalars['String']['input']>;
  subscriptionId?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryWebhookDeliveriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  subscription?: InputMaybe<Scalars['ID']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryWebhookSubscriptionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryWorkCapacityArgs = {
  manager?: InputMaybe<Scalars['String']['input']>;
};


/** 查询：商户、客户金字塔、分级迁移、名单、导入状态 · Queries: merchants, the pyramid, tier migration, action lists, imports. */
export type QueryWorkPlanArgs = {
  manager?: InputMaybe<Scalars['String']['input']>;
};

/** 个性化推荐 · A product recommended to a merchant, with its reasons. */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /** 匹配度 0..1 · Fit to the profile, 0..1. */
  fit: Scalars['Float']['output'];
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 同类商户采用率 0..1 · Share of similar merchants holding it. */
  peerAdoption: Scalars['Float']['output'];
  /** 产品 · The product. */
  product: Product;
  /** 理由（英文）· Reasons in English. */
  reasonsEn: Array<Scalars['String']['output']>;
  /** 理由（中文）· Reasons in Chinese. */
  reasonsZh: Array<Scalars['String']['output']>;
  /** 得分 0..1（匹配度与同类采用率各半）· Score 0..1: half fit, half peer adoption. */
  score: Scalars['Float']['output'];
};

/** 推荐（分页）· A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** 本页推荐 · The recommendations of this page. */
  edges: Array<RecommendationEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的推荐总数 · Number of recommendations matching. */
  totalCount: Scalars['Int']['output'];
};

/** 推荐列表的一项 · One of the recommendations in a connection. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 推荐 · The item. */
  node: Recommendation;
};

/** 产品推荐待办（重要客户与有潜力客户）· A product follow-up for a key or potential customer. */
export type RecommendationTask = {
  __typename?: 'RecommendationTask';
  /** 商户 · The merchant. */
  merchant: Merchant;
  /** 最合适的推荐 · Its best recommendation. */
  top: Recommendation;
};

/** 明文联系信息（已记入审计）· A merchant’s contact in clear; audited. */
export type RevealedContact = {
  __typename?: 'RevealedContact';
  /** 商户号 · MID. */
  mid: Scalars['String']['output'];
  /** 手机号（明文）· Mobile number in clear. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** 联系人 · Contact name. */
  name?: Maybe<Scalars['String']['output']>;
};

/** 新的分级方案版本 · A new version of the tier scheme. */
export type SetTierSchemeInput = {
  /** 生效月份 YYYY-MM · The first month it applies to, YYYY-MM. */
  effectiveFrom: Scalars['String']['input'];
  /** 分级方式 · Share or threshold. */
  kind: TierSchemeKind;
  /** 四级，自上而下 · The four levels, top first. */
  levels: Array<TierSchemeLevelInput>;
  /** 门槛方案的衡量指标 · What a threshold scheme measures (threshold schemes only). */
  measure?: InputMaybe<TierMeasure>;
};

/** 分级方案变更的结果 · What a tier scheme change did. */
export type SetTierSchemeResult = {
  __typename?: 'SetTierSchemeResult';
  /** 已按新方案重算快照的期间（自生效月份起已有快照的期间）· Periods whose stored snapshot was recomputed: those from the first month on that had one. */
  recomputedPeriods: Array<Scalars['String']['output']>;
  /** 新版本 · The new version. */
  scheme: TierScheme;
};

/** 时效时钟 · One SLA clock. */
export type SlaClock = {
  __typename?: 'SlaClock';
  /** 截止时间 · Deadline. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** 剩余分钟（超时为负；已停止为空）· Minutes left; negative once late, null once stopped. */
  minutesLeft?: Maybe<Scalars['Int']['output']>;
  /** 用时（分钟）· Minutes taken, once stopped. */
  minutesTaken?: Maybe<Scalars['Int']['output']>;
  /** 状态 · State. */
  state: SlaState;
};

/** 时效政策适用对象 · What an SLA policy applies to. */
export type SlaKind =
  /** 投诉 · Complaints. */
  | 'COMPLAINT'
  /** 故障工单 · Fault tickets. */
  | 'FAULT'
  /** 反馈 · Feedback. */
  | 'FEEDBACK';

/** 时效政策 · An SLA policy. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  /** 适用对象 · What it applies to. */
  kind: SlaKind;
  /** 解决时限（小时）· Hours to resolution. */
  resolutionHours: Scalars['Int']['output'];
  /** 首次响应时限（小时）· Hours to the first response. */
  responseHours: Scalars['Int']['output'];
  /** 修改时间 · Last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 修改人 · Changed by. */
  updatedBy: Scalars['String']['output'];
};

/** 时效状态 · State of an SLA clock. */
export type SlaState =
  /** 已超时 · Past its deadline. */
  | 'BREACHED'
  /** 按时完成 · Stopped in time. */
  | 'MET'
  /** 计时中，未超时 · Running, within time. */
  | 'RUNNING';

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
  /** 流失预警挽留：重要商户流失风险高（docs/clv.md）· Retention: a valuable merchant at high risk of leaving (docs/clv.md). */
  | 'RETENTION'
  /** 信息更新：联系信息超过 12 个月未核实 · Contact data unverified for 12 months. */
  | 'REVERIFY';

/** 未完成任务的排序 · How open tasks are ordered (closed ones: newest first, whatever is asked). */
export type TaskOrder =
  /** 按到期日（最早在前）· By due date, oldest first. */
  | 'DUE'
  /** 按优先级（最高在前；规则见 docs/work-queue.md）· By priority, highest first (the rule: docs/work-queue.md). */
  | 'PRIORITY';

/** 任务优先级及其构成（分数 = 各项之和；规则在 packages/shared）· A task’s priority and its parts; the score is their sum. */
export type TaskPriority = {
  __typename?: 'TaskPriority';
  /** 计分所依据的维护级别（有升级潜力者按上一级）· The cadence tier the points are for (one up with upgrade potential). */
  cadenceTier?: Maybe<TierCode>;
  /** 未结投诉与故障的分 · Points for open complaints and faults. */
  cases: Scalars['Int']['output'];
  /** 任务类型的分 · Points for what is asked. */
  kind: Scalars['Int']['output'];
  /** 逾期的分（相对维护周期）· Points for lateness against the cadence. */
  late: Scalars['Int']['output'];
  /** 未结投诉数 · Open complaints of the merchant. */
  openComplaints: Scalars['Int']['output'];
  /** 未结故障工单数 · Open fault tickets of the merchant. */
  openFaults: Scalars['Int']['output'];
  /** 优先级分数 · The score. */
  score: Scalars['Int']['output'];
  /** 商户维护级别的分 · Points for the merchant’s cadence tier. */
  tier: Scalars['Int']['output'];
  /** 风险价值的分 · Points for the value at risk. */
  value: Scalars['Int']['output'];
  /** 风险价值（元）= 生命周期价值 × 流失概率；未建模为空 · Value at risk in yuan: lifetime value × chance of leaving; null where unscored. */
  valueAtRisk?: Maybe<Scalars['Decimal']['output']>;
};

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

/** POS 终端 · A POS terminal at a merchant. */
export type Terminal = {
  __typename?: 'Terminal';
  /** 编号 · Id. */
  id: Scalars['ID']['output'];
  /** 装机日期 · Installed on. */
  installedOn: Scalars['Date']['output'];
  /** 型号 · Model. */
  model: Scalars['String']['output'];
  /** 序列号 · Serial number. */
  serialNo: Scalars['String']['output'];
  /** 状态 · Status. */
  status: TerminalStatus;
  /** 终端号（8 位）· Terminal id (TID), eight characters. */
  tid: Scalars['String']['output'];
};

/** POS 终端（分页）· A page of POS terminals. */
export type TerminalConnection = {
  __typename?: 'TerminalConnection';
  /** 本页POS 终端 · The POS terminals of this page. */
  edges: Array<TerminalEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的POS 终端总数 · Number of POS terminals matching. */
  totalCount: Scalars['Int']['output'];
};

/** POS 终端列表的一项 · One of the POS terminals in a connection. */
export type TerminalEdge = {
  __typename?: 'TerminalEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** POS 终端 · The item. */
  node: Terminal;
};

/** 登记终端 · A terminal to register. */
export type TerminalInput = {
  /** 装机日期（默认今天）· Installed on; today by default. */
  installedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 商户号 · MID. */
  mid: Scalars['String']['input'];
  /** 型号 · Model. */
  model: Scalars['String']['input'];
  /** 序列号 · Serial number. */
  serialNo: Scalars['String']['input'];
  /** 终端号（8 位字母或数字）· TID, eight letters or digits. */
  tid: Scalars['String']['input'];
};

/** 终端状态 · Terminal status. */
export type TerminalStatus =
  /** 正常 · Working. */
  | 'ACTIVE'
  /** 故障 · Faulty. */
  | 'FAULTY'
  /** 已撤机 · Removed. */
  | 'REMOVED';

/** 各层级的生命周期价值 · Lifetime value by tier. */
export type TierClv = {
  __typename?: 'TierClv';
  /** 未来 12 个月预期利润合计（元）· Sum of 12-month CLV, yuan. */
  clv: Scalars['Decimal']['output'];
  /** 平均仍活跃概率 · Mean probability of being active. */
  meanProbabilityAlive: Scalars['Float']['output'];
  /** 商户数 · Merchants. */
  merchants: Scalars['Int']['output'];
  /** 层级 · Tier. */
  tier: Scalars['String']['output'];
};

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

/** 分级快照之后的维护级别与任务更新（快照先答复，任务随后跟上）· Whether the cadence and open tasks have caught up with the stored tier snapshots: a snapshot answers first and its tasks follow. */
export type TierFollowUp = {
  __typename?: 'TierFollowUp';
  /** 任务尚未跟上的快照期间，最早的在前 · Snapshot periods whose tasks are still to follow, oldest first. */
  pendingPeriods: Array<Scalars['String']['output']>;
  /** 其中最早的快照时间；全部跟上时为空 · When the oldest of them was stored; null when all have caught up. */
  pendingSince?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 正在更新 · Whether a server is updating them now. */
  running: Scalars['Boolean']['output'];
};

/** 门槛方案的衡量指标（期间合计）· What a threshold scheme measures over the period. */
export type TierMeasure =
  /** 利润 · Profit. */
  | 'PROFIT'
  /** 交易金额 · Transaction amount. */
  | 'TXN_AMOUNT';

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

/** 分级方案的一个版本 · A version of the tier scheme. */
export type TierScheme = {
  __typename?: 'TierScheme';
  /** 设置时间（ISO 8601）· When it was set, ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** 设置人 · Who set it. */
  createdBy: Scalars['String']['output'];
  /** 生效月份 YYYY-MM；null 表示自最初 · First month it applies to; null: from the beginning. */
  effectiveFrom?: Maybe<Scalars['String']['output']>;
  /** 全局编号 · Global id. */
  id: Scalars['ID']['output'];
  /** 分级方式 · Share or threshold. */
  kind: TierSchemeKind;
  /** 四级，自上而下 · The four levels, top first. */
  levels: Array<TierSchemeLevel>;
  /** 门槛方案的衡量指标 · What a threshold scheme measures; null for a share scheme. */
  measure?: Maybe<TierMeasure>;
};

/** 分级方案版本（分页）· A page of tier scheme versions. */
export type TierSchemeConnection = {
  __typename?: 'TierSchemeConnection';
  /** 本页分级方案版本 · The tier scheme versions of this page. */
  edges: Array<TierSchemeEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的分级方案版本总数 · Number of tier scheme versions matching. */
  totalCount: Scalars['Int']['output'];
};

/** 分级方案版本列表的一项 · One of the tier scheme versions in a connection. */
export type TierSchemeEdge = {
  __typename?: 'TierSchemeEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 分级方案版本 · The item. */
  node: TierScheme;
};

/** 分级方式 · How a tier scheme cuts the merchants. */
export type TierSchemeKind =
  /** 按利润排名的累计占比 · By cumulative share of the profit ranking. */
  | 'SHARE'
  /** 按指标门槛 · By a minimum of a measure over the period. */
  | 'THRESHOLD';

/** 分级方案的一级 · One level of a tier scheme. */
export type TierSchemeLevel = {
  __typename?: 'TierSchemeLevel';
  /** 累计商户占比（%，占比方案）· Cumulative share of merchants in percent (share schemes); null otherwise. */
  cumulativePercent?: Maybe<Scalars['Float']['output']>;
  /** 英文名称 · Name in English. */
  en: Scalars['String']['output'];
  /** 门槛（元，门槛方案；最低一级为 null，涵盖其余商户）· Minimum of the measure in yuan (threshold schemes); null for the bottom level, which takes everyone else. */
  minAmount?: Maybe<Scalars['Decimal']['output']>;
  /** 对应的客户分级 · The tier code the level stands for. */
  tier: TierCode;
  /** 中文名称 · Name in Chinese. */
  zh: Scalars['String']['output'];
};

/** 分级方案的一级 · One level of a tier scheme. */
export type TierSchemeLevelInput = {
  /** 累计商户占比（%，最多两位小数，逐级上升，最后一级 100）· Cumulative share in percent, at most 2 decimals, rising to 100 (share schemes). */
  cumulativePercent?: InputMaybe<Scalars['Float']['input']>;
  /** 英文名称（1–20 字）· Name in English, 1 to 20 characters. */
  en: Scalars['String']['input'];
  /** 门槛（元，自上而下递减；最低一级不填）· Minimum in yuan, falling from the top; none for the bottom level (threshold schemes). */
  minAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** 对应的客户分级（自上而下）· The tier code, top first. */
  tier: TierCode;
  /** 中文名称（1–20 字）· Name in Chinese, 1 to 20 characters. */
  zh: Scalars['String']['input'];
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

/** 分级历史（分页）· A page of stored tier snapshots. */
export type TierSnapshotEntryConnection = {
  __typename?: 'TierSnapshotEntryConnection';
  /** 本页分级历史 · The stored tier snapshots of this page. */
  edges: Array<TierSnapshotEntryEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的分级历史总数 · Number of stored tier snapshots matching. */
  totalCount: Scalars['Int']['output'];
};

/** 分级历史列表的一项 · One of the stored tier snapshots in a connection. */
export type TierSnapshotEntryEdge = {
  __typename?: 'TierSnapshotEntryEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 分级历史 · The item. */
  node: TierSnapshotEntry;
};

/** 商户时间线上的一件事 · One event on a merchant’s timeline. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** 经办人登录名 · Who, by login. */
  actor?: Maybe<Scalars['String']['output']>;
  /** 经办人姓名（无此用户时为登录名）· Who, by name (the login where no user has it). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** 时间 · When. */
  at: Scalars['DateTimeISO']['output'];
  /** 游标（用于 timeline 的 before；timelineConnection 用 edge 的游标）· Cursor for `before` of `timeline`; timelineConnection pages with its edges’ cursors. */
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

/** 时间线事件（分页）· A page of timeline events. */
export type TimelineEventConnection = {
  __typename?: 'TimelineEventConnection';
  /** 本页时间线事件 · The timeline events of this page. */
  edges: Array<TimelineEventEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的时间线事件总数 · Number of timeline events matching. */
  totalCount: Scalars['Int']['output'];
};

/** 时间线事件列表的一项 · One of the timeline events in a connection. */
export type TimelineEventEdge = {
  __typename?: 'TimelineEventEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 时间线事件 · The item. */
  node: TimelineEvent;
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

/** 修改商户：只改给出的字段，null 清空可空字段 · A merchant’s changes: only the fields given change; null clears a nullable one. */
export type UpdateMerchantInput = {
  /** 封顶手续费（元/笔；null 清空）· Fee cap per transaction in yuan; null clears it. */
  cap?: InputMaybe<Scalars['String']['input']>;
  /** 商户类型（须与 MCC 相符）· Category; must be the one of the MCC. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 联系人手机号（加密保存；null 清空）· Contact mobile, stored encrypted; null clears it. */
  contactMobile?: InputMaybe<Scalars['String']['input']>;
  /** 联系人姓名（null 清空）· Contact name; null clears it. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 费率方案：rate 或 capped · Fee plan: rate or capped. */
  feePlan?: InputMaybe<Scalars['String']['input']>;
  /** 新费率方案的生效日期（默认今天；须晚于最后结算日，不晚于今天）· Day the new fee plan takes effect: today by default; after the last settled day, not after today. */
  feePlanFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 客户经理登录名 · Login of the owning account manager. */
  manager?: InputMaybe<Scalars['String']['input']>;
  /** MCC（4 位数字）· Merchant category code, 4 digits. */
  mcc?: InputMaybe<Scalars['String']['input']>;
  /** 注册名称 · Registered name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 商户扣率，小数 · Merchant rate as a decimal fraction. */
  rate?: InputMaybe<Scalars['String']['input']>;
  /** 商户状态：onboarding、active、dormant、churned、terminated · Status. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** 变更状态的原因（变更状态时必填）· Why the status changes; required when it does. */
  statusReason?: InputMaybe<Scalars['String']['input']>;
  /** 经营名称（null 清空）· Trading name; null clears it. */
  tradingName?: InputMaybe<Scalars['String']['input']>;
};

/** 用户变更（只填要改的）· A change of a user; give only what changes. */
export type UpdateUserInput = {
  /** 新分公司 · New branch. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 新姓名 · New display name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** 新角色 · New role. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** 系统用户 · A user of Cornerstone: account manager, branch manager, operations, analyst or administrator. */
export type User = Node & {
  __typename?: 'User';
  /** 在用（停用的用户不能登录）· Active; a deactivated user cannot sign in. */
  active: Scalars['Boolean']['output'];
  /** 所属分公司 · The branch the user belongs to; null for company-wide roles. */
  branch?: Maybe<Scalars['String']['output']>;
  /** 显示名称 · Display name. */
  displayName: Scalars['String']['output'];
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 最近登录时间（仅本人及其管理者可见）· The last successful sign-in; null unless it is you or a user you manage. */
  lastSignInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 登录名 · Login name. */
  login: Scalars['String']['output'];
  /** 须先修改密码（一次性密码登录后）· Must choose a new password (after a one-time password) before anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** 角色 · Role: admin, branch_manager, account_manager, operations or analyst. */
  role: Scalars['String']['output'];
};

/** 用户（分页）· A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** 本页用户 · The users of this page. */
  edges: Array<UserEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的用户总数 · Number of users matching. */
  totalCount: Scalars['Int']['output'];
};

/** 用户列表的一项 · One of the users in a connection. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 用户 · The item. */
  node: User;
};

/** 用户及其一次性密码（只显示这一次）· A user and their one-time password, shown this once. */
export type UserWithPassword = {
  __typename?: 'UserWithPassword';
  /** 一次性密码：首次登录后须立即修改；不保存、不记录 · One-time password: to be changed at the next sign-in; never stored in clear nor logged. */
  oneTimePassword: Scalars['String']['output'];
  /** 用户 · The user. */
  user: User;
};

/** 用户筛选 · Which users to list. */
export type UsersFilter = {
  /** 在用或已停用 · Active (true) or deactivated (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** 分公司名称 · Branch name. */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** 角色 · Role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** 登录名或姓名包含（不区分大小写）· Part of the login or display name, in any case. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 一次投递（至少一次送达）· One delivery of an event to a subscription. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** 已尝试次数 · Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** 送达时间 · Delivered. */
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 事件 · Event. */
  event: Scalars['String']['output'];
  /** 事件编号（接收方据此去重）· Event id; receivers de-duplicate by it. */
  eventId: Scalars['ID']['output'];
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 最近一次错误 · Last error. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** 最近一次 HTTP 状态 · Last HTTP status. */
  lastStatus?: Maybe<Scalars['Int']['output']>;
  /** 下次尝试 · Next attempt. */
  nextAttemptAt: Scalars['DateTimeISO']['output'];
  /** 事件内容（JSON）· The event’s payload as JSON. */
  payload: Scalars['String']['output'];
  /** 状态：pending、delivered、failed · Status. */
  status: Scalars['String']['output'];
  /** 订阅编号 · Subscription id. */
  subscriptionId: Scalars['Int']['output'];
};

/** 投递记录（分页）· A page of deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** 本页投递记录 · The deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的投递记录总数 · Number of deliveries matching. */
  totalCount: Scalars['Int']['output'];
};

/** 投递记录列表的一项 · One of the deliveries in a connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** 投递记录 · The item. */
  node: WebhookDelivery;
};

/** 一轮投递的结果 · What one delivery round did. */
export type WebhookDeliveryRun = {
  __typename?: 'WebhookDeliveryRun';
  /** 已送达 · Delivered. */
  delivered: Scalars['Int']['output'];
  /** 已放弃 · Given up. */
  failed: Scalars['Int']['output'];
  /** 将重试 · To be retried. */
  retried: Scalars['Int']['output'];
};

/** 可订阅的事件（见 docs/events.md）· Events a webhook can subscribe to (docs/events.md). */
export type WebhookEvent =
  /** 投诉超时并升级 · A complaint breached its SLA and was escalated. */
  | 'COMPLAINT_SLA_BREACHED'
  /** 导入结束 · An import finished. */
  | 'IMPORT_FINISHED'
  /** 商户移交给另一位客户经理 · A merchant moved to another account manager. */
  | 'MERCHANT_MANAGER_CHANGED'
  /** 商户状态变化 · A merchant’s status changed. */
  | 'MERCHANT_STATUS_CHANGED'
  /** 分级快照中商户层级变化 · A merchant’s tier changed in a snapshot. */
  | 'MERCHANT_TIER_CHANGED'
  /** 积分记账（累积、兑换、调整、过期）· A points entry was posted. */
  | 'POINTS_POSTED';

/** Webhook 订阅 · A webhook subscription. */
export type WebhookSubscription = Node & {
  __typename?: 'WebhookSubscription';
  /** 是否有效 · Active. */
  active: Scalars['Boolean']['output'];
  /** 创建时间 · Created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 创建人 · Created by. */
  createdBy: Scalars['String']['output'];
  /** 订阅的事件 · Events subscribed to. */
  events: Array<Scalars['String']['output']>;
  /** 全局编号（不透明）· Global id, opaque; use it with node(id). */
  id: Scalars['ID']['output'];
  /** 接收地址 · Receiver URL. */
  url: Scalars['String']['output'];
};

/** Webhook 订阅（分页）· A page of webhook subscriptions. */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  /** 本页Webhook 订阅 · The webhook subscriptions of this page. */
  edges: Array<WebhookSubscriptionEdge>;
  /** 分页信息 · Page information. */
  pageInfo: PageInfo;
  /** 符合条件的Webhook 订阅总数 · Number of webhook subscriptions matching. */
  totalCount: Scalars['Int']['output'];
};

/** Webhook 订阅列表的一项 · One of the webhook subscriptions in a connection. */
export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  /** 游标 · Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** Webhook 订阅 · The item. */
  node: WebhookSubscription;
};

/** 每日工作量 · What one working day holds. */
export type WorkCapacity = {
  __typename?: 'WorkCapacity';
  /** 电话（含跟进与挽留）· Calls a day, follow-ups and retention calls included. */
  calls: Scalars['Int']['output'];
  /** 其他（短信、问候、信息核实）· Other items a day: messages, greetings, re-verifications. */
  others: Scalars['Int']['output'];
  /** 来源 · Whose setting it is. */
  source: CapacitySource;
  /** 拜访 · Visits a day. */
  visits: Scalars['Int']['output'];
};

/** 每日工作量 · What one working day holds. */
export type WorkCapacityInput = {
  /** 电话，0–200 · Calls a day, 0 to 200. */
  calls: Scalars['Int']['input'];
  /** 其他，0–200 · Other items a day, 0 to 200. */
  others: Scalars['Int']['input'];
  /** 拜访，0–200 · Visits a day, 0 to 200. */
  visits: Scalars['Int']['input'];
};

/** 客户经理 · An account manager. */
export type WorkManager = {
  __typename?: 'WorkManager';
  /** 分公司 · Branch. */
  branch?: Maybe<Scalars['String']['output']>;
  /** 姓名 · Name. */
  displayName: Scalars['String']['output'];
  /** 登录名 · Login. */
  login: Scalars['String']['output'];
};

/** 今日计划：按优先级、在每日工作量之内的任务 · Today’s plan: the tasks, highest priority first, that fit the day’s capacity. */
export type WorkPlan = {
  __typename?: 'WorkPlan';
  /** 每日工作量 · The capacity it fits. */
  capacity: WorkCapacity;
  /** 日期 · The day. */
  date: Scalars['Date']['output'];
  /** 可选入计划的任务（3 天内到期及逾期）· Open tasks due within 3 days or overdue: what the plan was chosen from. */
  eligibleCount: Scalars['Int']['output'];
  /** 谁的计划 · Whose plan. */
  manager: WorkManager;
  /** 其中已逾期 · Of those, overdue. */
  overdueCount: Scalars['Int']['output'];
  /** 计划内的任务，按优先级 · The planned tasks, highest priority first. */
  tasks: Array<MaintenanceTask>;
};

export type MoveMerchantsMutationVariables = Exact<{
  input: MoveMerchantsInput;
}>;


export type MoveMerchantsMutation = { __typename?: 'Mutation', moveMerchants: { __typename?: 'MerchantMove', moved: number, unchanged: number, to: { __typename?: 'MoveTarget', login: string, displayName: string } } };

export type ScopeBranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeBranchesQuery = { __typename?: 'Query', branchesConnection: { __typename?: 'BranchConnection', totalCount: number, edges: Array<{ __typename?: 'BranchEdge', node: { __typename?: 'Branch', id: string, name: string, region?: string | null } }> } };

export type ScopeManagersQueryVariables = Exact<{
  branch?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScopeManagersQuery = { __typename?: 'Query', accountManagersConnection: { __typename?: 'AccountManagerConnection', totalCount: number, edges: Array<{ __typename?: 'AccountManagerEdge', node: { __typename?: 'User', id: string, login: string, displayName: string, branch?: string | null } }> } };

export type TierNamesQueryVariables = Exact<{
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type TierNamesQuery = { __typename?: 'Query', tierScheme: { __typename?: 'TierScheme', id: string, levels: Array<{ __typename?: 'TierSchemeLevel', tier: TierCode, zh: string, en: string }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEdge', node: { __typename?: 'AuditEntry', id: string, at: string, actor?: string | null, role?: string | null, action: string, target?: string | null, outcome: string, ip?: string | null, requestId?: string | null, detail?: string | null } }> } };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { __typename?: 'Query', auditActions: Array<string> };

export type AuditActorsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditActorsQuery = { __typename?: 'Query', usersConnection: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, login: string, displayName: string } }> } };

export type ApiTokensQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokensConnection: { __typename?: 'ApiTokenConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ApiTokenEdge', node: { __typename?: 'ApiToken', id: string, name: string, role: string, branch?: string | null, createdBy: string, createdAt: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null } }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: ApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreatedApiToken', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string, role: string, branch?: string | null, createdBy: string, createdAt: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: boolean };

export type WebhookSubscriptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookSubscriptionsQuery = { __typename?: 'Query', webhookSubscriptionsConnection: { __typename?: 'WebhookSubscriptionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookSubscriptionEdge', node: { __typename?: 'WebhookSubscription', id: string, url: string, events: Array<string>, active: boolean, createdBy: string, createdAt: string } }> } };

export type SubscribeWebhookMutationVariables = Exact<{
  url: Scalars['String']['input'];
  events: Array<WebhookEvent> | WebhookEvent;
}>;


export type SubscribeWebhookMutation = { __typename?: 'Mutation', subscribeWebhook: { __typename?: 'CreatedWebhookSubscription', secret: string, subscription: { __typename?: 'WebhookSubscription', id: string, url: string, events: Array<string>, active: boolean, createdBy: string, createdAt: string } } };

export type UnsubscribeWebhookMutationVariables = Exact<{
  subscription: Scalars['ID']['input'];
}>;


export type UnsubscribeWebhookMutation = { __typename?: 'Mutation', unsubscribeWebhook: boolean };

export type WebhookDeliveriesQueryVariables = Exact<{
  subscription?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveriesConnection: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, eventId: string, event: string, status: string, attempts: number, nextAttemptAt: string, lastStatus?: number | null, lastError?: string | null, deliveredAt?: string | null } }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplayWebhookDeliveryMutation = { __typename?: 'Mutation', replayWebhookDelivery: boolean };

export type DeliverWebhooksNowMutationVariables = Exact<{ [key: string]: never; }>;


export type DeliverWebhooksNowMutation = { __typename?: 'Mutation', deliverWebhooksNow: { __typename?: 'WebhookDeliveryRun', delivered: number, retried: number, failed: number } };

export type UsersQueryVariables = Exact<{
  filter?: InputMaybe<UsersFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', usersConnection: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, login: string, displayName: string, role: string, branch?: string | null, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null } }> } };

export type UserBranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type UserBranchesQuery = { __typename?: 'Query', branchesConnection: { __typename?: 'BranchConnection', edges: Array<{ __typename?: 'BranchEdge', node: { __typename?: 'Branch', id: string, name: string } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserWithPassword', oneTimePassword: string, user: { __typename?: 'User', id: string, login: string, displayName: string, role: string, branch?: string | null, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null } } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, login: string, displayName: string, role: string, branch?: string | null, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null } };

export type DeactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, login: string, active: boolean } };

export type ReactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, login: string, active: boolean } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'UserWithPassword', oneTimePassword: string, user: { __typename?: 'User', id: string, login: string, mustChangePassword: boolean } } };

export type LoginMutationVariables = Exact<{
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', login: string, displayName: string, role: string, branch?: string | null, mustChangePassword: boolean } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', login: string, displayName: string, role: string, branch?: string | null, mustChangePassword: boolean } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'User', login: string, displayName: string, role: string, branch?: string | null, mustChangePassword: boolean } };

export type RunGreetingCampaignMutationVariables = Exact<{
  input: GreetingCampaignInput;
}>;


export type RunGreetingCampaignMutation = { __typename?: 'Mutation', runGreetingCampaign: { __typename?: 'GreetingCampaignRun', campaignId: number, created: number, alreadyThere: number } };

export type MarkGreetingsSentMutationVariables = Exact<{
  taskIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkGreetingsSentMutation = { __typename?: 'Mutation', markGreetingsSent: { __typename?: 'GreetingsSent', sent: number, skipped: Array<string> } };

export type GreetingTasksQueryVariables = Exact<{
  filter: TaskFilter;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GreetingTasksQuery = { __typename?: 'Query', tasks: { __typename?: 'MaintenanceTaskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MaintenanceTaskEdge', node: { __typename?: 'MaintenanceTask', id: string, state: TaskState, dueOn: string, campaign?: string | null, message?: string | null, merchant: { __typename?: 'Merchant', mid: string, name: string, manager: { __typename?: 'User', login: string, displayName: string } } } }> } };

export type HolidayCalendarQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type HolidayCalendarQuery = { __typename?: 'Query', holidayCalendar: { __typename?: 'HolidayCalendar', year: number, entries: Array<{ __typename?: 'HolidayDate', holiday: Holiday, date: string, offFrom?: string | null, offTo?: string | null }> } };

export type SetHolidayCalendarMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  entries: Array<HolidayDateInput> | HolidayDateInput;
}>;


export type SetHolidayCalendarMutation = { __typename?: 'Mutation', setHolidayCalendar: { __typename?: 'HolidayCalendar', year: number, entries: Array<{ __typename?: 'HolidayDate', holiday: Holiday, date: string, offFrom?: string | null, offTo?: string | null }> } };

export type AtRiskMerchantsQueryVariables = Exact<{
  filter?: InputMaybe<MerchantFilter>;
  orderBy: AtRiskOrder;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type AtRiskMerchantsQuery = { __typename?: 'Query', atRiskMerchants: { __typename?: 'AtRiskMerchantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'AtRiskMerchantEdge', node: { __typename?: 'AtRiskMerchant', asOf: string, score: number, clv?: string | null, probabilityAlive?: number | null, valueAtRisk?: string | null, reasons: Array<{ __typename?: 'ChurnReason', key: string, weight: number, zh: string, en: string }>, merchant: { __typename?: 'Merchant', mid: string, name: string, branch: string, manager: { __typename?: 'User', login: string, displayName: string } } } }> } };

export type ClvBacktestQueryVariables = Exact<{ [key: string]: never; }>;


export type ClvBacktestQuery = { __typename?: 'Query', clvBacktest?: { __typename?: 'ClvBacktest', id: number, asOf: string, holdoutMonths: number, activeMonths: number, calibrationEnd: string, merchants: number, leavers: number, actual: number, predicted: number, scoreFitted: boolean, computedAt: string, deciles: Array<{ __typename?: 'BacktestDecile', decile: number, count: number, sumPredicted: number, sumActual: number }>, signals: Array<{ __typename?: 'BacktestSignal', key: string, auc?: number | null, precisionTop5: number, precisionTop10: number }> } | null };

export type MerchantChurnQueryVariables = Exact<{
  mid: Scalars['String']['input'];
}>;


export type MerchantChurnQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, churn?: { __typename?: 'MerchantChurn', asOf: string, score: number, valueAtRisk?: string | null, reasons: Array<{ __typename?: 'ChurnReason', key: string, weight: number, zh: string, en: string }> } | null } | null };

export type CustomerEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerEventsQuery = { __typename?: 'Query', customerEventsConnection: { __typename?: 'CustomerEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CustomerEventEdge', node: { __typename?: 'CustomerEvent', id: string, kind: string, title: string, startsAt: string, location?: string | null, segment: string, createdBy: string, invited: number, accepted: number, attended: number } }> } };

export type CreateCustomerEventMutationVariables = Exact<{
  input: CustomerEventInput;
}>;


export type CreateCustomerEventMutation = { __typename?: 'Mutation', createCustomerEvent: { __typename?: 'CustomerEvent', id: string, kind: string, title: string, startsAt: string, location?: string | null, segment: string, createdBy: string, invited: number, accepted: number, attended: number } };

export type InviteToEventMutationVariables = Exact<{
  event: Scalars['ID']['input'];
}>;


export type InviteToEventMutation = { __typename?: 'Mutation', inviteToEvent: { __typename?: 'InvitationRun', invited: number, alreadyInvited: number } };

export type EventInvitationsQueryVariables = Exact<{
  event: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventInvitationsQuery = { __typename?: 'Query', customerEvent?: { __typename?: 'CustomerEvent', id: string, invitationsConnection: { __typename?: 'EventInvitationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'EventInvitationEdge', node: { __typename?: 'EventInvitation', id: string, mid: string, name: string, rsvp: string, invitedAt: string, attendedAt?: string | null } }> } } | null };

export type RespondToInvitationMutationVariables = Exact<{
  event: Scalars['ID']['input'];
  mid: Scalars['String']['input'];
  rsvp: Scalars['String']['input'];
}>;


export type RespondToInvitationMutation = { __typename?: 'Mutation', respondToInvitation: boolean };

export type RecordEventAttendanceMutationVariables = Exact<{
  event: Scalars['ID']['input'];
  mid: Scalars['String']['input'];
}>;


export type RecordEventAttendanceMutation = { __typename?: 'Mutation', recordEventAttendance: string };

export type ImportRunQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type ImportRunQuery = { __typename?: 'Query', importRun?: { __typename?: 'ImportRun', id: number, kind: ImportKind, fileName: string, status: string, progress: number, rowsRead: number, inserted: number, updated: number, skipped: number, rejected: number, startedAt: string, finishedAt?: string | null, format?: string | null, encoding?: string | null, sheet?: string | null, errorCount: number, firstError: { __typename?: 'ImportRowErrorConnection', edges: Array<{ __typename?: 'ImportRowErrorEdge', node: { __typename?: 'ImportRowError', row: number, column: string } }> }, lastError: { __typename?: 'ImportRowErrorConnection', edges: Array<{ __typename?: 'ImportRowErrorEdge', node: { __typename?: 'ImportRowError', row: number, column: string } }> } } | null };

export type ImportRunErrorsQueryVariables = Exact<{
  id: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportRunErrorsQuery = { __typename?: 'Query', importRun?: { __typename?: 'ImportRun', id: number, errorsConnection: { __typename?: 'ImportRowErrorConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRowErrorEdge', node: { __typename?: 'ImportRowError', row: number, column: string, cell?: string | null, message: string, code?: string | null, params?: string | null } }> } } | null };

export type ImportRunsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportRunsQuery = { __typename?: 'Query', importRunsConnection: { __typename?: 'DataImportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'DataImportEdge', node: { __typename?: 'DataImport', id: string, runId: number, kind: ImportKind, fileName: string, status: string, progress: number, rowsRead: number, inserted: number, updated: number, skipped: number, rejected: number, startedAt: string, finishedAt?: string | null } }> } };

export type PointsRulesQueryVariables = Exact<{
  on?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PointsRulesQuery = { __typename?: 'Query', pointsRules: { __typename?: 'PointsRuleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PointsRuleEdge', node: { __typename?: 'PointsRule', code: string, category?: string | null, feePlan: string, cap?: string | null, discountBelow?: string | null, discountAtLeast?: string | null, amountThreshold?: string | null, cappedCountN?: number | null, validFrom: string, validTo?: string | null, savedBy: string, savedAt: string } }> } };

export type SavePointsRulesMutationVariables = Exact<{
  effectiveFrom: Scalars['Date']['input'];
  rules: Array<PointsRuleInput> | PointsRuleInput;
}>;


export type SavePointsRulesMutation = { __typename?: 'Mutation', savePointsRules: { __typename?: 'PointsTableSaved', effectiveFrom: string, rows: number } };

export type CadencePolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type CadencePolicyQuery = { __typename?: 'Query', cadencePolicy: Array<{ __typename?: 'CadenceRule', tier: TierCode, channel: CadenceChannel, everyDays: number, satisfiedBy: Array<InteractionKind> }> };

export type SetCadencePolicyMutationVariables = Exact<{
  rules: Array<CadenceRuleInput> | CadenceRuleInput;
}>;


export type SetCadencePolicyMutation = { __typename?: 'Mutation', setCadencePolicy: { __typename?: 'TaskRefresh', created: number, moved: number, done: number, cancelled: number } };

export type MyWorkTasksQueryVariables = Exact<{
  filter: TaskFilter;
  overdueFilter: TaskFilter;
  dueFilter: TaskFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
  orderBy: TaskOrder;
}>;


export type MyWorkTasksQuery = { __typename?: 'Query', overdue: { __typename?: 'MaintenanceTaskConnection', totalCount: number }, due: { __typename?: 'MaintenanceTaskConnection', totalCount: number }, list: { __typename?: 'MaintenanceTaskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'MaintenanceTaskEdge', cursor: string, node: { __typename?: 'MaintenanceTask', id: string, kind: TaskKind, channel: string, state: TaskState, dueOn: string, daysOverdue: number, tier?: TierCode | null, campaign?: string | null, lastContactOn?: string | null, everyDays?: number | null, priority: { __typename?: 'TaskPriority', score: number, tier: number, cadenceTier?: TierCode | null, kind: number, late: number, cases: number, value: number, openComplaints: number, openFaults: number, valueAtRisk?: string | null }, merchant: { __typename?: 'Merchant', mid: string, name: string, tier?: TierCode | null, manager: { __typename?: 'User', login: string, displayName: string } } } }> } };

export type WorkTaskRowFragment = { __typename?: 'MaintenanceTask', id: string, kind: TaskKind, channel: string, state: TaskState, dueOn: string, daysOverdue: number, tier?: TierCode | null, campaign?: string | null, lastContactOn?: string | null, everyDays?: number | null, priority: { __typename?: 'TaskPriority', score: number, tier: number, cadenceTier?: TierCode | null, kind: number, late: number, cases: number, value: number, openComplaints: number, openFaults: number, valueAtRisk?: string | null }, merchant: { __typename?: 'Merchant', mid: string, name: string, tier?: TierCode | null, manager: { __typename?: 'User', login: string, displayName: string } } };

export type WorkPlanQueryVariables = Exact<{
  manager?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
}>;


export type WorkPlanQuery = { __typename?: 'Query', workPlan?: { __typename?: 'WorkPlan', date: string, eligibleCount: number, overdueCount: number, manager: { __typename?: 'WorkManager', login: string, displayName: string }, capacity: { __typename?: 'WorkCapacity', visits: number, calls: number, others: number, source: CapacitySource }, tasks: Array<{ __typename?: 'MaintenanceTask', id: string, kind: TaskKind, channel: string, state: TaskState, dueOn: string, daysOverdue: number, tier?: TierCode | null, campaign?: string | null, lastContactOn?: string | null, everyDays?: number | null, priority: { __typename?: 'TaskPriority', score: number, tier: number, cadenceTier?: TierCode | null, kind: number, late: number, cases: number, value: number, openComplaints: number, openFaults: number, valueAtRisk?: string | null }, merchant: { __typename?: 'Merchant', mid: string, name: string, tier?: TierCode | null, manager: { __typename?: 'User', login: string, displayName: string } } }> } | null };

export type TeamBacklogQueryVariables = Exact<{
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamBacklogQuery = { __typename?: 'Query', everyone: { __typename?: 'WorkCapacity', visits: number, calls: number, others: number, source: CapacitySource }, teamBacklog: Array<{ __typename?: 'ManagerBacklog', open: number, overdue: number, dueSoon: number, overdueImportant: number, daysToClear?: number | null, manager: { __typename?: 'WorkManager', login: string, displayName: string, branch?: string | null }, capacity: { __typename?: 'WorkCapacity', visits: number, calls: number, others: number, source: CapacitySource } }> };

export type SetWorkCapacityMutationVariables = Exact<{
  input?: InputMaybe<WorkCapacityInput>;
  manager: Scalars['String']['input'];
}>;


export type SetWorkCapacityMutation = { __typename?: 'Mutation', setWorkCapacity: { __typename?: 'WorkCapacity', visits: number, calls: number, others: number, source: CapacitySource } };

export type SetEveryonesWorkCapacityMutationVariables = Exact<{
  input: WorkCapacityInput;
}>;


export type SetEveryonesWorkCapacityMutation = { __typename?: 'Mutation', setEveryonesWorkCapacity: { __typename?: 'WorkCapacity', visits: number, calls: number, others: number, source: CapacitySource } };

export type CompleteChoresMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CompleteChoresMutation = { __typename?: 'Mutation', completeChores: { __typename?: 'ChoresDone', greetings: number, reverified: number } };

export type MaintenanceKpisQueryVariables = Exact<{
  period: Scalars['String']['input'];
  by: KpiGrouping;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MaintenanceKpisQuery = { __typename?: 'Query', maintenanceKpisConnection: { __typename?: 'MaintenanceKpiConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MaintenanceKpiEdge', node: { __typename?: 'MaintenanceKpi', key: string, name: string, visits: number, calls: number, otherContacts: number, keyCustomers: number, keyOnCadence: number, keyOnCadenceShare?: number | null, overdueTasks: number } }> } };

export type MerchantMaintenanceQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MerchantMaintenanceQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, cadence?: { __typename?: 'MerchantCadence', tier: TierCode, cadenceTier: TierCode, potential: boolean, period: string } | null, openTasks: { __typename?: 'MaintenanceTaskConnection', totalCount: number, edges: Array<{ __typename?: 'MaintenanceTaskEdge', node: { __typename?: 'MaintenanceTask', id: string, kind: TaskKind, channel: string, state: TaskState, dueOn: string, daysOverdue: number, tier?: TierCode | null, campaign?: string | null, lastContactOn?: string | null, everyDays?: number | null } }> }, overdueTasks: { __typename?: 'MaintenanceTaskConnection', totalCount: number }, timelineConnection: { __typename?: 'TimelineEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TimelineEventEdge', node: { __typename?: 'TimelineEvent', at: string, type: TimelineEventType, kind: string, summary: string, actor?: string | null, actorName?: string | null, superseded: boolean, ref: string } }> } } | null };

export type RecordInteractionMutationVariables = Exact<{
  input: InteractionInput;
}>;


export type RecordInteractionMutation = { __typename?: 'Mutation', recordInteraction: { __typename?: 'Interaction', id: string, kind: InteractionKind, occurredAt: string, outcome: InteractionOutcome, notes?: string | null, nextFollowUp?: string | null, staffLogin: string } };

export type TierFollowUpQueryVariables = Exact<{ [key: string]: never; }>;


export type TierFollowUpQuery = { __typename?: 'Query', tierFollowUp: { __typename?: 'TierFollowUp', pendingPeriods: Array<string>, running: boolean } };

export type MerchantListQueryVariables = Exact<{
  filter?: InputMaybe<MerchantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MerchantOrderField>;
  direction?: InputMaybe<OrderDirection>;
  period: Scalars['String']['input'];
}>;


export type MerchantListQuery = { __typename?: 'Query', merchants: { __typename?: 'MerchantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'MerchantEdge', cursor: string, node: { __typename?: 'Merchant', mid: string, name: string, category: string, categoryName: string, branch: string, status: string, tier?: TierCode | null, profit: string, lastContactOn?: string | null, manager: { __typename?: 'User', login: string, displayName: string }, feePlan: { __typename?: 'FeePlan', kind: string, rate: string, cap?: string | null }, clv?: { __typename?: 'MerchantClv', clv: string } | null } }> } };

export type MerchantPageQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  m0: Scalars['String']['input'];
  m1: Scalars['String']['input'];
  m2: Scalars['String']['input'];
}>;


export type MerchantPageQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, name: string, tradingName?: string | null, mcc: string, category: string, categoryName: string, branch: string, status: string, onboardedOn: string, tier0?: TierCode | null, tier1?: TierCode | null, tier2?: TierCode | null, manager: { __typename?: 'User', login: string, displayName: string }, feePlan: { __typename?: 'FeePlan', kind: string, rate: string, cap?: string | null, listRate: string, discount: string }, contact: { __typename?: 'MerchantContact', name?: string | null, mobile?: string | null, verifiedOn?: string | null }, tierHistoryConnection: { __typename?: 'TierSnapshotEntryConnection', edges: Array<{ __typename?: 'TierSnapshotEntryEdge', node: { __typename?: 'TierSnapshotEntry', period: string, tier: TierCode, rank: number, profit: string } }> }, trend: Array<{ __typename?: 'MonthPoint', month: string, txnCount: number, txnAmount: string, merchantFee: string, profit: string }> } | null };

export type MerchantChangesQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type MerchantChangesQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, changesConnection: { __typename?: 'MerchantChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'MerchantChangeEdge', cursor: string, node: { __typename?: 'MerchantChange', changedAt: string, actor: string, source: string, kind: string, changes: string } }> } } | null };

export type MerchantTerminalsQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type MerchantTerminalsQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, terminalsConnection: { __typename?: 'TerminalConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'TerminalEdge', cursor: string, node: { __typename?: 'Terminal', id: string, tid: string, model: string, serialNo: string, installedOn: string, status: TerminalStatus } }> } } | null };

export type MerchantPointsQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type MerchantPointsQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, points: { __typename?: 'PointsAccount', balance: number, entriesConnection: { __typename?: 'PointsEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PointsEntryEdge', cursor: string, node: { __typename?: 'PointsEntry', id: string, kind: string, points: number, balanceAfter: number, source: string, actor: string, reason?: string | null, createdAt: string } }> } } } | null };

export type RevealContactMutationVariables = Exact<{
  mid: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevealContactMutation = { __typename?: 'Mutation', revealContact: { __typename?: 'RevealedContact', mid: string, name?: string | null, mobile?: string | null } };

export type RedeemPointsMutationVariables = Exact<{
  mid: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type RedeemPointsMutation = { __typename?: 'Mutation', redeemPoints: { __typename?: 'PointsPosting', entryId: string, points: number, balanceAfter: number, replayed: boolean } };

export type CreateMerchantMutationVariables = Exact<{
  input: CreateMerchantInput;
}>;


export type CreateMerchantMutation = { __typename?: 'Mutation', createMerchant: { __typename?: 'Merchant', mid: string } };

export type UpdateMerchantMutationVariables = Exact<{
  mid: Scalars['String']['input'];
  input: UpdateMerchantInput;
}>;


export type UpdateMerchantMutation = { __typename?: 'Mutation', updateMerchant: { __typename?: 'Merchant', mid: string, name: string, tradingName?: string | null, mcc: string, category: string, categoryName: string, status: string, manager: { __typename?: 'User', login: string, displayName: string }, feePlan: { __typename?: 'FeePlan', kind: string, rate: string, cap?: string | null, listRate: string, discount: string }, contact: { __typename?: 'MerchantContact', name?: string | null, mobile?: string | null, verifiedOn?: string | null } } };

export type CatalogueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogueQuery = { __typename?: 'Query', productsConnection: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ProductEdge', node: { __typename?: 'Product', id: string, code: string, nameZh: string, nameEn: string, reasonZh: string, reasonEn: string, rule: string, cooldownDays: number, active: boolean } }> } };

export type SaveProductMutationVariables = Exact<{
  input: ProductInput;
}>;


export type SaveProductMutation = { __typename?: 'Mutation', saveProduct: { __typename?: 'Product', id: string, code: string, nameZh: string, nameEn: string, reasonZh: string, reasonEn: string, rule: string, cooldownDays: number, active: boolean } };

export type ComplaintsQueryVariables = Exact<{
  filter?: InputMaybe<ComplaintFilter>;
  orderBy?: DeskOrder;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ComplaintsQuery = { __typename?: 'Query', complaints: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ComplaintEdge', cursor: string, node: { __typename?: 'Complaint', id: string, kind: ComplaintKind, channel: ComplaintChannel, category: ComplaintCategory, summary: string, status: ComplaintStatus, receivedAt: string, openedBy: string, assigneeLogin?: string | null, assigneeName?: string | null, firstResponseAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, resolution?: string | null, satisfaction?: number | null, escalationLevel: number, escalatedAt?: string | null, merchant: { __typename?: 'Merchant', mid: string, name: string, branch: string }, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, resolutionSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'ComplaintEvent', id: string, at: string, actor: string, action: string, fromStatus?: ComplaintStatus | null, toStatus?: ComplaintStatus | null, note?: string | null }> } }> } };

export type RespondToComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToComplaintMutation = { __typename?: 'Mutation', respondToComplaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, firstResponseAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, resolution?: string | null, satisfaction?: number | null, assigneeLogin?: string | null, assigneeName?: string | null, escalationLevel: number, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, resolutionSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'ComplaintEvent', id: string, at: string, actor: string, action: string, fromStatus?: ComplaintStatus | null, toStatus?: ComplaintStatus | null, note?: string | null }> } };

export type ResolveComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
}>;


export type ResolveComplaintMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, firstResponseAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, resolution?: string | null, satisfaction?: number | null, assigneeLogin?: string | null, assigneeName?: string | null, escalationLevel: number, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, resolutionSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'ComplaintEvent', id: string, at: string, actor: string, action: string, fromStatus?: ComplaintStatus | null, toStatus?: ComplaintStatus | null, note?: string | null }> } };

export type CloseComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  satisfaction: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloseComplaintMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, firstResponseAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, resolution?: string | null, satisfaction?: number | null, assigneeLogin?: string | null, assigneeName?: string | null, escalationLevel: number, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, resolutionSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'ComplaintEvent', id: string, at: string, actor: string, action: string, fromStatus?: ComplaintStatus | null, toStatus?: ComplaintStatus | null, note?: string | null }> } };

export type ReopenComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReopenComplaintMutation = { __typename?: 'Mutation', reopenComplaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, firstResponseAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, resolution?: string | null, satisfaction?: number | null, assigneeLogin?: string | null, assigneeName?: string | null, escalationLevel: number, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, resolutionSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'ComplaintEvent', id: string, at: string, actor: string, action: string, fromStatus?: ComplaintStatus | null, toStatus?: ComplaintStatus | null, note?: string | null }> } };

export type AssignComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  assignee: Scalars['String']['input'];
}>;


export type AssignComplaintMutation = { __typename?: 'Mutation', assignComplaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, firstResponseAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, resolution?: string | null, satisfaction?: number | null, assigneeLogin?: string | null, assigneeName?: string | null, escalationLevel: number, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, resolutionSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'ComplaintEvent', id: string, at: string, actor: string, action: string, fromStatus?: ComplaintStatus | null, toStatus?: ComplaintStatus | null, note?: string | null }> } };

export type OpenComplaintMutationVariables = Exact<{
  input: OpenComplaintInput;
}>;


export type OpenComplaintMutation = { __typename?: 'Mutation', openComplaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus } };

export type ComplaintAssigneesQueryVariables = Exact<{
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type ComplaintAssigneesQuery = { __typename?: 'Query', accountManagersConnection: { __typename?: 'AccountManagerConnection', edges: Array<{ __typename?: 'AccountManagerEdge', node: { __typename?: 'User', login: string, displayName: string, branch?: string | null } }> } };

export type FaultTicketsQueryVariables = Exact<{
  filter?: InputMaybe<FaultTicketFilter>;
  orderBy?: DeskOrder;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type FaultTicketsQuery = { __typename?: 'Query', faultTickets: { __typename?: 'FaultTicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'FaultTicketEdge', cursor: string, node: { __typename?: 'FaultTicket', id: string, tid: string, description: string, status: FaultStatus, reportedAt: string, openedBy: string, assigneeLogin?: string | null, assigneeName?: string | null, assignedAt?: string | null, onSiteAt?: string | null, fixedAt?: string | null, closedAt?: string | null, resolution?: string | null, merchant: { __typename?: 'Merchant', mid: string, name: string, branch: string }, terminal: { __typename?: 'Terminal', id: string, tid: string, model: string, serialNo: string, status: TerminalStatus }, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, repairSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'FaultEvent', id: string, at: string, actor: string, fromStatus?: FaultStatus | null, toStatus: FaultStatus, note?: string | null }> } }> } };

export type AssignFaultTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  assignee?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignFaultTicketMutation = { __typename?: 'Mutation', assignFaultTicket: { __typename?: 'FaultTicket', id: string, status: FaultStatus, assigneeLogin?: string | null, assigneeName?: string | null, assignedAt?: string | null, onSiteAt?: string | null, fixedAt?: string | null, closedAt?: string | null, resolution?: string | null, terminal: { __typename?: 'Terminal', id: string, status: TerminalStatus }, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, repairSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'FaultEvent', id: string, at: string, actor: string, fromStatus?: FaultStatus | null, toStatus: FaultStatus, note?: string | null }> } };

export type MoveFaultTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: FaultStatus;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type MoveFaultTicketMutation = { __typename?: 'Mutation', moveFaultTicket: { __typename?: 'FaultTicket', id: string, status: FaultStatus, assigneeLogin?: string | null, assigneeName?: string | null, assignedAt?: string | null, onSiteAt?: string | null, fixedAt?: string | null, closedAt?: string | null, resolution?: string | null, terminal: { __typename?: 'Terminal', id: string, status: TerminalStatus }, responseSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, repairSla: { __typename?: 'SlaClock', state: SlaState, dueAt: string, minutesLeft?: number | null, minutesTaken?: number | null }, events: Array<{ __typename?: 'FaultEvent', id: string, at: string, actor: string, fromStatus?: FaultStatus | null, toStatus: FaultStatus, note?: string | null }> } };

export type OpenFaultTicketMutationVariables = Exact<{
  input: FaultTicketInput;
}>;


export type OpenFaultTicketMutation = { __typename?: 'Mutation', openFaultTicket: { __typename?: 'FaultTicket', id: string, status: FaultStatus, tid: string } };

export type SlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaPoliciesQuery = { __typename?: 'Query', slaPolicies: Array<{ __typename?: 'SlaPolicy', kind: SlaKind, responseHours: number, resolutionHours: number, updatedAt: string, updatedBy: string }> };

export type SetSlaPolicyMutationVariables = Exact<{
  kind: SlaKind;
  responseHours: Scalars['Int']['input'];
  resolutionHours: Scalars['Int']['input'];
}>;


export type SetSlaPolicyMutation = { __typename?: 'Mutation', setSlaPolicy: { __typename?: 'SlaPolicy', kind: SlaKind, responseHours: number, resolutionHours: number, updatedAt: string, updatedBy: string } };

export type TierSchemeFieldsFragment = { __typename?: 'TierScheme', id: string, kind: TierSchemeKind, measure?: TierMeasure | null, effectiveFrom?: string | null, createdBy: string, createdAt: string, levels: Array<{ __typename?: 'TierSchemeLevel', tier: TierCode, zh: string, en: string, cumulativePercent?: number | null, minAmount?: string | null }> };

export type TierSchemeInForceQueryVariables = Exact<{ [key: string]: never; }>;


export type TierSchemeInForceQuery = { __typename?: 'Query', tierScheme: { __typename?: 'TierScheme', id: string, kind: TierSchemeKind, measure?: TierMeasure | null, effectiveFrom?: string | null, createdBy: string, createdAt: string, levels: Array<{ __typename?: 'TierSchemeLevel', tier: TierCode, zh: string, en: string, cumulativePercent?: number | null, minAmount?: string | null }> } };

export type TierSchemeVersionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type TierSchemeVersionsQuery = { __typename?: 'Query', tierSchemes: { __typename?: 'TierSchemeConnection', totalCount: number, edges: Array<{ __typename?: 'TierSchemeEdge', node: { __typename?: 'TierScheme', id: string, kind: TierSchemeKind, measure?: TierMeasure | null, effectiveFrom?: string | null, createdBy: string, createdAt: string, levels: Array<{ __typename?: 'TierSchemeLevel', tier: TierCode, zh: string, en: string, cumulativePercent?: number | null, minAmount?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type SetTierSchemeMutationVariables = Exact<{
  input: SetTierSchemeInput;
}>;


export type SetTierSchemeMutation = { __typename?: 'Mutation', setTierScheme: { __typename?: 'SetTierSchemeResult', recomputedPeriods: Array<string>, scheme: { __typename?: 'TierScheme', id: string, kind: TierSchemeKind, measure?: TierMeasure | null, effectiveFrom?: string | null, createdBy: string, createdAt: string, levels: Array<{ __typename?: 'TierSchemeLevel', tier: TierCode, zh: string, en: string, cumulativePercent?: number | null, minAmount?: string | null }> } } };

export type PyramidQueryVariables = Exact<{
  period: Scalars['String']['input'];
  compare: Scalars['String']['input'];
  filter?: InputMaybe<MerchantFilter>;
}>;


export type PyramidQuery = { __typename?: 'Query', pyramid: { __typename?: 'Pyramid', period: string, merchantCount: number, totalProfit: string, gini: number, top20Share: number, tiers: Array<{ __typename?: 'PyramidTier', tier: TierCode, zh: string, en: string, merchantCount: number, countShare: number, profit: string, profitShare: number }> }, previous: { __typename?: 'Pyramid', period: string, merchantCount: number, totalProfit: string, tiers: Array<{ __typename?: 'PyramidTier', tier: TierCode, zh: string, en: string, merchantCount: number, countShare: number, profit: string, profitShare: number }> }, lorenz: Array<{ __typename?: 'LorenzPoint', merchantShare: number, profitShare: number }>, tierMigration: { __typename?: 'TierMigration', from: string, to: string, cells: Array<{ __typename?: 'MigrationCell', fromTier?: TierCode | null, toTier?: TierCode | null, merchantCount: number }> }, tierScheme: { __typename?: 'TierScheme', id: string, kind: TierSchemeKind, measure?: TierMeasure | null, effectiveFrom?: string | null } };

export type MerchantValueQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type MerchantValueQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, products: Array<string>, clv?: { __typename?: 'MerchantClv', asOf: string, clv: string, probabilityAlive: number, expectedTransactions: number, model: ClvModel, expectedActiveMonths?: number | null } | null, recommendationsConnection: { __typename?: 'RecommendationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'RecommendationEdge', node: { __typename?: 'Recommendation', id: string, score: number, fit: number, peerAdoption: number, reasonsZh: Array<string>, reasonsEn: Array<string>, product: { __typename?: 'Product', id: string, code: string, nameZh: string, nameEn: string, cooldownDays: number } } }> } } | null, productsConnection: { __typename?: 'ProductConnection', edges: Array<{ __typename?: 'ProductEdge', node: { __typename?: 'Product', id: string, code: string, nameZh: string, nameEn: string } }> } };

export type RecordProductOfferMutationVariables = Exact<{
  mid: Scalars['String']['input'];
  product: Scalars['String']['input'];
  outcome: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordProductOfferMutation = { __typename?: 'Mutation', recordProductOffer: { __typename?: 'ProductOffer', id: string, product: string, outcome: string, offeredOn: string, staff: string } };

export type BenchmarkReportQueryVariables = Exact<{
  mid: Scalars['String']['input'];
  period: Scalars['String']['input'];
}>;


export type BenchmarkReportQuery = { __typename?: 'Query', merchant?: { __typename?: 'Merchant', mid: string, name: string, tradingName?: string | null, category: string, categoryName: string, branch: string, status: string, reportTier?: TierCode | null, manager: { __typename?: 'User', login: string, displayName: string }, feePlan: { __typename?: 'FeePlan', kind: string, rate: string }, benchmark: { __typename?: 'Benchmark', period: string, peers: number, categoryFeeRate?: number | null, metrics: Array<{ __typename?: 'BenchmarkMetric', metric: string, value?: number | null, percentile?: number | null, peerMedian?: number | null }> } } | null };

export type RecommendationWorkQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type RecommendationWorkQuery = { __typename?: 'Query', recommendationWork: Array<{ __typename?: 'RecommendationTask', merchant: { __typename?: 'Merchant', mid: string, name: string, tier?: { __typename?: 'MerchantCadence', cadenceTier: TierCode } | null }, top: { __typename?: 'Recommendation', score: number, reasonsZh: Array<string>, reasonsEn: Array<string>, product: { __typename?: 'Product', code: string, nameZh: string, nameEn: string } } }> };

export const WorkTaskRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceTier"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"openFaults"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<WorkTaskRowFragment, unknown>;
export const TierSchemeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativePercent"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}}]}}]}}]} as unknown as DocumentNode<TierSchemeFieldsFragment, unknown>;
export const MoveMerchantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveMerchants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveMerchantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveMerchants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MoveMerchantsMutation, MoveMerchantsMutationVariables>;
export const ScopeBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeBranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeBranchesQuery, ScopeBranchesQueryVariables>;
export const ScopeManagersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeManagers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountManagersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeManagersQuery, ScopeManagersQueryVariables>;
export const TierNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<TierNamesQuery, TierNamesQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActions"}}]}}]} as unknown as DocumentNode<AuditActionsQuery, AuditActionsQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokensConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const WebhookSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptionsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const SubscribeWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEvent"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeWebhookMutation, SubscribeWebhookMutationVariables>;
export const UnsubscribeWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscription"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscription"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscription"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeWebhookMutation, UnsubscribeWebhookMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscription"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveriesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscription"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscription"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const DeliverWebhooksNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliverWebhooksNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverWebhooksNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"retried"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]} as unknown as DocumentNode<DeliverWebhooksNowMutation, DeliverWebhooksNowMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsersFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserBranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserBranchesQuery, UserBranchesQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"cookie"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RunGreetingCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunGreetingCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GreetingCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runGreetingCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyThere"}}]}}]}}]} as unknown as DocumentNode<RunGreetingCampaignMutation, RunGreetingCampaignMutationVariables>;
export const MarkGreetingsSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkGreetingsSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markGreetingsSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<MarkGreetingsSentMutation, MarkGreetingsSentMutationVariables>;
export const GreetingTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GreetingTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GreetingTasksQuery, GreetingTasksQueryVariables>;
export const HolidayCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolidayCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"offFrom"}},{"kind":"Field","name":{"kind":"Name","value":"offTo"}}]}}]}}]}}]} as unknown as DocumentNode<HolidayCalendarQuery, HolidayCalendarQueryVariables>;
export const SetHolidayCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHolidayCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HolidayDateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHolidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"offFrom"}},{"kind":"Field","name":{"kind":"Name","value":"offTo"}}]}}]}}]}}]} as unknown as DocumentNode<SetHolidayCalendarMutation, SetHolidayCalendarMutationVariables>;
export const AtRiskMerchantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AtRiskMerchants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AtRiskOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRiskMerchants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"clv"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityAlive"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AtRiskMerchantsQuery, AtRiskMerchantsQueryVariables>;
export const ClvBacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClvBacktest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clvBacktest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutMonths"}},{"kind":"Field","name":{"kind":"Name","value":"activeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationEnd"}},{"kind":"Field","name":{"kind":"Name","value":"merchants"}},{"kind":"Field","name":{"kind":"Name","value":"leavers"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"predicted"}},{"kind":"Field","name":{"kind":"Name","value":"scoreFitted"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deciles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decile"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumPredicted"}},{"kind":"Field","name":{"kind":"Name","value":"sumActual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"auc"}},{"kind":"Field","name":{"kind":"Name","value":"precisionTop5"}},{"kind":"Field","name":{"kind":"Name","value":"precisionTop10"}}]}}]}}]}}]} as unknown as DocumentNode<ClvBacktestQuery, ClvBacktestQueryVariables>;
export const MerchantChurnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantChurn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantChurnQuery, MerchantChurnQueryVariables>;
export const CustomerEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerEventsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerEventsQuery, CustomerEventsQueryVariables>;
export const CreateCustomerEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomerEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomerEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerEventMutation, CreateCustomerEventMutationVariables>;
export const InviteToEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyInvited"}}]}}]}}]} as unknown as DocumentNode<InviteToEventMutation, InviteToEventMutationVariables>;
export const EventInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rsvp"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventInvitationsQuery, EventInvitationsQueryVariables>;
export const RespondToInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rsvp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}},{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}},{"kind":"Argument","name":{"kind":"Name","value":"rsvp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rsvp"}}}]}]}}]} as unknown as DocumentNode<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const RecordEventAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEventAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEventAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}},{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}]}]}}]} as unknown as DocumentNode<RecordEventAttendanceMutation, RecordEventAttendanceMutationVariables>;
export const ImportRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","alias":{"kind":"Name","value":"firstError"},"name":{"kind":"Name","value":"errorsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lastError"},"name":{"kind":"Name","value":"errorsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunQuery, ImportRunQueryVariables>;
export const ImportRunErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRunErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunErrorsQuery, ImportRunErrorsQueryVariables>;
export const ImportRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRunsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunsQuery, ImportRunsQueryVariables>;
export const PointsRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"discountBelow"}},{"kind":"Field","name":{"kind":"Name","value":"discountAtLeast"}},{"kind":"Field","name":{"kind":"Name","value":"amountThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"cappedCountN"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointsRulesQuery, PointsRulesQueryVariables>;
export const SavePointsRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePointsRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointsRuleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePointsRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<SavePointsRulesMutation, SavePointsRulesMutationVariables>;
export const CadencePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadencePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadencePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"}}]}}]}}]} as unknown as DocumentNode<CadencePolicyQuery, CadencePolicyQueryVariables>;
export const SetCadencePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCadencePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CadenceRuleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCadencePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<SetCadencePolicyMutation, SetCadencePolicyMutationVariables>;
export const MyWorkTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueFilter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueFilter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"list"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkTaskRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceTier"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"openFaults"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkTasksQuery, MyWorkTasksQueryVariables>;
export const WorkPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"manager"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"manager"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manager"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"others"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkTaskRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceTier"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"openFaults"}},{"kind":"Field","name":{"kind":"Name","value":"valueAtRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<WorkPlanQuery, WorkPlanQueryVariables>;
export const TeamBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamBacklog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"everyone"},"name":{"kind":"Name","value":"workCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"others"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"others"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdueImportant"}},{"kind":"Field","name":{"kind":"Name","value":"daysToClear"}}]}}]}}]} as unknown as DocumentNode<TeamBacklogQuery, TeamBacklogQueryVariables>;
export const SetWorkCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkCapacityInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"manager"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"manager"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manager"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"others"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SetWorkCapacityMutation, SetWorkCapacityMutationVariables>;
export const SetEveryonesWorkCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEveryonesWorkCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEveryonesWorkCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"others"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SetEveryonesWorkCapacityMutation, SetEveryonesWorkCapacityMutationVariables>;
export const CompleteChoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteChores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeChores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greetings"}},{"kind":"Field","name":{"kind":"Name","value":"reverified"}}]}}]}}]} as unknown as DocumentNode<CompleteChoresMutation, CompleteChoresMutationVariables>;
export const MaintenanceKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaintenanceKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceKpisConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"otherContacts"}},{"kind":"Field","name":{"kind":"Name","value":"keyCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"keyOnCadence"}},{"kind":"Field","name":{"kind":"Name","value":"keyOnCadenceShare"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaintenanceKpisQuery, MaintenanceKpisQueryVariables>;
export const MerchantMaintenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantMaintenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceTier"}},{"kind":"Field","name":{"kind":"Name","value":"potential"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdueTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OVERDUE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timelineConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantMaintenanceQuery, MerchantMaintenanceQueryVariables>;
export const RecordInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"staffLogin"}}]}}]}}]} as unknown as DocumentNode<RecordInteractionMutation, RecordInteractionMutationVariables>;
export const TierFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"running"}}]}}]}}]} as unknown as DocumentNode<TierFollowUpQuery, TierFollowUpQueryVariables>;
export const MerchantListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantOrderField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"profit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"clv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clv"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantListQuery, MerchantListQueryVariables>;
export const MerchantPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tradingName"}},{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onboardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"listRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tier0"},"name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m0"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"tier1"},"name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m1"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"tier2"},"name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m2"}}}]},{"kind":"Field","name":{"kind":"Name","value":"tierHistoryConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"txnCount"}},{"kind":"Field","name":{"kind":"Name","value":"txnAmount"}},{"kind":"Field","name":{"kind":"Name","value":"merchantFee"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}}]}}]}}]}}]} as unknown as DocumentNode<MerchantPageQuery, MerchantPageQueryVariables>;
export const MerchantChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"changesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantChangesQuery, MerchantChangesQueryVariables>;
export const MerchantTerminalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantTerminals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"terminalsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"installedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantTerminalsQuery, MerchantTerminalsQueryVariables>;
export const MerchantPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"entriesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantPointsQuery, MerchantPointsQueryVariables>;
export const RevealContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}}]}}]} as unknown as DocumentNode<RevealContactMutation, RevealContactMutationVariables>;
export const RedeemPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"points"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}},{"kind":"Argument","name":{"kind":"Name","value":"points"},"value":{"kind":"Variable","name":{"kind":"Name","value":"points"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]}}]} as unknown as DocumentNode<RedeemPointsMutation, RedeemPointsMutationVariables>;
export const CreateMerchantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMerchant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMerchantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMerchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}}]}}]}}]} as unknown as DocumentNode<CreateMerchantMutation, CreateMerchantMutationVariables>;
export const UpdateMerchantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMerchant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMerchantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMerchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tradingName"}},{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"listRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMerchantMutation, UpdateMerchantMutationVariables>;
export const CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownDays"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const SaveProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonEn"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownDays"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SaveProductMutation, SaveProductMutationVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeskOrder"}}},"defaultValue":{"kind":"EnumValue","value":"URGENCY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const RespondToComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToComplaintMutation, RespondToComplaintMutationVariables>;
export const ResolveComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveComplaintMutation, ResolveComplaintMutationVariables>;
export const CloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"satisfaction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const ReopenComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenComplaintMutation, ReopenComplaintMutationVariables>;
export const AssignComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignee"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<AssignComplaintMutation, AssignComplaintMutationVariables>;
export const OpenComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenComplaintMutation, OpenComplaintMutationVariables>;
export const ComplaintAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintAssignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountManagersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintAssigneesQuery, ComplaintAssigneesQueryVariables>;
export const FaultTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultTicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeskOrder"}}},"defaultValue":{"kind":"EnumValue","value":"URGENCY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteAt"}},{"kind":"Field","name":{"kind":"Name","value":"fixedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultTicketsQuery, FaultTicketsQueryVariables>;
export const AssignFaultTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignFaultTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignFaultTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignee"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignee"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteAt"}},{"kind":"Field","name":{"kind":"Name","value":"fixedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<AssignFaultTicketMutation, AssignFaultTicketMutationVariables>;
export const MoveFaultTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveFaultTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFaultTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLogin"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteAt"}},{"kind":"Field","name":{"kind":"Name","value":"fixedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repairSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"minutesTaken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<MoveFaultTicketMutation, MoveFaultTicketMutationVariables>;
export const OpenFaultTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenFaultTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFaultTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tid"}}]}}]}}]} as unknown as DocumentNode<OpenFaultTicketMutation, OpenFaultTicketMutationVariables>;
export const SlaPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]} as unknown as DocumentNode<SlaPoliciesQuery, SlaPoliciesQueryVariables>;
export const SetSlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSlaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseHours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolutionHours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"responseHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseHours"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolutionHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolutionHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]} as unknown as DocumentNode<SetSlaPolicyMutation, SetSlaPolicyMutationVariables>;
export const TierSchemeInForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierSchemeInForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierSchemeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativePercent"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}}]}}]}}]} as unknown as DocumentNode<TierSchemeInForceQuery, TierSchemeInForceQueryVariables>;
export const TierSchemeVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierSchemeVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierSchemeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativePercent"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}}]}}]}}]} as unknown as DocumentNode<TierSchemeVersionsQuery, TierSchemeVersionsQueryVariables>;
export const SetTierSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTierScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTierSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTierScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TierSchemeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recomputedPeriods"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TierSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativePercent"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}}]}}]}}]} as unknown as DocumentNode<SetTierSchemeMutation, SetTierSchemeMutationVariables>;
export const PyramidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pyramid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compare"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MerchantFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pyramid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalProfit"}},{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"top20Share"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"countShare"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}},{"kind":"Field","name":{"kind":"Name","value":"profitShare"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"pyramid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalProfit"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}},{"kind":"Field","name":{"kind":"Name","value":"countShare"}},{"kind":"Field","name":{"kind":"Name","value":"profit"}},{"kind":"Field","name":{"kind":"Name","value":"profitShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lorenz"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"points"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchantShare"}},{"kind":"Field","name":{"kind":"Name","value":"profitShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierMigration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTier"}},{"kind":"Field","name":{"kind":"Name","value":"toTier"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<PyramidQuery, PyramidQueryVariables>;
export const MerchantValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"clv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"clv"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityAlive"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"expectedActiveMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"peerAdoption"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsEn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownDays"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantValueQuery, MerchantValueQueryVariables>;
export const RecordProductOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProductOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProductOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}},{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}}]}}]} as unknown as DocumentNode<RecordProductOfferMutation, RecordProductOfferMutationVariables>;
export const BenchmarkReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchmarkReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tradingName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reportTier"},"name":{"kind":"Name","value":"tier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"peers"}},{"kind":"Field","name":{"kind":"Name","value":"categoryFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"peerMedian"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchmarkReportQuery, BenchmarkReportQueryVariables>;
export const RecommendationWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tier"},"name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadenceTier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsZh"}},{"kind":"Field","name":{"kind":"Name","value":"reasonsEn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationWorkQuery, RecommendationWorkQueryVariables>;