import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_manufacturing_orders_layout" AS ENUM('order_sheet', 'floor_ticket');
  CREATE TYPE "public"."enum_production_settings_production_order_layout" AS ENUM('order_sheet', 'floor_ticket');
  ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'cancelled';
  ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'closed';
  ALTER TABLE "purchase_orders" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "manufacturing_orders" ADD COLUMN "layout" "enum_manufacturing_orders_layout";
  ALTER TABLE "production_settings" ADD COLUMN "production_order_layout" "enum_production_settings_production_order_layout" DEFAULT 'order_sheet' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_purchase_orders_status";
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('draft', 'sent', 'partially_received', 'received');
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_purchase_orders_status";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_purchase_orders_status" USING "status"::"public"."enum_purchase_orders_status";
  ALTER TABLE "purchase_orders" DROP COLUMN "sent_at";
  ALTER TABLE "manufacturing_orders" DROP COLUMN "layout";
  ALTER TABLE "production_settings" DROP COLUMN "production_order_layout";
  DROP TYPE "public"."enum_manufacturing_orders_layout";
  DROP TYPE "public"."enum_production_settings_production_order_layout";`)
}
