import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d{1,15}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Money in yuan as a string with 2 decimals; never a float on the wire. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    '金额（元），两位小数的字符串，如 "1234.50" · Money in yuan (元) as a string with 2 decimals, e.g. "1234.50".',
  serialize(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    throw new GraphQLError('Decimal must be a string like "1234.50"');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && DECIMAL.test(ast.value)) return ast.value;
    throw new GraphQLError('Decimal must be a string like "1234.50"');
  },
});

function checkDate(v: unknown): string {
  if (typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    const d = new Date(`${v}T00:00:00Z`);
    if (d.toISOString().slice(0, 10) === v) return v;
  }
  throw new GraphQLError(`Date must be YYYY-MM-DD, got ${JSON.stringify(v)}`);
}

/** A calendar date without time zone. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: '日期 YYYY-MM-DD · A calendar date, YYYY-MM-DD.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : checkDate(v)),
  parseValue: checkDate,
  parseLiteral: (ast) => checkDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
