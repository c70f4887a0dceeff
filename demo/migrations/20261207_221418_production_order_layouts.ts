import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_manufacturing_orders_layout" AS ENUM('order_sheet', 'floor_ticket');
  CREATE TYPE "public"."enum_production_settings_production_order_layout" AS ENUM('order_sheet', 'floor_ticket');
  ALTER TABLE "manufacturing_orders" ADD COLUMN "layout" "enum_manufacturing_orders_layout";
  ALTER TABLE "production_settings" ADD COLUMN "production_order_layout" "enum_production_settings_production_order_layout" DEFAULT 'order_sheet' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "manufacturing_orders" DROP COLUMN "layout";
  ALTER TABLE "production_settings" DROP COLUMN "production_order_layout";
  DROP TYPE "public"."enum_manufacturing_orders_layout";
  DROP TYPE "public"."enum_production_settings_production_order_layout";`)
}
