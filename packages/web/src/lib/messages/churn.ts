// 流失预警 · churn: the at-risk list, the back-test of the models, the score on the merchant page.

export const CHURN_MESSAGES = {
  menuAtRisk: { zh: '流失预警', en: 'At risk' },
  atRiskTab: { zh: '预警名单', en: 'At-risk list' },
  backtestTab: { zh: '模型回测', en: 'Back-test' },
  churnScore: { zh: '流失概率', en: 'Churn risk' },
  churnReasons: { zh: '主要原因', en: 'Reasons' },
  clv: { zh: '生命周期价值', en: 'Lifetime value' },
  valueAtRisk: { zh: '风险价值', en: 'Value at risk' },
  orderBy: { zh: '排序', en: 'Order' },
  'atRiskOrder.VALUE_AT_RISK': { zh: '按风险价值', en: 'By value at risk' },
  'atRiskOrder.SCORE': { zh: '按流失概率', en: 'By churn risk' },
  atRiskTotal: { zh: '共 {n} 户有流失风险', en: '{n} merchants at risk' },
  atRiskHint: {
    zh: '流失概率：未来两个月不再交易的概率；风险价值 = 生命周期价值 × 流失概率。评分基准日 {asOf}。',
    en: 'Churn risk: the probability of no business in the next two months; value at risk = lifetime value × churn risk. Scored as of {asOf}.',
  },
  noAtRisk: {
    zh: '暂无流失预警：评分由 clv compute（估算生命周期价值）生成，尚未运行或没有商户达到预警线',
    en: 'Nobody at risk: the scores come from `clv compute` (the lifetime-value estimate), which has not run yet or found no merchant above the line',
  },
  noReasons: { zh: '无明显风险信号', en: 'No notable signal' },
  churnCard: { zh: '流失风险', en: 'Churn risk' },
  churnLine: {
    zh: '未来两个月流失概率 {score}，风险价值 {var}（{asOf} 评分）',
    en: '{score} likely to leave in the next two months, value at risk {var} (scored {asOf})',
  },
  churnLineNoValue: {
    zh: '未来两个月流失概率 {score}（{asOf} 评分）',
    en: '{score} likely to leave in the next two months (scored {asOf})',
  },
  backtestHeader: {
    zh: '基准日 {asOf} · 校准期截至 {calibrationEnd} · 留出 {holdout} 个月 · 评估商户 {merchants} 户 · 其中流失 {leavers} 户',
    en: 'As of {asOf} · calibration to {calibrationEnd} · holdout {holdout} months · {merchants} merchants judged · {leavers} left',
  },
  backtestJudged: {
    zh: '评估对象：校准期最后 {n} 个月有交易的商户；流失 = 留出期内没有活跃月。计算于 {at}。',
    en: 'Judged: merchants with business in the last {n} calibration months; a leaver had no active month in the holdout. Computed {at}.',
  },
  scoreFitted: {
    zh: '流失评分的权重按历史数据拟合',
    en: 'The churn score’s weights were fitted on the history',
  },
  scoreByRule: {
    zh: '流失评分的权重为规则设定（流失样本太少，未拟合），仅作排序参考',
    en: 'The churn score’s weights were set by rule (too few leavers to fit them): use it to rank, not as a probability',
  },
  calibration: {
    zh: '校准：各十分位的预测与实际活跃月数',
    en: 'Calibration: predicted and actual active months by decile',
  },
  calibrationNote: {
    zh: '商户按模型预测的留出期活跃月数从高到低分为十组（1 为最高）；两条柱越接近，预测越准。',
    en: 'Merchants in ten groups by the active months the model forecast for the holdout (1 highest); the closer the two bars, the better the forecast.',
  },
  decile: { zh: '十分位', en: 'Decile' },
  activeMonthsAxis: { zh: '活跃月数（合计）', en: 'Active months (sum)' },
  predicted: { zh: '预测', en: 'Predicted' },
  actual: { zh: '实际', en: 'Actual' },
  merchantsCount: { zh: '商户数', en: 'Merchants' },
  meanPredicted: { zh: '户均预测', en: 'Mean predicted' },
  meanActual: { zh: '户均实际', en: 'Mean actual' },
  decileTotal: { zh: '合计', en: 'Total' },
  signals: { zh: '流失信号对比', en: 'Churn signals compared' },
  signal: { zh: '信号', en: 'Signal' },
  auc: { zh: 'AUC', en: 'AUC' },
  bestSignal: { zh: 'AUC 最高的信号', en: 'The signal with the highest AUC' },
  precisionTop5: { zh: '风险最高 5% 的命中率', en: 'Precision, top 5%' },
  precisionTop10: { zh: '风险最高 10% 的命中率', en: 'Precision, top 10%' },
  signalsNote: {
    zh: 'AUC 0.5 为随机、1 为完美；命中率：风险最高的 5%/10% 商户中实际流失的比例。',
    en: 'AUC: 0.5 is chance, 1 is perfect. Precision: the share of leavers among the 5% / 10% of merchants ranked most at risk.',
  },
  'signal.pAlive': { zh: '模型 P(alive)', en: 'Model P(alive)' },
  'signal.rule': { zh: '现行规则', en: 'Current rule' },
  'signal.score': { zh: '流失评分', en: 'Churn score' },
  'signalHint.pAlive': { zh: '1 − 仍活跃概率', en: '1 − probability still active' },
  'signalHint.rule': {
    zh: '30 天无交易或交易额下降 ≥ 50%',
    en: 'Dormant 30 days or volume down 50% or more',
  },
  'signalHint.score': { zh: '带原因的流失评分', en: 'The score with reasons' },
  noBacktest: {
    zh: '暂无回测：管理员可运行 clv backtest 生成',
    en: 'No back-test yet: an administrator may run `clv backtest`',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
