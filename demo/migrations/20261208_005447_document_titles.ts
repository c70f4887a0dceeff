import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "executions" ADD COLUMN "title" varchar;
  ALTER TABLE "manufacturing_orders" ADD COLUMN "title" varchar;
  CREATE INDEX "executions_title_idx" ON "executions" USING btree ("title");
  CREATE INDEX "manufacturing_orders_title_idx" ON "manufacturing_orders" USING btree ("title");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "executions_title_idx";
  DROP INDEX "manufacturing_orders_title_idx";
  ALTER TABLE "executions" DROP COLUMN "title";
  ALTER TABLE "manufacturing_orders" DROP COLUMN "title";`)
}
