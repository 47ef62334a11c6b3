import { describe, expect, it } from 'vitest';
import {
  encodingLabel,
  errorPlace,
  errorWindow,
  isFileProblem,
  rowErrorWords,
  skipPlan,
} from './import-errors.ts';

describe('the errors of an import run', () => {
  it('places a bad cell by its workbook cell, else by its line', () => {
    expect(errorPlace({ row: 12, column: 'rate', cell: 'Sheet1!E12' })).toBe('Sheet1!E12');
    expect(errorPlace({ row: 12, column: 'rate', cell: null })).toBe('12');
    expect(errorPlace({ row: 3, column: 'mid' })).toBe('3');
  });

  it('tells a problem of the file from a problem of a row', () => {
    expect(isFileProblem({ row: 1, column: 'mid' })).toBe(true);
    expect(isFileProblem({ row: 57, column: '-' })).toBe(true);
    expect(isFileProblem({ row: 2, column: 'mid' })).toBe(false);
  });

  it('pages the first 1,000 only, and says when there are more', () => {
    const info = { hasNextPage: true, hasPreviousPage: true, startCursor: 'a', endCursor: 'b' };
    expect(errorWindow(2500, 19, info).pageInfo?.hasNextPage).toBe(true);
    expect(errorWindow(2500, 20, info)).toEqual({ capped: true, pageInfo: { ...info, hasNextPage: false } });
    expect(errorWindow(1000, 19, info)).toEqual({ capped: false, pageInfo: info });
    expect(errorWindow(30, 1, { ...info, hasNextPage: false }).pageInfo?.hasNextPage).toBe(false);
    expect(errorWindow(7, 1, undefined)).toEqual({ capped: false, pageInfo: undefined });
    // Another page size: the cap falls on a page boundary or inside one.
    expect(errorWindow(5000, 3, info, 300).pageInfo?.hasNextPage).toBe(true);
    expect(errorWindow(5000, 4, info, 300).pageInfo?.hasNextPage).toBe(false);
  });

  it('offers to skip bad rows only when a readable file has good rows', () => {
    const rejected = { status: 'rejected', rowsRead: 10, rejected: 3 };
    const rowError = { row: 4, column: 'mcc' };
    expect(skipPlan(rejected, [rowError, rowError])).toEqual({
      canSkip: true,
      goodRows: 7,
      badRows: 3,
      fileProblem: false,
    });
    // The header is wrong, or the file is not text: nothing to skip to.
    expect(
      skipPlan({ status: 'rejected', rowsRead: 0, rejected: 1 }, [{ row: 1, column: 'mid' }]).canSkip,
    ).toBe(false);
    expect(skipPlan(rejected, [rowError, { row: 9, column: '-' }])).toMatchObject({
      canSkip: false,
      fileProblem: true,
    });
    // Every row bad, a run that wrote, a run still going.
    expect(skipPlan({ status: 'rejected', rowsRead: 3, rejected: 3 }, [rowError]).canSkip).toBe(false);
    expect(skipPlan({ status: 'succeeded', rowsRead: 10, rejected: 3 }, [rowError]).canSkip).toBe(false);
    expect(skipPlan({ status: 'running', rowsRead: 10, rejected: 3 }, [rowError]).canSkip).toBe(false);
    expect(skipPlan({ status: 'rejected', rowsRead: 10, rejected: 0 }, []).canSkip).toBe(false);
  });

  it('words a row error in the user’s language by its code, and its English when the code is unknown', () => {
    const category = {
      code: 'import.unknownCategory',
      params: '{"value":"奢侈品类"}',
      message: 'unknown category "奢侈品类"',
    };
    expect(rowErrorWords('zh', category)).toBe('未知的商户类型“奢侈品类”');
    expect(rowErrorWords('en', category)).toBe('unknown category "奢侈品类"');
    // A column by its Chinese name, a category by its own, in Chinese only.
    const empty = {
      code: 'import.cellEmpty',
      params: '{"column":"txn_count"}',
      message: 'txn_count is empty',
    };
    expect(rowErrorWords('zh', empty)).toBe('交易笔数 为空');
    expect(rowErrorWords('en', empty)).toBe('txn_count is empty');
    const mcc = {
      code: 'import.mccCategory',
      params: '{"mcc":"5812","actual":"dining","category":"general"}',
      message: 'mcc 5812 belongs to dining, not general',
    };
    expect(rowErrorWords('zh', mcc)).toBe('MCC 5812 属于餐娱类，不属于一般类');
    expect(rowErrorWords('en', mcc)).toBe('mcc 5812 belongs to dining, not general');
    expect(rowErrorWords('zh', { code: 'import.noRows', params: null, message: 'x' })).toBe(
      '文件只有表头，没有数据行',
    );
    // A run from before codes, a code this app does not know, params that are not an object.
    expect(rowErrorWords('zh', { code: null, params: null, message: 'mid is empty' })).toBe('mid is empty');
    expect(rowErrorWords('zh', { code: 'import.fromTheFuture', params: '{}', message: 'later' })).toBe(
      'later',
    );
    expect(rowErrorWords('zh', { code: 'import.cellEmpty', params: '[1]', message: 'odd' })).toBe('odd');
    expect(rowErrorWords('zh', { code: 'import.cellEmpty', params: '{', message: 'cut' })).toBe('cut');
  });

  it('names the encoding a CSV was read in', () => {
    expect(encodingLabel('gb18030')).toBe('GB18030 (GBK)');
    expect(encodingLabel('utf-8')).toBe('UTF-8');
    expect(encodingLabel(null)).toBeNull();
    expect(encodingLabel('big5')).toBe('BIG5');
  });
});
