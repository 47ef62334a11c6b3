// With VITEST_JSON_DIR set (CI does), each package also writes a JSON report that .ci/run sums.
export function reporters(name: string): (string | [string, Record<string, unknown>])[] {
  const dir = process.env.VITEST_JSON_DIR;
  return dir ? ['default', ['json', { outputFile: `${dir}/${name}.json` }]] : ['default'];
}
