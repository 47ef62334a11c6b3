import type { Problem } from '@cornerstone/shared/problems';

/**
 * One row of an import file as text cells, where it is (a CSV's line, a sheet's row number), and
 * the cells that could not be read as text (a workbook's #N/A), by their index.
 */
export interface SheetRow {
  cells: string[];
  row: number;
  problems?: { index: number; problem: Problem }[];
}
