import { Migration } from '@mikro-orm/migrations';

// Hand-written: how an import read its file (CSV in which encoding, or which sheet of a workbook),
// and every row error of a run — not only the first 200 kept on the run — for the web's table of
// bad cells and the download of all of them (platform/import/import-run.service.ts).
export class Migration20261206200000_import_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table import_run
      add column format text null,
      add column encoding text null,
      add column sheet text null,
      add column error_count int not null default 0;`);
    this.addSql(`create table import_row_error (
      run_id int not null references import_run (id) on delete cascade,
      seq int not null,
      line int not null,
      column_name text not null,
      cell text null,
      message text not null,
      primary key (run_id, seq)
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists import_row_error;');
    this.addSql(
      'alter table import_run drop column format, drop column encoding, drop column sheet, drop column error_count;',
    );
  }
}
