import { Migration } from '@mikro-orm/migrations';

// Hand-written: every row error of an import keeps its problem code and params (shared
// problems.ts), so the web words it in the user's language; the English message stays beside them
// for the command line and the download. Null in the rows of runs from before codes (the web then
// shows their message).
export class Migration20261207120000_import_error_codes extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table import_row_error add column code text null, add column params jsonb null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table import_row_error drop column code, drop column params;');
  }
}
