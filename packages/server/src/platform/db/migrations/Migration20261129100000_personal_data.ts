import { Migration } from '@mikro-orm/migrations';
import { blindIndex, encryptPersonal, isEncrypted } from '../personal-data.ts';

// Hand-written: contact mobiles encrypted at rest (AES-256-GCM) with a keyed hash beside them for
// comparisons. Existing clear values are encrypted here, with the key loaded before migrations run.
export class Migration20261129100000_personal_data extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table merchant add column if not exists contact_mobile_hash text');
    const rows = (await this.execute(
      'select id, contact_mobile from merchant where contact_mobile is not null',
    )) as { id: number; contact_mobile: string }[];
    const clear = rows.filter((r) => !isEncrypted(r.contact_mobile));
    for (let i = 0; i < clear.length; i += 5000) {
      const batch = clear.slice(i, i + 5000).map((r) => ({
        id: r.id,
        enc: encryptPersonal(r.contact_mobile),
        hash: blindIndex(r.contact_mobile),
      }));
      const json = JSON.stringify(batch).replace(/'/g, "''");
      this.addSql(`update merchant m set contact_mobile = u.enc, contact_mobile_hash = u.hash
        from jsonb_to_recordset('${json}'::jsonb) as u(id int, enc text, hash text) where m.id = u.id;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('alter table merchant drop column if exists contact_mobile_hash;');
  }
}
