import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_production_runs_status" AS ENUM('in_progress', 'completed');
  CREATE TYPE "public"."enum_production_run_entries_kind" AS ENUM('input', 'output', 'waste', 'rejection', 'scrap');
  ALTER TYPE "public"."enum_roles_permissions" ADD VALUE 'processes.view' BEFORE 'processes.manage';
  CREATE TABLE "processes_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar
  );
  
  CREATE TABLE "processes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"process_id" integer NOT NULL,
  	"location_id" integer NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_production_runs_status" DEFAULT 'in_progress' NOT NULL,
  	"current_stage_name" varchar,
  	"current_stage" varchar,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_run_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"run_id" integer NOT NULL,
  	"process_id" integer NOT NULL,
  	"stage" varchar NOT NULL,
  	"stage_name" varchar NOT NULL,
  	"kind" "enum_production_run_entries_kind" NOT NULL,
  	"item_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"unit" varchar NOT NULL,
  	"location_id" integer,
  	"scrap_item_id" integer,
  	"scrap_lot_id" integer,
  	"cost" numeric,
  	"note" varchar,
  	"recorded_at" timestamp(3) with time zone NOT NULL,
  	"recorded_by_id" integer,
  	"recorded_by_name" varchar,
  	"posting_key" varchar NOT NULL,
  	"reverses_id" integer,
  	"reversed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_run_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"lots_id" integer,
  	"stock_movements_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "processes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "production_runs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "production_run_entries_id" integer;
  ALTER TABLE "processes_stages" ADD CONSTRAINT "processes_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_runs" ADD CONSTRAINT "production_runs_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_runs" ADD CONSTRAINT "production_runs_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_runs" ADD CONSTRAINT "production_runs_product_id_items_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_run_id_production_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."production_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_scrap_item_id_items_id_fk" FOREIGN KEY ("scrap_item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_scrap_lot_id_lots_id_fk" FOREIGN KEY ("scrap_lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_reverses_id_production_run_entries_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."production_run_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries" ADD CONSTRAINT "production_run_entries_reversed_by_id_production_run_entries_id_fk" FOREIGN KEY ("reversed_by_id") REFERENCES "public"."production_run_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_run_entries_rels" ADD CONSTRAINT "production_run_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."production_run_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_run_entries_rels" ADD CONSTRAINT "production_run_entries_rels_lots_fk" FOREIGN KEY ("lots_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_run_entries_rels" ADD CONSTRAINT "production_run_entries_rels_stock_movements_fk" FOREIGN KEY ("stock_movements_id") REFERENCES "public"."stock_movements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "processes_stages_order_idx" ON "processes_stages" USING btree ("_order");
  CREATE INDEX "processes_stages_parent_id_idx" ON "processes_stages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "processes_name_idx" ON "processes" USING btree ("name");
  CREATE INDEX "processes_updated_at_idx" ON "processes" USING btree ("updated_at");
  CREATE INDEX "processes_created_at_idx" ON "processes" USING btree ("created_at");
  CREATE UNIQUE INDEX "production_runs_code_idx" ON "production_runs" USING btree ("code");
  CREATE INDEX "production_runs_process_idx" ON "production_runs" USING btree ("process_id");
  CREATE INDEX "production_runs_location_idx" ON "production_runs" USING btree ("location_id");
  CREATE INDEX "production_runs_product_idx" ON "production_runs" USING btree ("product_id");
  CREATE INDEX "production_runs_started_at_idx" ON "production_runs" USING btree ("started_at");
  CREATE INDEX "production_runs_status_idx" ON "production_runs" USING btree ("status");
  CREATE INDEX "production_runs_updated_at_idx" ON "production_runs" USING btree ("updated_at");
  CREATE INDEX "production_runs_created_at_idx" ON "production_runs" USING btree ("created_at");
  CREATE INDEX "production_run_entries_run_idx" ON "production_run_entries" USING btree ("run_id");
  CREATE INDEX "production_run_entries_process_idx" ON "production_run_entries" USING btree ("process_id");
  CREATE INDEX "production_run_entries_stage_idx" ON "production_run_entries" USING btree ("stage");
  CREATE INDEX "production_run_entries_kind_idx" ON "production_run_entries" USING btree ("kind");
  CREATE INDEX "production_run_entries_item_idx" ON "production_run_entries" USING btree ("item_id");
  CREATE INDEX "production_run_entries_location_idx" ON "production_run_entries" USING btree ("location_id");
  CREATE INDEX "production_run_entries_scrap_item_idx" ON "production_run_entries" USING btree ("scrap_item_id");
  CREATE INDEX "production_run_entries_scrap_lot_idx" ON "production_run_entries" USING btree ("scrap_lot_id");
  CREATE INDEX "production_run_entries_recorded_at_idx" ON "production_run_entries" USING btree ("recorded_at");
  CREATE INDEX "production_run_entries_recorded_by_idx" ON "production_run_entries" USING btree ("recorded_by_id");
  CREATE INDEX "production_run_entries_posting_key_idx" ON "production_run_entries" USING btree ("posting_key");
  CREATE UNIQUE INDEX "production_run_entries_reverses_idx" ON "production_run_entries" USING btree ("reverses_id");
  CREATE INDEX "production_run_entries_reversed_by_idx" ON "production_run_entries" USING btree ("reversed_by_id");
  CREATE INDEX "production_run_entries_updated_at_idx" ON "production_run_entries" USING btree ("updated_at");
  CREATE INDEX "production_run_entries_created_at_idx" ON "production_run_entries" USING btree ("created_at");
  CREATE INDEX "production_run_entries_rels_order_idx" ON "production_run_entries_rels" USING btree ("order");
  CREATE INDEX "production_run_entries_rels_parent_idx" ON "production_run_entries_rels" USING btree ("parent_id");
  CREATE INDEX "production_run_entries_rels_path_idx" ON "production_run_entries_rels" USING btree ("path");
  CREATE INDEX "production_run_entries_rels_lots_id_idx" ON "production_run_entries_rels" USING btree ("lots_id");
  CREATE INDEX "production_run_entries_rels_stock_movements_id_idx" ON "production_run_entries_rels" USING btree ("stock_movements_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_processes_fk" FOREIGN KEY ("processes_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_production_runs_fk" FOREIGN KEY ("production_runs_id") REFERENCES "public"."production_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_production_run_entries_fk" FOREIGN KEY ("production_run_entries_id") REFERENCES "public"."production_run_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_processes_id_idx" ON "payload_locked_documents_rels" USING btree ("processes_id");
  CREATE INDEX "payload_locked_documents_rels_production_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("production_runs_id");
  CREATE INDEX "payload_locked_documents_rels_production_run_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("production_run_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "processes_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "processes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_run_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_run_entries_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "processes_stages" CASCADE;
  DROP TABLE "processes" CASCADE;
  DROP TABLE "production_runs" CASCADE;
  DROP TABLE "production_run_entries" CASCADE;
  DROP TABLE "production_run_entries_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_processes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_production_runs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_production_run_entries_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions";
  CREATE TYPE "public"."enum_roles_permissions" AS ENUM('boms.view', 'boms.create', 'boms.update', 'boms.delete', 'boms.viewCosts', 'customers.view', 'customers.create', 'customers.update', 'customers.delete', 'executions.view', 'executions.create', 'executions.update', 'executions.finalize', 'executions.delete', 'executions.moveDate', 'executions.overrideRecipe', 'executions.viewCosts', 'items.view', 'items.create', 'items.update', 'items.delete', 'items.viewCosts', 'locations.view', 'locations.create', 'locations.update', 'locations.delete', 'manufacturingOrders.view', 'manufacturingOrders.create', 'manufacturingOrders.update', 'manufacturingOrders.finalize', 'manufacturingOrders.delete', 'manufacturingOrders.moveDate', 'manufacturingOrders.overrideRecipe', 'manufacturingOrders.viewCosts', 'productionPlans.view', 'productionPlans.create', 'productionPlans.update', 'productionPlans.delete', 'productionRuns.view', 'productionRuns.create', 'productionRuns.update', 'productionRuns.finalize', 'productionRuns.delete', 'productionRuns.viewCosts', 'purchaseOrders.view', 'purchaseOrders.create', 'purchaseOrders.update', 'purchaseOrders.delete', 'purchaseOrders.viewCosts', 'salesOrders.view', 'salesOrders.create', 'salesOrders.update', 'salesOrders.delete', 'suppliers.view', 'suppliers.create', 'suppliers.update', 'suppliers.delete', 'inventory.view', 'inventory.adjust', 'processes.manage', 'productionRuns.record', 'purchases.receive', 'roles.manage', 'statuses.manage', 'users.manage');
  ALTER TABLE "roles_permissions" ALTER COLUMN "value" SET DATA TYPE "public"."enum_roles_permissions" USING "value"::"public"."enum_roles_permissions";
  DROP INDEX "payload_locked_documents_rels_processes_id_idx";
  DROP INDEX "payload_locked_documents_rels_production_runs_id_idx";
  DROP INDEX "payload_locked_documents_rels_production_run_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "processes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "production_runs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "production_run_entries_id";
  DROP TYPE "public"."enum_production_runs_status";
  DROP TYPE "public"."enum_production_run_entries_kind";`)
}
