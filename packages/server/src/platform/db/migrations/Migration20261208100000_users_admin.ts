import { Migration } from '@mikro-orm/migrations';

// Hand-written: user administration. Logins are unique in any case (`Admin` and `admin` are one
// user; sign-in finds either), a one-time password obliges its user to choose their own before
// anything else, and the last successful sign-in is kept for the users page.
export class Migration20261208100000_users_admin extends Migration {
  override async up(): Promise<void> {
    this.addSql('create unique index app_user_login_lower_unique on app_user (lower(login));');
    this.addSql(
      'alter table app_user add column must_change_password boolean not null default false, add column last_login_at timestamptz null;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table app_user drop column must_change_password, drop column last_login_at;');
    this.addSql('drop index app_user_login_lower_unique;');
  }
}
