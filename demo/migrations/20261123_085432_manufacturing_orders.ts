import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  -- Order numbers come from a sequence: distinct under concurrent creates, never max + 1.
  CREATE SEQUENCE IF NOT EXISTS "manufacturing_order_number_seq";
   CREATE TYPE "public"."enum_manufacturing_orders_ingredients_basis" AS ENUM('per_unit', 'per_batch');
  CREATE TYPE "public"."enum_manufacturing_orders_ingredients_lot_strategy" AS ENUM('fifo', 'lifo', 'custom');
  CREATE TYPE "public"."enum_manufacturing_orders_ingredients_pick_status" AS ENUM('not_picked', 'in_progress', 'picked');
  CREATE TYPE "public"."enum_manufacturing_orders_outputs_status" AS ENUM('pending', 'in_progress', 'completed');
  CREATE TYPE "public"."enum_manufacturing_orders_outputs_disposition" AS ENUM('available', 'blocked');
  CREATE TYPE "public"."enum_manufacturing_orders_operations_resource_type" AS ENUM('labor', 'machine', 'overhead', 'other');
  CREATE TYPE "public"."enum_manufacturing_orders_state" AS ENUM('open', 'done');
  CREATE TYPE "public"."enum_manufacturing_orders_production_state" AS ENUM('not_started', 'blocked', 'in_progress', 'done');
  CREATE TYPE "public"."enum_manufacturing_orders_pick_progress" AS ENUM('not_started', 'in_progress', 'picked');
  CREATE TYPE "public"."enum_manufacturing_orders_mode" AS ENUM('discrete', 'batch');
  CREATE TYPE "public"."enum_manufacturing_orders_recipe_basis" AS ENUM('per_unit', 'per_batch');
  CREATE TABLE "manufacturing_orders_ingredients_picked_lots" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"lot_id" integer NOT NULL,
  	"quantity" numeric NOT NULL
  );
  
  CREATE TABLE "manufacturing_orders_ingredients" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"sku" varchar,
  	"basis" "enum_manufacturing_orders_ingredients_basis" DEFAULT 'per_unit',
  	"recipe_quantity" numeric,
  	"planned_quantity" numeric NOT NULL,
  	"actual_quantity" numeric,
  	"lot_strategy" "enum_manufacturing_orders_ingredients_lot_strategy" DEFAULT 'fifo',
  	"pick_status" "enum_manufacturing_orders_ingredients_pick_status" DEFAULT 'not_picked',
  	"picked_quantity" numeric,
  	"backflushed_quantity" numeric,
  	"actual_cost" numeric,
  	"notes" varchar
  );
  
  CREATE TABLE "manufacturing_orders_outputs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"batch_number" numeric,
  	"status" "enum_manufacturing_orders_outputs_status" DEFAULT 'pending',
  	"planned_quantity" numeric,
  	"completed_quantity" numeric,
  	"reversed_quantity" numeric,
  	"lot_id" integer,
  	"disposition" "enum_manufacturing_orders_outputs_disposition",
  	"completed_at" timestamp(3) with time zone,
  	"material_cost" numeric,
  	"operation_cost" numeric,
  	"unit_cost" numeric
  );
  
  CREATE TABLE "manufacturing_orders_operations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar NOT NULL,
  	"resource_id" integer,
  	"resource_type" "enum_manufacturing_orders_operations_resource_type" DEFAULT 'labor',
  	"crew_size" numeric DEFAULT 1 NOT NULL,
  	"recipe_minutes" numeric,
  	"planned_minutes" numeric NOT NULL,
  	"rate_per_hour" numeric,
  	"planned_cost" numeric,
  	"actual_cost" numeric,
  	"actual_crew_size" numeric,
  	"actual_minutes" numeric
  );
  
  CREATE TABLE "manufacturing_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_number" varchar,
  	"status_id" integer NOT NULL,
  	"state" "enum_manufacturing_orders_state" DEFAULT 'open',
  	"production_state" "enum_manufacturing_orders_production_state" DEFAULT 'not_started',
  	"pick_progress" "enum_manufacturing_orders_pick_progress" DEFAULT 'not_started',
  	"blocked" boolean DEFAULT false,
  	"started_at" timestamp(3) with time zone,
  	"completed_at" timestamp(3) with time zone,
  	"sales_order_id" integer,
  	"sales_order_line" varchar,
  	"product_id" integer NOT NULL,
  	"bom_id" integer,
  	"mode" "enum_manufacturing_orders_mode",
  	"quantity" numeric,
  	"batches" numeric DEFAULT 1,
  	"location_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone,
  	"employee_id" integer,
  	"customer_id" integer,
  	"notes" varchar,
  	"recipe_output_quantity" numeric,
  	"recipe_basis" "enum_manufacturing_orders_recipe_basis",
  	"costs_material_cost" numeric,
  	"costs_operation_cost" numeric,
  	"costs_total_cost" numeric,
  	"costs_unit_cost" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "manufacturing_orders_id" integer;
  ALTER TABLE "manufacturing_orders_ingredients_picked_lots" ADD CONSTRAINT "manufacturing_orders_ingredients_picked_lots_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders_ingredients_picked_lots" ADD CONSTRAINT "manufacturing_orders_ingredients_picked_lots_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manufacturing_orders_ingredients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manufacturing_orders_ingredients" ADD CONSTRAINT "manufacturing_orders_ingredients_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders_ingredients" ADD CONSTRAINT "manufacturing_orders_ingredients_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manufacturing_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manufacturing_orders_outputs" ADD CONSTRAINT "manufacturing_orders_outputs_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders_outputs" ADD CONSTRAINT "manufacturing_orders_outputs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manufacturing_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manufacturing_orders_operations" ADD CONSTRAINT "manufacturing_orders_operations_resource_id_items_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders_operations" ADD CONSTRAINT "manufacturing_orders_operations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manufacturing_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manufacturing_orders" ADD CONSTRAINT "manufacturing_orders_status_id_production_statuses_id_fk" FOREIGN KEY ("status_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders" ADD CONSTRAINT "manufacturing_orders_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders" ADD CONSTRAINT "manufacturing_orders_product_id_items_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders" ADD CONSTRAINT "manufacturing_orders_bom_id_boms_id_fk" FOREIGN KEY ("bom_id") REFERENCES "public"."boms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders" ADD CONSTRAINT "manufacturing_orders_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders" ADD CONSTRAINT "manufacturing_orders_employee_id_users_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manufacturing_orders" ADD CONSTRAINT "manufacturing_orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "manufacturing_orders_ingredients_picked_lots_order_idx" ON "manufacturing_orders_ingredients_picked_lots" USING btree ("_order");
  CREATE INDEX "manufacturing_orders_ingredients_picked_lots_parent_id_idx" ON "manufacturing_orders_ingredients_picked_lots" USING btree ("_parent_id");
  CREATE INDEX "manufacturing_orders_ingredients_picked_lots_lot_idx" ON "manufacturing_orders_ingredients_picked_lots" USING btree ("lot_id");
  CREATE INDEX "manufacturing_orders_ingredients_order_idx" ON "manufacturing_orders_ingredients" USING btree ("_order");
  CREATE INDEX "manufacturing_orders_ingredients_parent_id_idx" ON "manufacturing_orders_ingredients" USING btree ("_parent_id");
  CREATE INDEX "manufacturing_orders_ingredients_item_idx" ON "manufacturing_orders_ingredients" USING btree ("item_id");
  CREATE INDEX "manufacturing_orders_outputs_order_idx" ON "manufacturing_orders_outputs" USING btree ("_order");
  CREATE INDEX "manufacturing_orders_outputs_parent_id_idx" ON "manufacturing_orders_outputs" USING btree ("_parent_id");
  CREATE INDEX "manufacturing_orders_outputs_lot_idx" ON "manufacturing_orders_outputs" USING btree ("lot_id");
  CREATE INDEX "manufacturing_orders_operations_order_idx" ON "manufacturing_orders_operations" USING btree ("_order");
  CREATE INDEX "manufacturing_orders_operations_parent_id_idx" ON "manufacturing_orders_operations" USING btree ("_parent_id");
  CREATE INDEX "manufacturing_orders_operations_resource_idx" ON "manufacturing_orders_operations" USING btree ("resource_id");
  CREATE UNIQUE INDEX "manufacturing_orders_order_number_idx" ON "manufacturing_orders" USING btree ("order_number");
  CREATE INDEX "manufacturing_orders_status_idx" ON "manufacturing_orders" USING btree ("status_id");
  CREATE INDEX "manufacturing_orders_state_idx" ON "manufacturing_orders" USING btree ("state");
  CREATE INDEX "manufacturing_orders_production_state_idx" ON "manufacturing_orders" USING btree ("production_state");
  CREATE INDEX "manufacturing_orders_pick_progress_idx" ON "manufacturing_orders" USING btree ("pick_progress");
  CREATE INDEX "manufacturing_orders_sales_order_idx" ON "manufacturing_orders" USING btree ("sales_order_id");
  CREATE INDEX "manufacturing_orders_product_idx" ON "manufacturing_orders" USING btree ("product_id");
  CREATE INDEX "manufacturing_orders_bom_idx" ON "manufacturing_orders" USING btree ("bom_id");
  CREATE INDEX "manufacturing_orders_location_idx" ON "manufacturing_orders" USING btree ("location_id");
  CREATE INDEX "manufacturing_orders_employee_idx" ON "manufacturing_orders" USING btree ("employee_id");
  CREATE INDEX "manufacturing_orders_customer_idx" ON "manufacturing_orders" USING btree ("customer_id");
  CREATE INDEX "manufacturing_orders_updated_at_idx" ON "manufacturing_orders" USING btree ("updated_at");
  CREATE INDEX "manufacturing_orders_created_at_idx" ON "manufacturing_orders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manufacturing_orders_fk" FOREIGN KEY ("manufacturing_orders_id") REFERENCES "public"."manufacturing_orders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_manufacturing_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("manufacturing_orders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP SEQUENCE IF EXISTS "manufacturing_order_number_seq";
   ALTER TABLE "manufacturing_orders_ingredients_picked_lots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manufacturing_orders_ingredients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manufacturing_orders_outputs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manufacturing_orders_operations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manufacturing_orders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "manufacturing_orders_ingredients_picked_lots" CASCADE;
  DROP TABLE "manufacturing_orders_ingredients" CASCADE;
  DROP TABLE "manufacturing_orders_outputs" CASCADE;
  DROP TABLE "manufacturing_orders_operations" CASCADE;
  DROP TABLE "manufacturing_orders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_manufacturing_orders_fk";
  
  DROP INDEX "payload_locked_documents_rels_manufacturing_orders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "manufacturing_orders_id";
  DROP TYPE "public"."enum_manufacturing_orders_ingredients_basis";
  DROP TYPE "public"."enum_manufacturing_orders_ingredients_lot_strategy";
  DROP TYPE "public"."enum_manufacturing_orders_ingredients_pick_status";
  DROP TYPE "public"."enum_manufacturing_orders_outputs_status";
  DROP TYPE "public"."enum_manufacturing_orders_outputs_disposition";
  DROP TYPE "public"."enum_manufacturing_orders_operations_resource_type";
  DROP TYPE "public"."enum_manufacturing_orders_state";
  DROP TYPE "public"."enum_manufacturing_orders_production_state";
  DROP TYPE "public"."enum_manufacturing_orders_pick_progress";
  DROP TYPE "public"."enum_manufacturing_orders_mode";
  DROP TYPE "public"."enum_manufacturing_orders_recipe_basis";`)
}
