import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  CREATE INDEX "executions_parents_order_idx" ON "executions_parents" USING btree ("_order");
  CREATE INDEX "executions_parents_parent_id_idx" ON "executions_parents" USING btree ("_parent_id");
  CREATE INDEX "executions_parents_execution_idx" ON "executions_parents" USING btree ("execution_id");
  CREATE INDEX "production_plans_lines_order_idx" ON "production_plans_lines" USING btree ("_order");
  CREATE INDEX "production_plans_lines_parent_id_idx" ON "production_plans_lines" USING btree ("_parent_id");
  CREATE INDEX "production_plans_lines_product_idx" ON "production_plans_lines" USING btree ("product_id");
  CREATE INDEX "production_plans_production_floor_idx" ON "production_plans" USING btree ("production_floor_id");
  CREATE INDEX "production_plans_updated_at_idx" ON "production_plans" USING btree ("updated_at");
  CREATE INDEX "production_plans_created_at_idx" ON "production_plans" USING btree ("created_at");
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
  DROP TABLE "executions_parents" CASCADE;
  DROP TABLE "production_plans_lines" CASCADE;
  DROP TABLE "production_plans" CASCADE;
  ALTER TABLE "executions" DROP CONSTRAINT "executions_plan_id_production_plans_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_production_plans_fk";
  
  DROP INDEX "executions_plan_idx";
  DROP INDEX "payload_locked_documents_rels_production_plans_id_idx";
  ALTER TABLE "executions" DROP COLUMN "plan_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "production_plans_id";`)
}
