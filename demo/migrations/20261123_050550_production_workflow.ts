import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_boms_operations_resource_type" AS ENUM('labor', 'machine', 'overhead', 'other');
  CREATE TYPE "public"."enum_boms_basis" AS ENUM('per_unit', 'per_batch');
  CREATE TYPE "public"."enum_production_statuses_color" AS ENUM('amber', 'blue', 'gray', 'green', 'pink', 'purple', 'red', 'teal');
  CREATE TYPE "public"."enum_production_statuses_icon" AS ENUM('box', 'brush', 'check', 'clipboard', 'clock', 'flag', 'gear', 'pause', 'play', 'wrench');
  CREATE TYPE "public"."enum_executions_requirements_kind" AS ENUM('supplied', 'sub_recipe');
  CREATE TYPE "public"."enum_executions_requirements_supply_status" AS ENUM('not_requested', 'requisitioned', 'picked', 'issued', 'in_trolley');
  CREATE TYPE "public"."enum_status_postings_action" AS ENUM('deduct_materials', 'deduct_products', 'deduct_resources', 'add_products');
  CREATE TYPE "public"."enum_production_settings_conditional_rules_action" AS ENUM('deduct_materials', 'deduct_products', 'deduct_resources', 'add_products');
  CREATE TABLE "boms_components" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "boms_operations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar NOT NULL,
  	"resource_id" integer NOT NULL,
  	"resource_type" "enum_boms_operations_resource_type" DEFAULT 'labor' NOT NULL,
  	"crew_size" numeric DEFAULT 1 NOT NULL,
  	"minutes" numeric NOT NULL,
  	"rate_per_hour" numeric
  );
  
  CREATE TABLE "boms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer NOT NULL,
  	"name" varchar,
  	"active" boolean DEFAULT true,
  	"output_quantity" numeric DEFAULT 1 NOT NULL,
  	"basis" "enum_boms_basis" DEFAULT 'per_unit' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_statuses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"name" varchar NOT NULL,
  	"color" "enum_production_statuses_color" DEFAULT 'gray' NOT NULL,
  	"icon" "enum_production_statuses_icon" DEFAULT 'clipboard' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "executions_requirements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"required_quantity" numeric NOT NULL,
  	"kind" "enum_executions_requirements_kind" DEFAULT 'supplied' NOT NULL,
  	"supply_status" "enum_executions_requirements_supply_status" DEFAULT 'not_requested',
  	"child_execution_id" integer
  );
  
  CREATE TABLE "executions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"status_id" integer NOT NULL,
  	"product_id" integer NOT NULL,
  	"lot_label" varchar,
  	"product_description" varchar,
  	"production_date" timestamp(3) with time zone NOT NULL,
  	"planned_quantity" numeric NOT NULL,
  	"produced_quantity" numeric,
  	"production_floor_id" integer NOT NULL,
  	"bom_id" integer,
  	"costs_material_cost" numeric,
  	"costs_unit_cost" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "status_postings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" numeric NOT NULL,
  	"line" varchar NOT NULL,
  	"action" "enum_status_postings_action" NOT NULL,
  	"item_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"due_status_id" integer NOT NULL,
  	"posting_key" varchar NOT NULL,
  	"movements" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_settings_conditional_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_production_settings_conditional_rules_action" NOT NULL,
  	"status_id" integer NOT NULL
  );
  
  CREATE TABLE "production_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"item_categories_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "boms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "production_statuses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "executions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "status_postings_id" integer;
  ALTER TABLE "production_settings" ADD COLUMN "default_status_id" integer;
  ALTER TABLE "production_settings" ADD COLUMN "rules_deduct_materials_id" integer;
  ALTER TABLE "production_settings" ADD COLUMN "rules_deduct_products_id" integer;
  ALTER TABLE "production_settings" ADD COLUMN "rules_deduct_resources_id" integer;
  ALTER TABLE "production_settings" ADD COLUMN "rules_add_products_id" integer;
  ALTER TABLE "boms_components" ADD CONSTRAINT "boms_components_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "boms_components" ADD CONSTRAINT "boms_components_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."boms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "boms_operations" ADD CONSTRAINT "boms_operations_resource_id_items_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "boms_operations" ADD CONSTRAINT "boms_operations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."boms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "boms" ADD CONSTRAINT "boms_product_id_items_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions_requirements" ADD CONSTRAINT "executions_requirements_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions_requirements" ADD CONSTRAINT "executions_requirements_child_execution_id_executions_id_fk" FOREIGN KEY ("child_execution_id") REFERENCES "public"."executions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions_requirements" ADD CONSTRAINT "executions_requirements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."executions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "executions" ADD CONSTRAINT "executions_status_id_production_statuses_id_fk" FOREIGN KEY ("status_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions" ADD CONSTRAINT "executions_product_id_items_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions" ADD CONSTRAINT "executions_production_floor_id_locations_id_fk" FOREIGN KEY ("production_floor_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions" ADD CONSTRAINT "executions_bom_id_boms_id_fk" FOREIGN KEY ("bom_id") REFERENCES "public"."boms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "status_postings" ADD CONSTRAINT "status_postings_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "status_postings" ADD CONSTRAINT "status_postings_due_status_id_production_statuses_id_fk" FOREIGN KEY ("due_status_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_settings_conditional_rules" ADD CONSTRAINT "production_settings_conditional_rules_status_id_production_statuses_id_fk" FOREIGN KEY ("status_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_settings_conditional_rules" ADD CONSTRAINT "production_settings_conditional_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."production_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_settings_rels" ADD CONSTRAINT "production_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."production_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_settings_rels" ADD CONSTRAINT "production_settings_rels_item_categories_fk" FOREIGN KEY ("item_categories_id") REFERENCES "public"."item_categories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "boms_components_order_idx" ON "boms_components" USING btree ("_order");
  CREATE INDEX "boms_components_parent_id_idx" ON "boms_components" USING btree ("_parent_id");
  CREATE INDEX "boms_components_item_idx" ON "boms_components" USING btree ("item_id");
  CREATE INDEX "boms_operations_order_idx" ON "boms_operations" USING btree ("_order");
  CREATE INDEX "boms_operations_parent_id_idx" ON "boms_operations" USING btree ("_parent_id");
  CREATE INDEX "boms_operations_resource_idx" ON "boms_operations" USING btree ("resource_id");
  CREATE INDEX "boms_product_idx" ON "boms" USING btree ("product_id");
  CREATE INDEX "boms_updated_at_idx" ON "boms" USING btree ("updated_at");
  CREATE INDEX "boms_created_at_idx" ON "boms" USING btree ("created_at");
  CREATE INDEX "production_statuses__order_idx" ON "production_statuses" USING btree ("_order");
  CREATE UNIQUE INDEX "production_statuses_name_idx" ON "production_statuses" USING btree ("name");
  CREATE INDEX "production_statuses_updated_at_idx" ON "production_statuses" USING btree ("updated_at");
  CREATE INDEX "production_statuses_created_at_idx" ON "production_statuses" USING btree ("created_at");
  CREATE INDEX "executions_requirements_order_idx" ON "executions_requirements" USING btree ("_order");
  CREATE INDEX "executions_requirements_parent_id_idx" ON "executions_requirements" USING btree ("_parent_id");
  CREATE INDEX "executions_requirements_item_idx" ON "executions_requirements" USING btree ("item_id");
  CREATE INDEX "executions_requirements_child_execution_idx" ON "executions_requirements" USING btree ("child_execution_id");
  CREATE UNIQUE INDEX "executions_code_idx" ON "executions" USING btree ("code");
  CREATE INDEX "executions_status_idx" ON "executions" USING btree ("status_id");
  CREATE INDEX "executions_product_idx" ON "executions" USING btree ("product_id");
  CREATE INDEX "executions_lot_label_idx" ON "executions" USING btree ("lot_label");
  CREATE INDEX "executions_production_date_idx" ON "executions" USING btree ("production_date");
  CREATE INDEX "executions_production_floor_idx" ON "executions" USING btree ("production_floor_id");
  CREATE INDEX "executions_bom_idx" ON "executions" USING btree ("bom_id");
  CREATE INDEX "executions_updated_at_idx" ON "executions" USING btree ("updated_at");
  CREATE INDEX "executions_created_at_idx" ON "executions" USING btree ("created_at");
  CREATE INDEX "status_postings_document_collection_idx" ON "status_postings" USING btree ("document_collection");
  CREATE INDEX "status_postings_document_id_idx" ON "status_postings" USING btree ("document_id");
  CREATE INDEX "status_postings_item_idx" ON "status_postings" USING btree ("item_id");
  CREATE INDEX "status_postings_due_status_idx" ON "status_postings" USING btree ("due_status_id");
  CREATE INDEX "status_postings_updated_at_idx" ON "status_postings" USING btree ("updated_at");
  CREATE INDEX "status_postings_created_at_idx" ON "status_postings" USING btree ("created_at");
  CREATE INDEX "production_settings_conditional_rules_order_idx" ON "production_settings_conditional_rules" USING btree ("_order");
  CREATE INDEX "production_settings_conditional_rules_parent_id_idx" ON "production_settings_conditional_rules" USING btree ("_parent_id");
  CREATE INDEX "production_settings_conditional_rules_status_idx" ON "production_settings_conditional_rules" USING btree ("status_id");
  CREATE INDEX "production_settings_rels_order_idx" ON "production_settings_rels" USING btree ("order");
  CREATE INDEX "production_settings_rels_parent_idx" ON "production_settings_rels" USING btree ("parent_id");
  CREATE INDEX "production_settings_rels_path_idx" ON "production_settings_rels" USING btree ("path");
  CREATE INDEX "production_settings_rels_item_categories_id_idx" ON "production_settings_rels" USING btree ("item_categories_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_boms_fk" FOREIGN KEY ("boms_id") REFERENCES "public"."boms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_production_statuses_fk" FOREIGN KEY ("production_statuses_id") REFERENCES "public"."production_statuses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_executions_fk" FOREIGN KEY ("executions_id") REFERENCES "public"."executions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_status_postings_fk" FOREIGN KEY ("status_postings_id") REFERENCES "public"."status_postings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_settings" ADD CONSTRAINT "production_settings_default_status_id_production_statuses_id_fk" FOREIGN KEY ("default_status_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_settings" ADD CONSTRAINT "production_settings_rules_deduct_materials_id_production_statuses_id_fk" FOREIGN KEY ("rules_deduct_materials_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_settings" ADD CONSTRAINT "production_settings_rules_deduct_products_id_production_statuses_id_fk" FOREIGN KEY ("rules_deduct_products_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_settings" ADD CONSTRAINT "production_settings_rules_deduct_resources_id_production_statuses_id_fk" FOREIGN KEY ("rules_deduct_resources_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_settings" ADD CONSTRAINT "production_settings_rules_add_products_id_production_statuses_id_fk" FOREIGN KEY ("rules_add_products_id") REFERENCES "public"."production_statuses"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_boms_id_idx" ON "payload_locked_documents_rels" USING btree ("boms_id");
  CREATE INDEX "payload_locked_documents_rels_production_statuses_id_idx" ON "payload_locked_documents_rels" USING btree ("production_statuses_id");
  CREATE INDEX "payload_locked_documents_rels_executions_id_idx" ON "payload_locked_documents_rels" USING btree ("executions_id");
  CREATE INDEX "payload_locked_documents_rels_status_postings_id_idx" ON "payload_locked_documents_rels" USING btree ("status_postings_id");
  CREATE INDEX "production_settings_default_status_idx" ON "production_settings" USING btree ("default_status_id");
  CREATE INDEX "production_settings_rules_rules_deduct_materials_idx" ON "production_settings" USING btree ("rules_deduct_materials_id");
  CREATE INDEX "production_settings_rules_rules_deduct_products_idx" ON "production_settings" USING btree ("rules_deduct_products_id");
  CREATE INDEX "production_settings_rules_rules_deduct_resources_idx" ON "production_settings" USING btree ("rules_deduct_resources_id");
  CREATE INDEX "production_settings_rules_rules_add_products_idx" ON "production_settings" USING btree ("rules_add_products_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "boms_components" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "boms_operations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "boms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_statuses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "executions_requirements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "executions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "status_postings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_settings_conditional_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_settings_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "boms_components" CASCADE;
  DROP TABLE "boms_operations" CASCADE;
  DROP TABLE "boms" CASCADE;
  DROP TABLE "production_statuses" CASCADE;
  DROP TABLE "executions_requirements" CASCADE;
  DROP TABLE "executions" CASCADE;
  DROP TABLE "status_postings" CASCADE;
  DROP TABLE "production_settings_conditional_rules" CASCADE;
  DROP TABLE "production_settings_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_boms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_production_statuses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_executions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_status_postings_fk";
  
  ALTER TABLE "production_settings" DROP CONSTRAINT "production_settings_default_status_id_production_statuses_id_fk";
  
  ALTER TABLE "production_settings" DROP CONSTRAINT "production_settings_rules_deduct_materials_id_production_statuses_id_fk";
  
  ALTER TABLE "production_settings" DROP CONSTRAINT "production_settings_rules_deduct_products_id_production_statuses_id_fk";
  
  ALTER TABLE "production_settings" DROP CONSTRAINT "production_settings_rules_deduct_resources_id_production_statuses_id_fk";
  
  ALTER TABLE "production_settings" DROP CONSTRAINT "production_settings_rules_add_products_id_production_statuses_id_fk";
  
  DROP INDEX "payload_locked_documents_rels_boms_id_idx";
  DROP INDEX "payload_locked_documents_rels_production_statuses_id_idx";
  DROP INDEX "payload_locked_documents_rels_executions_id_idx";
  DROP INDEX "payload_locked_documents_rels_status_postings_id_idx";
  DROP INDEX "production_settings_default_status_idx";
  DROP INDEX "production_settings_rules_rules_deduct_materials_idx";
  DROP INDEX "production_settings_rules_rules_deduct_products_idx";
  DROP INDEX "production_settings_rules_rules_deduct_resources_idx";
  DROP INDEX "production_settings_rules_rules_add_products_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "boms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "production_statuses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "executions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "status_postings_id";
  ALTER TABLE "production_settings" DROP COLUMN "default_status_id";
  ALTER TABLE "production_settings" DROP COLUMN "rules_deduct_materials_id";
  ALTER TABLE "production_settings" DROP COLUMN "rules_deduct_products_id";
  ALTER TABLE "production_settings" DROP COLUMN "rules_deduct_resources_id";
  ALTER TABLE "production_settings" DROP COLUMN "rules_add_products_id";
  DROP TYPE "public"."enum_boms_operations_resource_type";
  DROP TYPE "public"."enum_boms_basis";
  DROP TYPE "public"."enum_production_statuses_color";
  DROP TYPE "public"."enum_production_statuses_icon";
  DROP TYPE "public"."enum_executions_requirements_kind";
  DROP TYPE "public"."enum_executions_requirements_supply_status";
  DROP TYPE "public"."enum_status_postings_action";
  DROP TYPE "public"."enum_production_settings_conditional_rules_action";`)
}
