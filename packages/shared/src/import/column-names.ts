import { type ProblemCode, type ProblemParams, problemText } from '../problems.ts';

/**
 * The names a column of an import file may go by. Files kept by a branch come from Excel on Chinese
 * Windows with Chinese headers (商户号, 商户名称, …); files from systems use the contract's English
 * names. Both are accepted, matched after trimming and ignoring case, full-width letters and
 * spaces; docs/csv-formats.md lists them.
 */
export const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // merchants
  mid: ['商户号', '商户编号', '商户代码'],
  name: ['商户名称', '商户名'],
  mcc: ['MCC', 'MCC码', '商户类别码'],
  category: ['商户类型', '商户类别', '行业类别'],
  fee_plan: ['费率方案', '计费方式'],
  rate: ['扣率', '费率'],
  cap: ['封顶', '封顶金额', '封顶值'],
  branch: ['分公司', '所属分公司', '分支机构'],
  manager: ['客户经理', '客户经理账号'],
  onboarded_on: ['入网日期', '入网时间'],
  contact_name: ['联系人', '联系人姓名'],
  contact_mobile: ['联系电话', '联系人电话', '手机号', '联系人手机'],
  // settlements
  settle_date: ['清算日期', '结算日期'],
  txn_count: ['交易笔数'],
  txn_amount: ['交易金额'],
  capped_count: ['封顶笔数', '封顶交易笔数'],
  capped_amount: ['封顶交易金额', '封顶金额合计'],
  merchant_fee: ['商户手续费', '手续费'],
  issuer_fee: ['发卡行服务费', '发卡方服务费'],
  network_fee: ['网络服务费', '转接清算费'],
};

/** A header cell as compared: trimmed, NFKC (full-width to ASCII), lower case, no inner spaces. */
function key(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
}

/** The Chinese name a column is shown by (its first alias), for messages and docs. */
export function chineseName(column: string): string | undefined {
  return COLUMN_ALIASES[column]?.[0];
}

/** Edit distance (Levenshtein) of two short strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/** A problem with a header: one error of the file, under the column it concerns, by its code. */
export interface HeaderProblem {
  column: string;
  code: ProblemCode;
  params: ProblemParams;
  message: string;
}

const headerProblem = (column: string, code: ProblemCode, params: ProblemParams): HeaderProblem => ({
  column,
  code,
  params,
  message: problemText('en', code, params),
});

/** A header matched to the columns of a kind of file. */
export interface ResolvedHeader {
  /** For each cell of the header, the column it is (null: a column this import does not read). */
  columns: (string | null)[];
  /** Header cells read by no column (kept out of the import; the summary names them). */
  ignored: string[];
  problems: HeaderProblem[];
}

/**
 * Matches a file's header to `expected` columns, each by its own name or an alias. A column
 * missing is a problem, named with the nearest header cell that matched nothing (a typo such as
 * 商户名 for 商户名称 is then plain); a column given twice (mid and 商户号) is one too.
 */
export function resolveHeader(header: readonly string[], expected: readonly string[]): ResolvedHeader {
  const byKey = new Map<string, string>();
  for (const column of expected) {
    byKey.set(key(column), column);
    for (const alias of COLUMN_ALIASES[column] ?? []) byKey.set(key(alias), column);
  }
  const columns = header.map((h) => byKey.get(key(h.replace(/^\uFEFF/, ''))) ?? null);
  const problems: HeaderProblem[] = [];
  const seen = new Map<string, string>();
  header.forEach((h, i) => {
    const c = columns[i];
    if (!c) return;
    const first = seen.get(c);
    if (first !== undefined)
      problems.push(headerProblem(c, 'import.columnTwice', { column: c, first, second: h.trim() }));
    else seen.set(c, h.trim());
  });
  const ignored = header.filter((_, i) => columns[i] === null).map((h) => h.trim());
  for (const c of expected) {
    if (seen.has(c)) continue;
    const names = [c, ...(COLUMN_ALIASES[c] ?? [])];
    const near = nearest(ignored, names);
    // Every column of an import has a Chinese name (column-names.test.ts holds it).
    const alias = chineseName(c) ?? c;
    problems.push(
      near
        ? headerProblem(c, 'import.columnMissingNear', { column: c, alias, cell: near.cell, name: near.name })
        : headerProblem(c, 'import.columnMissing', { column: c, alias }),
    );
  }
  return { columns, ignored, problems };
}

/** The unmatched header cell closest to one of `names`, if close enough to be a typo of it. */
function nearest(cells: readonly string[], names: readonly string[]): { cell: string; name: string } | null {
  let best: { cell: string; name: string; d: number } | null = null;
  for (const cell of cells) {
    if (cell === '') continue;
    for (const name of names) {
      const d = editDistance(key(cell), key(name));
      // A third of the name's length (at least one character) may differ: 商户名 ~ 商户名称, nam ~ name.
      if (d <= Math.max(1, Math.floor([...name].length / 3)) && (!best || d < best.d))
        best = { cell, name, d };
    }
  }
  return best && { cell: best.cell, name: best.name };
}
