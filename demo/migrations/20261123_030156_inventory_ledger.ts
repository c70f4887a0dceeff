import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_items_kind" AS ENUM('material', 'product', 'resource');
  CREATE TYPE "public"."enum_items_production_mode" AS ENUM('discrete', 'batch');
  CREATE TYPE "public"."enum_items_lot_strategy" AS ENUM('fifo', 'lifo', 'custom');
  CREATE TYPE "public"."enum_items_negative_stock" AS ENUM('inherit', 'allow', 'refuse');
  CREATE TYPE "public"."enum_locations_kind" AS ENUM('warehouse', 'production_floor', 'virtual');
  CREATE TYPE "public"."enum_locations_virtual_role" AS ENUM('supplier', 'customer', 'production', 'loss', 'adjustment');
  CREATE TYPE "public"."enum_lots_disposition" AS ENUM('available', 'blocked');
  CREATE TYPE "public"."enum_stock_movements_reason" AS ENUM('receipt', 'consume', 'produce', 'loss_waste', 'loss_rejection', 'scrap', 'adjustment', 'transfer', 'reverse', 'reserve', 'release');
  CREATE TYPE "public"."enum_inventory_adjustments_type" AS ENUM('count', 'waste', 'damage', 'found', 'other');
  CREATE TYPE "public"."enum_inventory_adjustments_status" AS ENUM('posted', 'reversed');
  CREATE TYPE "public"."enum_purchase_orders_status" AS ENUM('draft', 'sent', 'partially_received', 'received');
  CREATE TYPE "public"."enum_sales_orders_status" AS ENUM('draft', 'confirmed', 'delivered', 'cancelled');
  CREATE TYPE "public"."enum_production_settings_negative_stock_policy" AS ENUM('refuse', 'allow');
  CREATE TABLE "items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sku" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"kind" "enum_items_kind" DEFAULT 'material' NOT NULL,
  	"category_id" integer,
  	"unit" varchar DEFAULT 'pcs' NOT NULL,
  	"standard_cost" numeric,
  	"primary_supplier_id" integer,
  	"production_mode" "enum_items_production_mode" DEFAULT 'discrete',
  	"batch_size" numeric,
  	"lot_strategy" "enum_items_lot_strategy" DEFAULT 'fifo',
  	"scrap_item_id" integer,
  	"negative_stock" "enum_items_negative_stock" DEFAULT 'inherit',
  	"on_hand" numeric DEFAULT 0,
  	"available" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "item_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "suppliers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"address" varchar,
  	"notes" varchar,
  	"lead_time_days" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "customers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"address" varchar,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "locations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"kind" "enum_locations_kind" DEFAULT 'warehouse' NOT NULL,
  	"virtual_role" "enum_locations_virtual_role",
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "lots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"item_id" integer NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"unit_cost" numeric,
  	"disposition" "enum_lots_disposition" DEFAULT 'available' NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"source_document" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_movements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"lot_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"from_id" integer NOT NULL,
  	"to_id" integer NOT NULL,
  	"unit_cost" numeric,
  	"reason" "enum_stock_movements_reason" NOT NULL,
  	"source_collection" varchar,
  	"source_id" varchar,
  	"source_line" varchar,
  	"posting_key" varchar NOT NULL,
  	"posting_hash" varchar NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"reverses_id" integer,
  	"posted_at" timestamp(3) with time zone NOT NULL,
  	"posted_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_balances" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"location_id" integer NOT NULL,
  	"lot_id" integer NOT NULL,
  	"on_hand" numeric DEFAULT 0 NOT NULL,
  	"reserved" numeric DEFAULT 0 NOT NULL,
  	"available" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inventory_adjustments_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"lot_id" integer,
  	"quantity_delta" numeric NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "inventory_adjustments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"type" "enum_inventory_adjustments_type" DEFAULT 'count' NOT NULL,
  	"location_id" integer NOT NULL,
  	"status" "enum_inventory_adjustments_status" DEFAULT 'posted',
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "purchase_orders_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"unit_cost" numeric NOT NULL,
  	"received_quantity" numeric DEFAULT 0
  );
  
  CREATE TABLE "purchase_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"supplier_id" integer NOT NULL,
  	"expected_date" timestamp(3) with time zone,
  	"status" "enum_purchase_orders_status" DEFAULT 'draft',
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sales_orders_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_id" integer NOT NULL,
  	"quantity" numeric NOT NULL
  );
  
  CREATE TABLE "sales_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"customer_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone,
  	"status" "enum_sales_orders_status" DEFAULT 'draft',
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"negative_stock_policy" "enum_production_settings_negative_stock_policy" DEFAULT 'refuse' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "item_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "suppliers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "customers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "locations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_movements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_balances_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inventory_adjustments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "purchase_orders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sales_orders_id" integer;
  ALTER TABLE "items" ADD CONSTRAINT "items_category_id_item_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."item_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "items" ADD CONSTRAINT "items_primary_supplier_id_suppliers_id_fk" FOREIGN KEY ("primary_supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "items" ADD CONSTRAINT "items_scrap_item_id_items_id_fk" FOREIGN KEY ("scrap_item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lots" ADD CONSTRAINT "lots_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_from_id_locations_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_to_id_locations_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_reverses_id_stock_movements_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."stock_movements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_posted_by_id_users_id_fk" FOREIGN KEY ("posted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_balances" ADD CONSTRAINT "stock_balances_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_balances" ADD CONSTRAINT "stock_balances_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_balances" ADD CONSTRAINT "stock_balances_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inventory_adjustments_lines" ADD CONSTRAINT "inventory_adjustments_lines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inventory_adjustments_lines" ADD CONSTRAINT "inventory_adjustments_lines_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inventory_adjustments_lines" ADD CONSTRAINT "inventory_adjustments_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inventory_adjustments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inventory_adjustments" ADD CONSTRAINT "inventory_adjustments_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders_lines" ADD CONSTRAINT "purchase_orders_lines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "purchase_orders_lines" ADD CONSTRAINT "purchase_orders_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders_lines" ADD CONSTRAINT "sales_orders_lines_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sales_orders_lines" ADD CONSTRAINT "sales_orders_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "items_sku_idx" ON "items" USING btree ("sku");
  CREATE INDEX "items_category_idx" ON "items" USING btree ("category_id");
  CREATE INDEX "items_primary_supplier_idx" ON "items" USING btree ("primary_supplier_id");
  CREATE INDEX "items_scrap_item_idx" ON "items" USING btree ("scrap_item_id");
  CREATE INDEX "items_updated_at_idx" ON "items" USING btree ("updated_at");
  CREATE INDEX "items_created_at_idx" ON "items" USING btree ("created_at");
  CREATE UNIQUE INDEX "item_categories_name_idx" ON "item_categories" USING btree ("name");
  CREATE INDEX "item_categories_updated_at_idx" ON "item_categories" USING btree ("updated_at");
  CREATE INDEX "item_categories_created_at_idx" ON "item_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "suppliers_name_idx" ON "suppliers" USING btree ("name");
  CREATE INDEX "suppliers_code_idx" ON "suppliers" USING btree ("code");
  CREATE INDEX "suppliers_updated_at_idx" ON "suppliers" USING btree ("updated_at");
  CREATE INDEX "suppliers_created_at_idx" ON "suppliers" USING btree ("created_at");
  CREATE UNIQUE INDEX "customers_name_idx" ON "customers" USING btree ("name");
  CREATE INDEX "customers_code_idx" ON "customers" USING btree ("code");
  CREATE INDEX "customers_updated_at_idx" ON "customers" USING btree ("updated_at");
  CREATE INDEX "customers_created_at_idx" ON "customers" USING btree ("created_at");
  CREATE UNIQUE INDEX "locations_name_idx" ON "locations" USING btree ("name");
  CREATE INDEX "locations_code_idx" ON "locations" USING btree ("code");
  CREATE UNIQUE INDEX "locations_virtual_role_idx" ON "locations" USING btree ("virtual_role");
  CREATE INDEX "locations_updated_at_idx" ON "locations" USING btree ("updated_at");
  CREATE INDEX "locations_created_at_idx" ON "locations" USING btree ("created_at");
  CREATE INDEX "lots_code_idx" ON "lots" USING btree ("code");
  CREATE INDEX "lots_item_idx" ON "lots" USING btree ("item_id");
  CREATE INDEX "lots_updated_at_idx" ON "lots" USING btree ("updated_at");
  CREATE INDEX "lots_created_at_idx" ON "lots" USING btree ("created_at");
  CREATE UNIQUE INDEX "item_code_idx" ON "lots" USING btree ("item_id","code");
  CREATE INDEX "stock_movements_item_idx" ON "stock_movements" USING btree ("item_id");
  CREATE INDEX "stock_movements_lot_idx" ON "stock_movements" USING btree ("lot_id");
  CREATE INDEX "stock_movements_from_idx" ON "stock_movements" USING btree ("from_id");
  CREATE INDEX "stock_movements_to_idx" ON "stock_movements" USING btree ("to_id");
  CREATE INDEX "stock_movements_reason_idx" ON "stock_movements" USING btree ("reason");
  CREATE INDEX "stock_movements_source_collection_idx" ON "stock_movements" USING btree ("source_collection");
  CREATE INDEX "stock_movements_source_id_idx" ON "stock_movements" USING btree ("source_id");
  CREATE INDEX "stock_movements_posting_key_idx" ON "stock_movements" USING btree ("posting_key");
  CREATE UNIQUE INDEX "stock_movements_idempotency_key_idx" ON "stock_movements" USING btree ("idempotency_key");
  CREATE UNIQUE INDEX "stock_movements_reverses_idx" ON "stock_movements" USING btree ("reverses_id");
  CREATE INDEX "stock_movements_posted_at_idx" ON "stock_movements" USING btree ("posted_at");
  CREATE INDEX "stock_movements_posted_by_idx" ON "stock_movements" USING btree ("posted_by_id");
  CREATE INDEX "stock_movements_updated_at_idx" ON "stock_movements" USING btree ("updated_at");
  CREATE INDEX "stock_movements_created_at_idx" ON "stock_movements" USING btree ("created_at");
  CREATE INDEX "stock_balances_item_idx" ON "stock_balances" USING btree ("item_id");
  CREATE INDEX "stock_balances_location_idx" ON "stock_balances" USING btree ("location_id");
  CREATE INDEX "stock_balances_lot_idx" ON "stock_balances" USING btree ("lot_id");
  CREATE INDEX "stock_balances_updated_at_idx" ON "stock_balances" USING btree ("updated_at");
  CREATE INDEX "stock_balances_created_at_idx" ON "stock_balances" USING btree ("created_at");
  CREATE UNIQUE INDEX "item_location_lot_idx" ON "stock_balances" USING btree ("item_id","location_id","lot_id");
  CREATE INDEX "inventory_adjustments_lines_order_idx" ON "inventory_adjustments_lines" USING btree ("_order");
  CREATE INDEX "inventory_adjustments_lines_parent_id_idx" ON "inventory_adjustments_lines" USING btree ("_parent_id");
  CREATE INDEX "inventory_adjustments_lines_item_idx" ON "inventory_adjustments_lines" USING btree ("item_id");
  CREATE INDEX "inventory_adjustments_lines_lot_idx" ON "inventory_adjustments_lines" USING btree ("lot_id");
  CREATE UNIQUE INDEX "inventory_adjustments_number_idx" ON "inventory_adjustments" USING btree ("number");
  CREATE INDEX "inventory_adjustments_location_idx" ON "inventory_adjustments" USING btree ("location_id");
  CREATE INDEX "inventory_adjustments_updated_at_idx" ON "inventory_adjustments" USING btree ("updated_at");
  CREATE INDEX "inventory_adjustments_created_at_idx" ON "inventory_adjustments" USING btree ("created_at");
  CREATE INDEX "purchase_orders_lines_order_idx" ON "purchase_orders_lines" USING btree ("_order");
  CREATE INDEX "purchase_orders_lines_parent_id_idx" ON "purchase_orders_lines" USING btree ("_parent_id");
  CREATE INDEX "purchase_orders_lines_item_idx" ON "purchase_orders_lines" USING btree ("item_id");
  CREATE UNIQUE INDEX "purchase_orders_number_idx" ON "purchase_orders" USING btree ("number");
  CREATE INDEX "purchase_orders_supplier_idx" ON "purchase_orders" USING btree ("supplier_id");
  CREATE INDEX "purchase_orders_updated_at_idx" ON "purchase_orders" USING btree ("updated_at");
  CREATE INDEX "purchase_orders_created_at_idx" ON "purchase_orders" USING btree ("created_at");
  CREATE INDEX "sales_orders_lines_order_idx" ON "sales_orders_lines" USING btree ("_order");
  CREATE INDEX "sales_orders_lines_parent_id_idx" ON "sales_orders_lines" USING btree ("_parent_id");
  CREATE INDEX "sales_orders_lines_item_idx" ON "sales_orders_lines" USING btree ("item_id");
  CREATE UNIQUE INDEX "sales_orders_number_idx" ON "sales_orders" USING btree ("number");
  CREATE INDEX "sales_orders_customer_idx" ON "sales_orders" USING btree ("customer_id");
  CREATE INDEX "sales_orders_updated_at_idx" ON "sales_orders" USING btree ("updated_at");
  CREATE INDEX "sales_orders_created_at_idx" ON "sales_orders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_items_fk" FOREIGN KEY ("items_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_item_categories_fk" FOREIGN KEY ("item_categories_id") REFERENCES "public"."item_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_suppliers_fk" FOREIGN KEY ("suppliers_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lots_fk" FOREIGN KEY ("lots_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_movements_fk" FOREIGN KEY ("stock_movements_id") REFERENCES "public"."stock_movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_balances_fk" FOREIGN KEY ("stock_balances_id") REFERENCES "public"."stock_balances"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inventory_adjustments_fk" FOREIGN KEY ("inventory_adjustments_id") REFERENCES "public"."inventory_adjustments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_purchase_orders_fk" FOREIGN KEY ("purchase_orders_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sales_orders_fk" FOREIGN KEY ("sales_orders_id") REFERENCES "public"."sales_orders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_items_id_idx" ON "payload_locked_documents_rels" USING btree ("items_id");
  CREATE INDEX "payload_locked_documents_rels_item_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("item_categories_id");
  CREATE INDEX "payload_locked_documents_rels_suppliers_id_idx" ON "payload_locked_documents_rels" USING btree ("suppliers_id");
  CREATE INDEX "payload_locked_documents_rels_customers_id_idx" ON "payload_locked_documents_rels" USING btree ("customers_id");
  CREATE INDEX "payload_locked_documents_rels_locations_id_idx" ON "payload_locked_documents_rels" USING btree ("locations_id");
  CREATE INDEX "payload_locked_documents_rels_lots_id_idx" ON "payload_locked_documents_rels" USING btree ("lots_id");
  CREATE INDEX "payload_locked_documents_rels_stock_movements_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_movements_id");
  CREATE INDEX "payload_locked_documents_rels_stock_balances_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_balances_id");
  CREATE INDEX "payload_locked_documents_rels_inventory_adjustments_id_idx" ON "payload_locked_documents_rels" USING btree ("inventory_adjustments_id");
  CREATE INDEX "payload_locked_documents_rels_purchase_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("purchase_orders_id");
  CREATE INDEX "payload_locked_documents_rels_sales_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("sales_orders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "item_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "suppliers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "customers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_movements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_balances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inventory_adjustments_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inventory_adjustments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "purchase_orders_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "purchase_orders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sales_orders_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sales_orders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "items" CASCADE;
  DROP TABLE "item_categories" CASCADE;
  DROP TABLE "suppliers" CASCADE;
  DROP TABLE "customers" CASCADE;
  DROP TABLE "locations" CASCADE;
  DROP TABLE "lots" CASCADE;
  DROP TABLE "stock_movements" CASCADE;
  DROP TABLE "stock_balances" CASCADE;
  DROP TABLE "inventory_adjustments_lines" CASCADE;
  DROP TABLE "inventory_adjustments" CASCADE;
  DROP TABLE "purchase_orders_lines" CASCADE;
  DROP TABLE "purchase_orders" CASCADE;
  DROP TABLE "sales_orders_lines" CASCADE;
  DROP TABLE "sales_orders" CASCADE;
  DROP TABLE "production_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_item_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_suppliers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_customers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_locations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_movements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_balances_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inventory_adjustments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_purchase_orders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sales_orders_fk";
  
  DROP INDEX "payload_locked_documents_rels_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_item_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_suppliers_id_idx";
  DROP INDEX "payload_locked_documents_rels_customers_id_idx";
  DROP INDEX "payload_locked_documents_rels_locations_id_idx";
  DROP INDEX "payload_locked_documents_rels_lots_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_movements_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_balances_id_idx";
  DROP INDEX "payload_locked_documents_rels_inventory_adjustments_id_idx";
  DROP INDEX "payload_locked_documents_rels_purchase_orders_id_idx";
  DROP INDEX "payload_locked_documents_rels_sales_orders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "item_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "suppliers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "customers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "locations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_movements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_balances_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inventory_adjustments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "purchase_orders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sales_orders_id";
  DROP TYPE "public"."enum_items_kind";
  DROP TYPE "public"."enum_items_production_mode";
  DROP TYPE "public"."enum_items_lot_strategy";
  DROP TYPE "public"."enum_items_negative_stock";
  DROP TYPE "public"."enum_locations_kind";
  DROP TYPE "public"."enum_locations_virtual_role";
  DROP TYPE "public"."enum_lots_disposition";
  DROP TYPE "public"."enum_stock_movements_reason";
  DROP TYPE "public"."enum_inventory_adjustments_type";
  DROP TYPE "public"."enum_inventory_adjustments_status";
  DROP TYPE "public"."enum_purchase_orders_status";
  DROP TYPE "public"."enum_sales_orders_status";
  DROP TYPE "public"."enum_production_settings_negative_stock_policy";`)
}
