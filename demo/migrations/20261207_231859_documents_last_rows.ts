import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_manufacturing_orders_layout" AS ENUM('order_sheet', 'floor_ticket');
  CREATE TYPE "public"."enum_production_settings_production_order_layout" AS ENUM('order_sheet', 'floor_ticket');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'executions.reopen' BEFORE 'executions.delete';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'inventory.trace' BEFORE 'processes.view';
  ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'cancelled';
  ALTER TYPE "public"."enum_purchase_orders_status" ADD VALUE 'closed';
  ALTER TYPE "public"."enum_material_requisitions_state" ADD VALUE 'consumed' BEFORE 'returned';
  CREATE TABLE "executions_reopenings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reopened_at" timestamp(3) with time zone NOT NULL,
  	"reopened_by_id" integer,
  	"reason" varchar NOT NULL
  );
  
  ALTER TABLE "manufacturing_orders_ingredients" ALTER COLUMN "actual_quantity" SET DEFAULT 0;
  ALTER TABLE "manufacturing_orders" ALTER COLUMN "quantity" DROP DEFAULT;
  ALTER TABLE "purchase_orders" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "manufacturing_orders_ingredients" ADD COLUMN "unit" varchar;
  ALTER TABLE "manufacturing_orders_ingredients" ADD COLUMN "actual_override" numeric;
  ALTER TABLE "manufacturing_orders_outputs" ADD COLUMN "unit" varchar;
  ALTER TABLE "manufacturing_orders_outputs" ADD COLUMN "operation_unit_cost" numeric;
  ALTER TABLE "manufacturing_orders" ADD COLUMN "layout" "enum_manufacturing_orders_layout";
  ALTER TABLE "manufacturing_orders" ADD COLUMN "unit" varchar;
  ALTER TABLE "material_requisitions_lines_lots" ADD COLUMN "consumed" numeric;
  ALTER TABLE "material_requisitions_lines" ADD COLUMN "consumed_quantity" numeric;
  ALTER TABLE "production_settings" ADD COLUMN "production_order_layout" "enum_production_settings_production_order_layout" DEFAULT 'order_sheet' NOT NULL;
  ALTER TABLE "executions_reopenings" ADD CONSTRAINT "executions_reopenings_reopened_by_id_users_id_fk" FOREIGN KEY ("reopened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions_reopenings" ADD CONSTRAINT "executions_reopenings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."executions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "executions_reopenings_order_idx" ON "executions_reopenings" USING btree ("_order");
  CREATE INDEX "executions_reopenings_parent_id_idx" ON "executions_reopenings" USING btree ("_parent_id");
  CREATE INDEX "executions_reopenings_reopened_by_idx" ON "executions_reopenings" USING btree ("reopened_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "executions_reopenings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "executions_reopenings" CASCADE;
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('boms.view', 'boms.create', 'boms.update', 'boms.delete', 'boms.viewCosts', 'customers.view', 'customers.create', 'customers.update', 'customers.delete', 'executions.view', 'executions.create', 'executions.update', 'executions.finalize', 'executions.delete', 'executions.moveDate', 'executions.overrideRecipe', 'executions.viewCosts', 'items.view', 'items.create', 'items.update', 'items.delete', 'items.viewCosts', 'locations.view', 'locations.create', 'locations.update', 'locations.delete', 'manufacturingOrders.view', 'manufacturingOrders.create', 'manufacturingOrders.update', 'manufacturingOrders.finalize', 'manufacturingOrders.delete', 'manufacturingOrders.moveDate', 'manufacturingOrders.overrideRecipe', 'manufacturingOrders.viewCosts', 'productionPlans.view', 'productionPlans.create', 'productionPlans.update', 'productionPlans.delete', 'productionRuns.view', 'productionRuns.create', 'productionRuns.update', 'productionRuns.finalize', 'productionRuns.delete', 'productionRuns.viewCosts', 'purchaseOrders.view', 'purchaseOrders.create', 'purchaseOrders.update', 'purchaseOrders.delete', 'purchaseOrders.viewCosts', 'salesOrders.view', 'salesOrders.create', 'salesOrders.update', 'salesOrders.delete', 'suppliers.view', 'suppliers.create', 'suppliers.update', 'suppliers.delete', 'inventory.view', 'inventory.adjust', 'processes.view', 'processes.manage', 'productionRuns.record', 'purchases.receive', 'requisitions.view', 'requisitions.manage', 'requisitions.pick', 'requisitions.issue', 'trolleys.build', 'roles.manage', 'statuses.manage', 'users.manage');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_purchase_orders_status";
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('draft', 'sent', 'partially_received', 'received');
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_purchase_orders_status";
  ALTER TABLE "purchase_orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_purchase_orders_status" USING "status"::"public"."enum_purchase_orders_status";
  ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DEFAULT 'requested'::text;
  DROP TYPE "public"."enum_material_requisitions_state";
  CREATE TYPE "public"."enum_material_requisitions_state" AS ENUM('requested', 'picking', 'picked', 'issued', 'in_trolley', 'returned', 'cancelled');
  ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DEFAULT 'requested'::"public"."enum_material_requisitions_state";
  ALTER TABLE "material_requisitions" ALTER COLUMN "state" SET DATA TYPE "public"."enum_material_requisitions_state" USING "state"::"public"."enum_material_requisitions_state";
  ALTER TABLE "manufacturing_orders_ingredients" ALTER COLUMN "actual_quantity" DROP DEFAULT;
  ALTER TABLE "manufacturing_orders" ALTER COLUMN "quantity" SET DEFAULT 1;
  ALTER TABLE "purchase_orders" DROP COLUMN "sent_at";
  ALTER TABLE "manufacturing_orders_ingredients" DROP COLUMN "unit";
  ALTER TABLE "manufacturing_orders_ingredients" DROP COLUMN "actual_override";
  ALTER TABLE "manufacturing_orders_outputs" DROP COLUMN "unit";
  ALTER TABLE "manufacturing_orders_outputs" DROP COLUMN "operation_unit_cost";
  ALTER TABLE "manufacturing_orders" DROP COLUMN "layout";
  ALTER TABLE "manufacturing_orders" DROP COLUMN "unit";
  ALTER TABLE "material_requisitions_lines_lots" DROP COLUMN "consumed";
  ALTER TABLE "material_requisitions_lines" DROP COLUMN "consumed_quantity";
  ALTER TABLE "production_settings" DROP COLUMN "production_order_layout";
  DROP TYPE "public"."enum_manufacturing_orders_layout";
  DROP TYPE "public"."enum_production_settings_production_order_layout";`)
}
