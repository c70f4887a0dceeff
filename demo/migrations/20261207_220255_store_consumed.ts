import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_material_requisitions_state" ADD VALUE 'consumed' BEFORE 'returned';
  ALTER TABLE "material_requisitions_lines_lots" ADD COLUMN "consumed" numeric;
  ALTER TABLE "material_requisitions_lines" ADD COLUMN "consumed_quantity" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DEFAULT 'requested'::text;
  DROP TYPE "public"."enum_material_requisitions_state";
  CREATE TYPE "public"."enum_material_requisitions_state" AS ENUM('requested', 'picking', 'picked', 'issued', 'in_trolley', 'returned', 'cancelled');
  ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DEFAULT 'requested'::"public"."enum_material_requisitions_state";
  ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DATA TYPE "public"."enum_material_requisitions_state" USING "state"::"public"."enum_material_requisitions_state";
  ALTER TABLE "material_requisitions_lines_lots" DROP COLUMN "consumed";
  ALTER TABLE "material_requisitions_lines" DROP COLUMN "consumed_quantity";`)
}
