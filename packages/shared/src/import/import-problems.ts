import { MoneyFormatError, RateFormatError } from '../money/money.ts';

// The row errors of an import, worded in both languages: merged into the one table of problem codes
// (problems.ts), where `problemText` fills them. The English is what the command line prints
// (`FILE:ROW:COLUMN message`) and what integrators have always read; the web shows the user's
// language by the code. `{column}` is a column's contract name (mid, txn_amount): the web shows it by
// its Chinese name in Chinese.

type Words = { zh: string; en: string };

/** Problems of the whole file: not text, not a workbook, no header, no rows, a malformed CSV. */
const FILE = {
  'import.emptyFile': { zh: '文件是空的（没有表头行）', en: 'the file is empty (no header row)' },
  'import.noRows': { zh: '文件只有表头，没有数据行', en: 'the file has no data rows' },
  'import.notText': {
    zh: '文件既不是 UTF-8 也不是 GB18030（GBK）文本：请另存为 UTF-8（Excel：CSV UTF-8），或指定编码',
    en: 'the file is neither UTF-8 nor GB18030 (GBK) text: save it as UTF-8 (Excel: CSV UTF-8), or name its encoding',
  },
  'import.notTextFromLine': {
    zh: '从此行起文件不是 {encoding} 文本：请重新另存为 UTF-8，或指定编码',
    en: 'the file is not {encoding} text from this line on; save it again as UTF-8, or name its encoding',
  },
  'import.unknownEncoding': {
    zh: '未知的编码“{name}”：请用 utf-8 或 gb18030（GBK）',
    en: 'unknown encoding "{name}": use utf-8 or gb18030 (GBK)',
  },
  'import.xlsWorkbook': {
    zh: '无法读取 Excel 97–2003 的 .xls 工作簿：请另存为 .xlsx（或 CSV UTF-8）',
    en: 'an Excel 97–2003 .xls workbook cannot be read: save it as .xlsx (or CSV UTF-8)',
  },
  'import.badWorkbook': {
    zh: '文件不是可读取的 .xlsx 工作簿（{detail}）：可能不完整或已损坏，请用 Excel 重新保存',
    en: 'the file is not a readable .xlsx workbook ({detail}): it may be cut short or damaged; save it again from Excel',
  },
  'import.noSuchSheet': {
    zh: '工作簿中没有工作表“{sheet}”（现有工作表：{sheets}）',
    en: 'the workbook has no sheet "{sheet}" (its sheets: {sheets})',
  },
  'import.noSheet': { zh: '工作簿中没有工作表', en: 'the workbook has no sheet' },
  'import.rowTooLong': {
    zh: '此行超过 {kib} KiB（本文件的字段不会这么长），其后的内容未读取',
    en: 'the row is longer than {kib} KiB (no field of this file is that long); nothing after it was read',
  },
  'import.csvFieldCount': {
    zh: '此行有 {got} 个字段，表头有 {expected} 个',
    en: 'the row has {got} fields; the header has {expected}',
  },
  'import.csvQuoteNotClosed': {
    zh: '引号没有闭合，直到文件末尾',
    en: 'a quote is never closed, up to the end of the file',
  },
  'import.csvClosingQuote': {
    zh: '引号闭合后还有其他字符（单元格内的引号应写作 ""）',
    en: 'a closing quote is followed by more text (a quote inside a cell is written "")',
  },
  'import.csvOpeningQuote': {
    zh: '单元格中间有引号（请给整个单元格加引号，单元格内的引号写作 ""）',
    en: 'a quote in the middle of a cell (quote the whole cell, and write a quote inside it as "")',
  },
  'import.csvMalformed': { zh: 'CSV 格式有误：{detail}', en: '{detail}' },
} as const satisfies Record<string, Words>;

/** Problems of the header row. */
const HEADER = {
  'import.columnTwice': {
    zh: '{column} 列在表头中出现两次（“{first}”和“{second}”）',
    en: 'column {column} is in the header twice ("{first}" and "{second}")',
  },
  'import.columnMissing': {
    zh: '表头缺少“{alias}”列（{column}）',
    en: 'column "{column}" ({alias}) is missing from the header',
  },
  'import.columnMissingNear': {
    zh: '表头缺少“{alias}”列（{column}）；表头中有“{cell}”，是否应为“{name}”？',
    en: 'column "{column}" ({alias}) is missing from the header; the header has "{cell}": did you mean "{name}"?',
  },
} as const satisfies Record<string, Words>;

/** Problems of a cell, whatever the kind of file. */
const CELL = {
  'import.nulByte': { zh: '{column} 含有 NUL 字节（U+0000）', en: '{column} contains a NUL byte (U+0000)' },
  'import.controlChar': {
    zh: '{column} 含有控制字符（{char}）',
    en: '{column} contains a control character ({char})',
  },
  'import.excelError': { zh: '单元格是 Excel 错误值 {error}', en: 'the cell holds the Excel error {error}' },
  'import.formulaNoResult': {
    zh: '单元格是没有保存结果的公式',
    en: 'the cell holds a formula with no stored result',
  },
  'import.cellEmpty': { zh: '{column} 为空', en: '{column} is empty' },
  'import.dateFormat': {
    zh: '{column}“{value}”不是 YYYY-MM-DD 格式的日期',
    en: '{column} "{value}" is not a YYYY-MM-DD date',
  },
  'import.midFormat': { zh: '商户号“{value}”不是 15 位数字', en: 'mid "{value}" is not 15 digits' },
  'import.countFormat': {
    zh: '{column}“{value}”不是非负整数',
    en: '{column} "{value}" is not a non-negative integer',
  },
  'import.countTooLarge': { zh: '{column} {value} 过大', en: '{column} {value} is too large' },
  'import.amountEmpty': { zh: '{column}：金额为空', en: '{column}: empty amount' },
  'import.amountDecimals': {
    zh: '{column}：“{value}”超过 2 位小数',
    en: '{column}: more than 2 decimals: "{value}"',
  },
  'import.amountInvalid': {
    zh: '{column}：“{value}”不是以元为单位的金额',
    en: '{column}: not a yuan amount: "{value}"',
  },
  'import.amountTooLarge': { zh: '{column}：金额“{value}”过大', en: '{column}: amount too large: "{value}"' },
  'import.amountNegative': { zh: '{column} {value} 为负数', en: '{column} {value} is negative' },
} as const satisfies Record<string, Words>;

/** merchants files: the merchant's rules, and the users and branches it names. */
const MERCHANT = {
  'import.nameTooLong': { zh: '商户名称超过 {max} 字', en: 'name is longer than {max} characters' },
  'import.unknownCategory': { zh: '未知的商户类型“{value}”', en: 'unknown category "{value}"' },
  'import.mccFormat': { zh: 'MCC“{value}”不是 4 位数字', en: 'mcc "{value}" is not 4 digits' },
  'import.mccCategory': {
    zh: 'MCC {mcc} 属于{actual}，不属于{category}',
    en: 'mcc {mcc} belongs to {actual}, not {category}',
  },
  'import.feePlanFormat': {
    zh: '费率方案“{value}”不是 rate（扣率）或 capped（封顶）',
    en: 'fee_plan "{value}" is not rate or capped',
  },
  'import.rateEmpty': { zh: '扣率为空', en: 'rate: empty rate' },
  'import.rateDecimals': { zh: '扣率“{value}”超过 6 位小数', en: 'rate: more than 6 decimals: "{value}"' },
  'import.rateInvalid': {
    zh: '扣率“{value}”不是小数（如 0.0078）',
    en: 'rate: not a decimal fraction: "{value}"',
  },
  'import.rateBelowOne': { zh: '扣率“{value}”须小于 1', en: 'rate: rate must be below 1: "{value}"' },
  'import.rateNotPositive': { zh: '扣率须大于 0', en: 'rate must be above 0' },
  'import.rateTooHigh': { zh: '扣率不能超过 {max}', en: 'rate must be at most {max}' },
  'import.capMissing': { zh: '封顶方案须有大于 0 的封顶金额', en: 'a capped plan needs a cap above 0' },
  'import.capForRatePlan': { zh: '扣率方案不设封顶', en: 'a rate plan has no cap' },
  'import.mobileFormat': {
    zh: '联系电话不是大陆手机号（11 位，1[3-9]…）',
    en: 'contact_mobile is not a mainland mobile number (11 digits, 1[3-9]…)',
  },
  'import.unknownManager': { zh: '没有登录名为“{login}”的用户', en: 'unknown manager login "{login}"' },
  'import.unknownBranch': { zh: '没有分公司“{branch}”', en: 'unknown branch "{branch}"' },
  'import.duplicateMid': { zh: '商户号 {mid} 在文件中重复', en: 'duplicate mid {mid} in this file' },
  'import.outsideScopeManager': {
    zh: '超出您的权限范围：“{login}”不是您管辖的用户',
    en: 'outside your scope: "{login}" is not one of your users',
  },
  'import.outsideScopeMerchant': {
    zh: '超出您的权限范围：您不能修改商户 {mid}',
    en: 'outside your scope: merchant {mid} is not one you may change',
  },
  'import.outsideScopeBranch': {
    zh: '超出您的权限范围：“{branch}”不是您的分公司',
    en: 'outside your scope: branch "{branch}" is not yours',
  },
} as const satisfies Record<string, Words>;

/** settlements files: the day's figures, the window of settle dates, the rows already stored. */
const SETTLEMENT = {
  'import.settleDateWindow': {
    zh: '清算日期 {date} 不在可接受的范围 {from}..{to} 内',
    en: 'settle_date {date} is outside the accepted window {from}..{to}',
  },
  'import.cappedCountExceeds': {
    zh: '封顶笔数 {capped} 超过交易笔数 {total}',
    en: 'capped_count {capped} exceeds txn_count {total}',
  },
  'import.cappedAmountExceeds': {
    zh: '封顶交易金额 {capped} 超过交易金额 {total}',
    en: 'capped_amount {capped} exceeds txn_amount {total}',
  },
  'import.amountWithoutCount': {
    zh: '交易笔数为 0，交易金额却为 {amount}',
    en: 'txn_count is 0 but txn_amount is {amount}',
  },
  'import.cappedAmountWithoutCount': {
    zh: '封顶笔数为 0，封顶交易金额却为 {amount}',
    en: 'capped_count is 0 but capped_amount is {amount}',
  },
  'import.merchantFeeExceeds': {
    zh: '商户手续费 {fee} 超过交易金额 {amount}',
    en: 'merchant_fee {fee} exceeds txn_amount {amount}',
  },
  'import.feesExceed': {
    zh: '发卡行服务费 {issuer} 加网络服务费 {network} 超过交易金额 {amount}',
    en: 'issuer_fee {issuer} + network_fee {network} exceeds txn_amount {amount}',
  },
  'import.unknownMerchant': { zh: '没有商户 {mid}', en: 'unknown merchant {mid}' },
  'import.outsideScopeSettlement': {
    zh: '超出您的权限范围：商户 {mid} 不是您管辖的商户',
    en: 'outside your scope: merchant {mid} is not one of yours',
  },
  'import.storedDiffers': {
    zh: '{column} {given} 与已保存的 {stored}（同一清算日期和商户号）不同；更正须另走流程',
    en: '{column} {given} differs from the stored {stored} for this settle_date and mid; a correction needs its own process',
  },
} as const satisfies Record<string, Words>;

/** Every row error an import reports, by code. */
export const IMPORT_PROBLEMS = { ...FILE, ...HEADER, ...CELL, ...MERCHANT, ...SETTLEMENT };

export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

/**
 * The code of a money or rate parser's refusal of `value` (a cell's trimmed text, as an excerpt), in
 * `column`. The parsers word their refusals in English only; this reads which one it was, and
 * import-problems.test.ts holds every refusal they make to a code of its own.
 */
export function parseProblem(
  column: string,
  err: MoneyFormatError | RateFormatError,
  value: string,
): { code: ImportProblemCode; params: Record<string, string> } {
  const m = err.message;
  if (err instanceof RateFormatError) {
    if (m.startsWith('empty')) return { code: 'import.rateEmpty', params: {} };
    if (m.startsWith('more than')) return { code: 'import.rateDecimals', params: { value } };
    if (m.startsWith('rate must be below 1')) return { code: 'import.rateBelowOne', params: { value } };
    return { code: 'import.rateInvalid', params: { value } };
  }
  if (m.startsWith('empty')) return { code: 'import.amountEmpty', params: { column } };
  if (m.startsWith('more than')) return { code: 'import.amountDecimals', params: { column, value } };
  if (m.startsWith('amount too large')) return { code: 'import.amountTooLarge', params: { column, value } };
  return { code: 'import.amountInvalid', params: { column, value } };
}
