import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Hand-written, no schema change: existing executions and manufacturing orders get the title new
// ones are saved with (keepDocumentTitle): their number and their product's name.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "executions" e
     SET "title" = concat_ws(' · ', nullif(e.code, ''), nullif(i.name, ''))
    FROM "items" i WHERE i.id = e.product_id AND e.title IS NULL;
  UPDATE "executions" SET "title" = "code" WHERE "title" IS NULL;
  UPDATE "manufacturing_orders" o
     SET "title" = concat_ws(' · ', nullif(o.order_number, ''), nullif(i.name, ''))
    FROM "items" i WHERE i.id = o.product_id AND o.title IS NULL;
  UPDATE "manufacturing_orders" SET "title" = "order_number" WHERE "title" IS NULL;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The titles go with their column in the schema migration before this one.
}
