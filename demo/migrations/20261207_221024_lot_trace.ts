import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'inventory.trace' BEFORE 'processes.view';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('boms.view', 'boms.create', 'boms.update', 'boms.delete', 'boms.viewCosts', 'customers.view', 'customers.create', 'customers.update', 'customers.delete', 'executions.view', 'executions.create', 'executions.update', 'executions.finalize', 'executions.delete', 'executions.moveDate', 'executions.overrideRecipe', 'executions.viewCosts', 'items.view', 'items.create', 'items.update', 'items.delete', 'items.viewCosts', 'locations.view', 'locations.create', 'locations.update', 'locations.delete', 'manufacturingOrders.view', 'manufacturingOrders.create', 'manufacturingOrders.update', 'manufacturingOrders.finalize', 'manufacturingOrders.delete', 'manufacturingOrders.moveDate', 'manufacturingOrders.overrideRecipe', 'manufacturingOrders.viewCosts', 'productionPlans.view', 'productionPlans.create', 'productionPlans.update', 'productionPlans.delete', 'productionRuns.view', 'productionRuns.create', 'productionRuns.update', 'productionRuns.finalize', 'productionRuns.delete', 'productionRuns.viewCosts', 'purchaseOrders.view', 'purchaseOrders.create', 'purchaseOrders.update', 'purchaseOrders.delete', 'purchaseOrders.viewCosts', 'salesOrders.view', 'salesOrders.create', 'salesOrders.update', 'salesOrders.delete', 'suppliers.view', 'suppliers.create', 'suppliers.update', 'suppliers.delete', 'inventory.view', 'inventory.adjust', 'processes.view', 'processes.manage', 'productionRuns.record', 'purchases.receive', 'requisitions.view', 'requisitions.manage', 'requisitions.pick', 'requisitions.issue', 'trolleys.build', 'roles.manage', 'statuses.manage', 'users.manage');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";`)
}
