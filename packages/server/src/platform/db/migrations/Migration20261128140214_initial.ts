import { Migration } from '@mikro-orm/migrations';

export class Migration20261128140214_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "branch" ("id" serial primary key, "name" text not null, "region" text null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "branch" add constraint "branch_name_unique" unique ("name");`);

    this.addSql(
      `create table "app_user" ("id" serial primary key, "login" text not null, "display_name" text not null, "role" text not null, "branch_id" int null, "password_hash" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);

    this.addSql(
      `create table "category" ("code" text not null, "name_zh" text not null, "name_en" text not null, "list_rate" numeric(8,6) not null, "list_cap" numeric(14,2) null, "is_default" boolean not null default false, constraint "category_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "category_mcc_range" ("id" serial primary key, "category_code" text not null, "mcc_from" char(4) not null, "mcc_to" char(4) not null);`,
    );

    this.addSql(
      `create table "import_run" ("id" serial primary key, "kind" text not null, "file_name" text not null, "actor" text not null, "status" text not null default 'running', "rows_read" int not null default 0, "inserted" int not null default 0, "updated" int not null default 0, "skipped" int not null default 0, "rejected" int not null default 0, "errors" jsonb null, "started_at" timestamptz not null default now(), "finished_at" timestamptz null);`,
    );

    this.addSql(
      `create table "merchant" ("id" serial primary key, "mid" char(15) not null, "name" text not null, "trading_name" text null, "mcc" char(4) not null, "category_code" text not null, "fee_plan" text not null, "rate" numeric(8,6) not null, "cap" numeric(14,2) null, "branch_id" int not null, "manager_id" int not null, "onboarded_on" date not null, "status" text not null default 'active', "status_changed_at" timestamptz not null default now(), "status_reason" text null, "contact_name" text null, "contact_mobile" text null, "contact_verified_on" date null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "merchant" add constraint "merchant_mid_unique" unique ("mid");`);
    this.addSql(`create index "merchant_manager_id_index" on "merchant" ("manager_id");`);
    this.addSql(
      `create index "merchant_branch_id_category_code_index" on "merchant" ("branch_id", "category_code");`,
    );

    this.addSql(
      `create table "merchant_change" ("id" bigserial primary key, "merchant_id" int not null, "changed_at" timestamptz not null default now(), "actor" text not null, "source" text not null, "kind" text not null, "changes" jsonb not null);`,
    );
    this.addSql(`create index "merchant_change_merchant_id_index" on "merchant_change" ("merchant_id");`);

    this.addSql(
      `create table "session" ("id" serial primary key, "token_hash" text not null, "user_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `alter table "app_user" add constraint "app_user_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "category_mcc_range" add constraint "category_mcc_range_category_code_foreign" foreign key ("category_code") references "category" ("code") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "merchant" add constraint "merchant_category_code_foreign" foreign key ("category_code") references "category" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "merchant" add constraint "merchant_branch_id_foreign" foreign key ("branch_id") references "branch" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "merchant" add constraint "merchant_manager_id_foreign" foreign key ("manager_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "merchant_change" add constraint "merchant_change_merchant_id_foreign" foreign key ("merchant_id") references "merchant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_branch_id_foreign";`);

    this.addSql(`alter table "merchant" drop constraint "merchant_branch_id_foreign";`);

    this.addSql(`alter table "merchant" drop constraint "merchant_manager_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(
      `alter table "category_mcc_range" drop constraint "category_mcc_range_category_code_foreign";`,
    );

    this.addSql(`alter table "merchant" drop constraint "merchant_category_code_foreign";`);

    this.addSql(`alter table "merchant_change" drop constraint "merchant_change_merchant_id_foreign";`);

    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "category" cascade;`);

    this.addSql(`drop table if exists "category_mcc_range" cascade;`);

    this.addSql(`drop table if exists "import_run" cascade;`);

    this.addSql(`drop table if exists "merchant" cascade;`);

    this.addSql(`drop table if exists "merchant_change" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }
}
