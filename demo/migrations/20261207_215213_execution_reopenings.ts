import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'executions.reopen' BEFORE 'executions.delete';
  CREATE TABLE "executions_reopenings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reopened_at" timestamp(3) with time zone NOT NULL,
  	"reopened_by_id" integer,
  	"reason" varchar NOT NULL
  );
  
  ALTER TABLE "executions_reopenings" ADD CONSTRAINT "executions_reopenings_reopened_by_id_users_id_fk" FOREIGN KEY ("reopened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions_reopenings" ADD CONSTRAINT "executions_reopenings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."executions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "executions_reopenings_order_idx" ON "executions_reopenings" USING btree ("_order");
  CREATE INDEX "executions_reopenings_parent_id_idx" ON "executions_reopenings" USING btree ("_parent_id");
  CREATE INDEX "executions_reopenings_reopened_by_idx" ON "executions_reopenings" USING btree ("reopened_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "executions_reopenings" CASCADE;
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('boms.view', 'boms.create', 'boms.update', 'boms.delete', 'boms.viewCosts', 'customers.view', 'customers.create', 'customers.update', 'customers.delete', 'executions.view', 'executions.create', 'executions.update', 'executions.finalize', 'executions.delete', 'executions.moveDate', 'executions.overrideRecipe', 'executions.viewCosts', 'items.view', 'items.create', 'items.update', 'items.delete', 'items.viewCosts', 'locations.view', 'locations.create', 'locations.update', 'locations.delete', 'manufacturingOrders.view', 'manufacturingOrders.create', 'manufacturingOrders.update', 'manufacturingOrders.finalize', 'manufacturingOrders.delete', 'manufacturingOrders.moveDate', 'manufacturingOrders.overrideRecipe', 'manufacturingOrders.viewCosts', 'productionPlans.view', 'productionPlans.create', 'productionPlans.update', 'productionPlans.delete', 'productionRuns.view', 'productionRuns.create', 'productionRuns.update', 'productionRuns.finalize', 'productionRuns.delete', 'productionRuns.viewCosts', 'purchaseOrders.view', 'purchaseOrders.create', 'purchaseOrders.update', 'purchaseOrders.delete', 'purchaseOrders.viewCosts', 'salesOrders.view', 'salesOrders.create', 'salesOrders.update', 'salesOrders.delete', 'suppliers.view', 'suppliers.create', 'suppliers.update', 'suppliers.delete', 'inventory.view', 'inventory.adjust', 'processes.view', 'processes.manage', 'productionRuns.record', 'purchases.receive', 'requisitions.view', 'requisitions.manage', 'requisitions.pick', 'requisitions.issue', 'trolleys.build', 'roles.manage', 'statuses.manage', 'users.manage');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";`)
}
