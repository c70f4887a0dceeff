import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_material_requisitions_state" AS ENUM('requested', 'picking', 'picked', 'issued', 'in_trolley', 'returned', 'cancelled');
  CREATE TYPE "public"."enum_trolleys_state" AS ENUM('ready', 'emptied');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'requisitions.view' BEFORE 'roles.manage';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'requisitions.manage' BEFORE 'roles.manage';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'requisitions.pick' BEFORE 'roles.manage';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'requisitions.issue' BEFORE 'roles.manage';
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'trolleys.build' BEFORE 'roles.manage';
  CREATE TABLE "material_requisitions_lines_lots" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"lot_id" integer NOT NULL,
  	"picked" numeric,
  	"issued" numeric,
  	"staged" numeric,
  	"returned" numeric
  );
  
  CREATE TABLE "material_requisitions_lines_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"execution_id" integer NOT NULL,
  	"requirement" varchar NOT NULL,
  	"quantity" numeric
  );
  
  CREATE TABLE "material_requisitions_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"required_quantity" numeric,
  	"picked_quantity" numeric,
  	"issued_quantity" numeric,
  	"staged_quantity" numeric,
  	"returned_quantity" numeric
  );
  
  CREATE TABLE "material_requisitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"state" "enum_material_requisitions_state" DEFAULT 'requested' NOT NULL,
  	"source_id" integer NOT NULL,
  	"floor_id" integer NOT NULL,
  	"production_date" timestamp(3) with time zone,
  	"plan_id" integer,
  	"trolley_id" integer,
  	"request_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "material_requisitions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"executions_id" integer
  );
  
  CREATE TABLE "trolleys_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"lot_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"requisition_id" integer NOT NULL
  );
  
  CREATE TABLE "trolleys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"label" varchar,
  	"floor_id" integer NOT NULL,
  	"state" "enum_trolleys_state" DEFAULT 'ready' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "trolleys_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"executions_id" integer,
  	"material_requisitions_id" integer
  );
  
  ALTER TABLE "manufacturing_orders" ALTER COLUMN "location_id" DROP NOT NULL;
  ALTER TABLE "items" ADD COLUMN "production_floor_id" integer;
  ALTER TABLE "executions_requirements" ADD COLUMN "supply_detail" varchar;
  ALTER TABLE "production_plans" ADD COLUMN "request_materials" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "material_requisitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "trolleys_id" integer;
  ALTER TABLE "material_requisitions_lines_lots" ADD CONSTRAINT "material_requisitions_lines_lots_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_requisitions_lines_lots" ADD CONSTRAINT "material_requisitions_lines_lots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."material_requisitions_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "material_requisitions_lines_links" ADD CONSTRAINT "material_requisitions_lines_links_execution_id_executions_id_fk" FOREIGN KEY ("execution_id") REFERENCES "public"."executions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_requisitions_lines_links" ADD CONSTRAINT "material_requisitions_lines_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."material_requisitions_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "material_requisitions_lines" ADD CONSTRAINT "material_requisitions_lines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_requisitions_lines" ADD CONSTRAINT "material_requisitions_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."material_requisitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "material_requisitions" ADD CONSTRAINT "material_requisitions_source_id_locations_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_requisitions" ADD CONSTRAINT "material_requisitions_floor_id_locations_id_fk" FOREIGN KEY ("floor_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_requisitions" ADD CONSTRAINT "material_requisitions_plan_id_production_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."production_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_requisitions" ADD CONSTRAINT "material_requisitions_trolley_id_trolleys_id_fk" FOREIGN KEY ("trolley_id") REFERENCES "public"."trolleys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_requisitions_rels" ADD CONSTRAINT "material_requisitions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."material_requisitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "material_requisitions_rels" ADD CONSTRAINT "material_requisitions_rels_executions_fk" FOREIGN KEY ("executions_id") REFERENCES "public"."executions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trolleys_lines" ADD CONSTRAINT "trolleys_lines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trolleys_lines" ADD CONSTRAINT "trolleys_lines_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trolleys_lines" ADD CONSTRAINT "trolleys_lines_requisition_id_material_requisitions_id_fk" FOREIGN KEY ("requisition_id") REFERENCES "public"."material_requisitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trolleys_lines" ADD CONSTRAINT "trolleys_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trolleys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trolleys" ADD CONSTRAINT "trolleys_floor_id_locations_id_fk" FOREIGN KEY ("floor_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trolleys_rels" ADD CONSTRAINT "trolleys_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trolleys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trolleys_rels" ADD CONSTRAINT "trolleys_rels_executions_fk" FOREIGN KEY ("executions_id") REFERENCES "public"."executions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trolleys_rels" ADD CONSTRAINT "trolleys_rels_material_requisitions_fk" FOREIGN KEY ("material_requisitions_id") REFERENCES "public"."material_requisitions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "material_requisitions_lines_lots_order_idx" ON "material_requisitions_lines_lots" USING btree ("_order");
  CREATE INDEX "material_requisitions_lines_lots_parent_id_idx" ON "material_requisitions_lines_lots" USING btree ("_parent_id");
  CREATE INDEX "material_requisitions_lines_lots_lot_idx" ON "material_requisitions_lines_lots" USING btree ("lot_id");
  CREATE INDEX "material_requisitions_lines_links_order_idx" ON "material_requisitions_lines_links" USING btree ("_order");
  CREATE INDEX "material_requisitions_lines_links_parent_id_idx" ON "material_requisitions_lines_links" USING btree ("_parent_id");
  CREATE INDEX "material_requisitions_lines_links_execution_idx" ON "material_requisitions_lines_links" USING btree ("execution_id");
  CREATE INDEX "material_requisitions_lines_order_idx" ON "material_requisitions_lines" USING btree ("_order");
  CREATE INDEX "material_requisitions_lines_parent_id_idx" ON "material_requisitions_lines" USING btree ("_parent_id");
  CREATE INDEX "material_requisitions_lines_item_idx" ON "material_requisitions_lines" USING btree ("item_id");
  CREATE UNIQUE INDEX "material_requisitions_code_idx" ON "material_requisitions" USING btree ("code");
  CREATE INDEX "material_requisitions_state_idx" ON "material_requisitions" USING btree ("state");
  CREATE INDEX "material_requisitions_source_idx" ON "material_requisitions" USING btree ("source_id");
  CREATE INDEX "material_requisitions_floor_idx" ON "material_requisitions" USING btree ("floor_id");
  CREATE INDEX "material_requisitions_production_date_idx" ON "material_requisitions" USING btree ("production_date");
  CREATE INDEX "material_requisitions_plan_idx" ON "material_requisitions" USING btree ("plan_id");
  CREATE INDEX "material_requisitions_trolley_idx" ON "material_requisitions" USING btree ("trolley_id");
  CREATE INDEX "material_requisitions_request_key_idx" ON "material_requisitions" USING btree ("request_key");
  CREATE INDEX "material_requisitions_updated_at_idx" ON "material_requisitions" USING btree ("updated_at");
  CREATE INDEX "material_requisitions_created_at_idx" ON "material_requisitions" USING btree ("created_at");
  CREATE INDEX "material_requisitions_rels_order_idx" ON "material_requisitions_rels" USING btree ("order");
  CREATE INDEX "material_requisitions_rels_parent_idx" ON "material_requisitions_rels" USING btree ("parent_id");
  CREATE INDEX "material_requisitions_rels_path_idx" ON "material_requisitions_rels" USING btree ("path");
  CREATE INDEX "material_requisitions_rels_executions_id_idx" ON "material_requisitions_rels" USING btree ("executions_id");
  CREATE INDEX "trolleys_lines_order_idx" ON "trolleys_lines" USING btree ("_order");
  CREATE INDEX "trolleys_lines_parent_id_idx" ON "trolleys_lines" USING btree ("_parent_id");
  CREATE INDEX "trolleys_lines_item_idx" ON "trolleys_lines" USING btree ("item_id");
  CREATE INDEX "trolleys_lines_lot_idx" ON "trolleys_lines" USING btree ("lot_id");
  CREATE INDEX "trolleys_lines_requisition_idx" ON "trolleys_lines" USING btree ("requisition_id");
  CREATE UNIQUE INDEX "trolleys_code_idx" ON "trolleys" USING btree ("code");
  CREATE INDEX "trolleys_floor_idx" ON "trolleys" USING btree ("floor_id");
  CREATE INDEX "trolleys_state_idx" ON "trolleys" USING btree ("state");
  CREATE INDEX "trolleys_updated_at_idx" ON "trolleys" USING btree ("updated_at");
  CREATE INDEX "trolleys_created_at_idx" ON "trolleys" USING btree ("created_at");
  CREATE INDEX "trolleys_rels_order_idx" ON "trolleys_rels" USING btree ("order");
  CREATE INDEX "trolleys_rels_parent_idx" ON "trolleys_rels" USING btree ("parent_id");
  CREATE INDEX "trolleys_rels_path_idx" ON "trolleys_rels" USING btree ("path");
  CREATE INDEX "trolleys_rels_executions_id_idx" ON "trolleys_rels" USING btree ("executions_id");
  CREATE INDEX "trolleys_rels_material_requisitions_id_idx" ON "trolleys_rels" USING btree ("material_requisitions_id");
  ALTER TABLE "items" ADD CONSTRAINT "items_production_floor_id_locations_id_fk" FOREIGN KEY ("production_floor_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_material_requisitions_fk" FOREIGN KEY ("material_requisitions_id") REFERENCES "public"."material_requisitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trolleys_fk" FOREIGN KEY ("trolleys_id") REFERENCES "public"."trolleys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "items_production_floor_idx" ON "items" USING btree ("production_floor_id");
  CREATE INDEX "payload_locked_documents_rels_material_requisitions_id_idx" ON "payload_locked_documents_rels" USING btree ("material_requisitions_id");
  CREATE INDEX "payload_locked_documents_rels_trolleys_id_idx" ON "payload_locked_documents_rels" USING btree ("trolleys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "material_requisitions_lines_lots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "material_requisitions_lines_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "material_requisitions_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "material_requisitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "material_requisitions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trolleys_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trolleys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "trolleys_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "material_requisitions_lines_lots" CASCADE;
  DROP TABLE "material_requisitions_lines_links" CASCADE;
  DROP TABLE "material_requisitions_lines" CASCADE;
  DROP TABLE "material_requisitions" CASCADE;
  DROP TABLE "material_requisitions_rels" CASCADE;
  DROP TABLE "trolleys_lines" CASCADE;
  DROP TABLE "trolleys" CASCADE;
  DROP TABLE "trolleys_rels" CASCADE;
  ALTER TABLE "items" DROP CONSTRAINT "items_production_floor_id_locations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_material_requisitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_trolleys_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('boms.view', 'boms.create', 'boms.update', 'boms.delete', 'boms.viewCosts', 'customers.view', 'customers.create', 'customers.update', 'customers.delete', 'executions.view', 'executions.create', 'executions.update', 'executions.finalize', 'executions.delete', 'executions.moveDate', 'executions.overrideRecipe', 'executions.viewCosts', 'items.view', 'items.create', 'items.update', 'items.delete', 'items.viewCosts', 'locations.view', 'locations.create', 'locations.update', 'locations.delete', 'manufacturingOrders.view', 'manufacturingOrders.create', 'manufacturingOrders.update', 'manufacturingOrders.finalize', 'manufacturingOrders.delete', 'manufacturingOrders.moveDate', 'manufacturingOrders.overrideRecipe', 'manufacturingOrders.viewCosts', 'productionPlans.view', 'productionPlans.create', 'productionPlans.update', 'productionPlans.delete', 'productionRuns.view', 'productionRuns.create', 'productionRuns.update', 'productionRuns.finalize', 'productionRuns.delete', 'productionRuns.viewCosts', 'purchaseOrders.view', 'purchaseOrders.create', 'purchaseOrders.update', 'purchaseOrders.delete', 'purchaseOrders.viewCosts', 'salesOrders.view', 'salesOrders.create', 'salesOrders.update', 'salesOrders.delete', 'suppliers.view', 'suppliers.create', 'suppliers.update', 'suppliers.delete', 'inventory.view', 'inventory.adjust', 'processes.view', 'processes.manage', 'productionRuns.record', 'purchases.receive', 'roles.manage', 'statuses.manage', 'users.manage');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  DROP INDEX "items_production_floor_idx";
  DROP INDEX "payload_locked_documents_rels_material_requisitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_trolleys_id_idx";
  ALTER TABLE "manufacturing_orders" ALTER COLUMN "location_id" SET NOT NULL;
  ALTER TABLE "items" DROP COLUMN "production_floor_id";
  ALTER TABLE "executions_requirements" DROP COLUMN "supply_detail";
  ALTER TABLE "production_plans" DROP COLUMN "request_materials";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "material_requisitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "trolleys_id";
  DROP TYPE "public"."enum_material_requisitions_state";
  DROP TYPE "public"."enum_trolleys_state";`)
}
