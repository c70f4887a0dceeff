import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'cancelled';
  ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'closed';
  ALTER TABLE "purchase_orders" ADD COLUMN "sent_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_purchase_orders_status";
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('draft', 'sent', 'partially_received', 'received');
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_purchase_orders_status";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_purchase_orders_status" USING "status"::"public"."enum_purchase_orders_status";
  ALTER TABLE "purchase_orders" DROP COLUMN "sent_at";`)
}
