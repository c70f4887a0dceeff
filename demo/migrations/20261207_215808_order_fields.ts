import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "manufacturing_orders_ingredients" ALTER COLUMN "actual_quantity" SET DEFAULT 0;
  ALTER TABLE "manufacturing_orders" ALTER COLUMN "quantity" DROP DEFAULT;
  ALTER TABLE "manufacturing_orders_ingredients" ADD COLUMN "unit" varchar;
  ALTER TABLE "manufacturing_orders_ingredients" ADD COLUMN "actual_override" numeric;
  ALTER TABLE "manufacturing_orders_outputs" ADD COLUMN "unit" varchar;
  ALTER TABLE "manufacturing_orders_outputs" ADD COLUMN "operation_unit_cost" numeric;
  ALTER TABLE "manufacturing_orders" ADD COLUMN "unit" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "manufacturing_orders_ingredients" ALTER COLUMN "actual_quantity" DROP DEFAULT;
  ALTER TABLE "manufacturing_orders" ALTER COLUMN "quantity" SET DEFAULT 1;
  ALTER TABLE "manufacturing_orders_ingredients" DROP COLUMN "unit";
  ALTER TABLE "manufacturing_orders_ingredients" DROP COLUMN "actual_override";
  ALTER TABLE "manufacturing_orders_outputs" DROP COLUMN "unit";
  ALTER TABLE "manufacturing_orders_outputs" DROP COLUMN "operation_unit_cost";
  ALTER TABLE "manufacturing_orders" DROP COLUMN "unit";`)
}
