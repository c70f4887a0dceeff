import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "inventory_adjustments" ADD COLUMN "execution_id" integer;
  ALTER TABLE "executions" ADD COLUMN "start_date" timestamp(3) with time zone;
  ALTER TABLE "executions" ADD COLUMN "expected_date" timestamp(3) with time zone;
  ALTER TABLE "executions" ADD COLUMN "employee_id" integer;
  ALTER TABLE "executions" ADD COLUMN "customer_id" integer;
  ALTER TABLE "executions" ADD COLUMN "note" varchar;
  ALTER TABLE "executions" ADD COLUMN "sales_order_id" integer;
  ALTER TABLE "executions" ADD COLUMN "sales_order_line" varchar;
  ALTER TABLE "inventory_adjustments" ADD CONSTRAINT "inventory_adjustments_execution_id_executions_id_fk" FOREIGN KEY ("execution_id") REFERENCES "public"."executions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions" ADD CONSTRAINT "executions_employee_id_users_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions" ADD CONSTRAINT "executions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executions" ADD CONSTRAINT "executions_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "inventory_adjustments_execution_idx" ON "inventory_adjustments" USING btree ("execution_id");
  CREATE INDEX "executions_employee_idx" ON "executions" USING btree ("employee_id");
  CREATE INDEX "executions_customer_idx" ON "executions" USING btree ("customer_id");
  CREATE INDEX "executions_sales_order_idx" ON "executions" USING btree ("sales_order_id");
  CREATE INDEX "executions_sales_order_line_idx" ON "executions" USING btree ("sales_order_line");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "inventory_adjustments" DROP CONSTRAINT "inventory_adjustments_execution_id_executions_id_fk";
  
  ALTER TABLE "executions" DROP CONSTRAINT "executions_employee_id_users_id_fk";
  
  ALTER TABLE "executions" DROP CONSTRAINT "executions_customer_id_customers_id_fk";
  
  ALTER TABLE "executions" DROP CONSTRAINT "executions_sales_order_id_sales_orders_id_fk";
  
  DROP INDEX "inventory_adjustments_execution_idx";
  DROP INDEX "executions_employee_idx";
  DROP INDEX "executions_customer_idx";
  DROP INDEX "executions_sales_order_idx";
  DROP INDEX "executions_sales_order_line_idx";
  ALTER TABLE "inventory_adjustments" DROP COLUMN "execution_id";
  ALTER TABLE "executions" DROP COLUMN "start_date";
  ALTER TABLE "executions" DROP COLUMN "expected_date";
  ALTER TABLE "executions" DROP COLUMN "employee_id";
  ALTER TABLE "executions" DROP COLUMN "customer_id";
  ALTER TABLE "executions" DROP COLUMN "note";
  ALTER TABLE "executions" DROP COLUMN "sales_order_id";
  ALTER TABLE "executions" DROP COLUMN "sales_order_line";`)
}
