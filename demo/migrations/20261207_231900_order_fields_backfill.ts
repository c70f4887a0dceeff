import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Hand-written, no schema change: existing orders get what the new fields hold for new ones.
// An ingredient's actual quantity was the operator's figure: it moves to actual_override, and
// actual_quantity becomes what the line consumed at the order's location, net of returns (as
// writeOrderCosts computes it). The units and one-off lines' SKUs are snapshotted from the items,
// and output rows' unit cost becomes the material cost per unit, the operations' share apart.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "manufacturing_orders_ingredients" SET "actual_override" = "actual_quantity"
    WHERE "actual_quantity" IS NOT NULL AND "actual_override" IS NULL;
  UPDATE "manufacturing_orders_ingredients" i SET "actual_quantity" = coalesce((
    SELECT sum(CASE WHEN m.from_id = o.location_id THEN m.quantity
                    WHEN m.to_id = o.location_id THEN -m.quantity ELSE 0 END)
      FROM "stock_movements" m
     WHERE m.source_collection = 'manufacturing-orders' AND m.source_id = o.id::text
       AND m.source_line = 'ingredient:' || i.id AND m.reason NOT IN ('reserve', 'release')
  ), 0)
    FROM "manufacturing_orders" o WHERE o.id = i._parent_id;
  UPDATE "manufacturing_orders" o SET "unit" = it.unit
    FROM "items" it WHERE it.id = o.product_id AND o.unit IS NULL;
  UPDATE "manufacturing_orders_ingredients" i
     SET "unit" = coalesce(i.unit, it.unit), "sku" = coalesce(i.sku, it.sku)
    FROM "items" it WHERE it.id = i.item_id AND (i.unit IS NULL OR i.sku IS NULL);
  UPDATE "manufacturing_orders_outputs" r SET "unit" = o.unit
    FROM "manufacturing_orders" o WHERE o.id = r._parent_id AND r.unit IS NULL;
  UPDATE "manufacturing_orders_outputs"
     SET "unit_cost" = round("material_cost" / "completed_quantity", 6),
         "operation_unit_cost" = round(coalesce("operation_cost", 0) / "completed_quantity", 6)
   WHERE "completed_quantity" > 0 AND "material_cost" IS NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The operator's figures go back to actual_quantity; snapshots and costs need no undoing.
  await db.execute(sql`
  UPDATE "manufacturing_orders_ingredients" SET "actual_quantity" = "actual_override";`)
}
