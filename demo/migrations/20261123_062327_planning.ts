import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_production_plans_generation_state" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'generateExecutions');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'generateExecutions');
  CREATE TABLE "executions_parents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"execution_id" integer NOT NULL,
  	"required_quantity" numeric NOT NULL
  );
  
  CREATE TABLE "production_plans_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "production_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"production_floor_id" integer NOT NULL,
  	"generation_state" "enum_production_plans_generation_state",
  	"generation_done" numeric,
  	"generation_total" numeric,
  	"generation_message" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "executions" ADD COLUMN "plan_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "production_plans_id" integer;
  ALTER TABLE "executions_parents" ADD CONSTRAINT "executions_parents_execution_id_executions_id_fk" FOREIGN KEY ("execution_id") REFERENCES "public"."executions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions_parents" ADD CONSTRAINT "executions_parents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."executions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_plans_lines" ADD CONSTRAINT "production_plans_lines_product_id_items_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "production_plans_lines" ADD CONSTRAINT "production_plans_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."production_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "production_plans" ADD CONSTRAINT "production_plans_production_floor_id_locations_id_fk" FOREIGN KEY ("production_floor_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "executions_parents_order_idx" ON "executions_parents" USING btree ("_order");
  CREATE INDEX "executions_parents_parent_id_idx" ON "executions_parents" USING btree ("_parent_id");
  CREATE INDEX "executions_parents_execution_idx" ON "executions_parents" USING btree ("execution_id");
  CREATE INDEX "production_plans_lines_order_idx" ON "production_plans_lines" USING btree ("_order");
  CREATE INDEX "production_plans_lines_parent_id_idx" ON "production_plans_lines" USING btree ("_parent_id");
  CREATE INDEX "production_plans_lines_product_idx" ON "production_plans_lines" USING btree ("product_id");
  CREATE INDEX "production_plans_production_floor_idx" ON "production_plans" USING btree ("production_floor_id");
  CREATE INDEX "production_plans_updated_at_idx" ON "production_plans" USING btree ("updated_at");
  CREATE INDEX "production_plans_created_at_idx" ON "production_plans" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "executions" ADD CONSTRAINT "executions_plan_id_production_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."production_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_production_plans_fk" FOREIGN KEY ("production_plans_id") REFERENCES "public"."production_plans"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "executions_plan_idx" ON "executions" USING btree ("plan_id");
  CREATE INDEX "payload_locked_documents_rels_production_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("production_plans_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "executions_parents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_plans_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "executions_parents" CASCADE;
  DROP TABLE "production_plans_lines" CASCADE;
  DROP TABLE "production_plans" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "executions" DROP CONSTRAINT "executions_plan_id_production_plans_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_production_plans_fk";
  
  DROP INDEX "executions_plan_idx";
  DROP INDEX "payload_locked_documents_rels_production_plans_id_idx";
  ALTER TABLE "executions" DROP COLUMN "plan_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "production_plans_id";
  DROP TYPE "public"."enum_production_plans_generation_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
