import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { dropLedgerGuards, installLedgerGuards } from '../../src/ledger/ledgerGuards'

// Hand-written parts: the status postings' movement ids move from their JSON column into the
// relationship's table before the column goes, and the ledger's triggers and CHECK constraints
// (which Payload's schema does not describe) are installed; down restores the JSON column.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "status_postings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stock_movements_id" integer
  );
  
  ALTER TABLE "status_postings_rels" ADD CONSTRAINT "status_postings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."status_postings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "status_postings_rels" ADD CONSTRAINT "status_postings_rels_stock_movements_fk" FOREIGN KEY ("stock_movements_id") REFERENCES "public"."stock_movements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "status_postings_rels_order_idx" ON "status_postings_rels" USING btree ("order");
  CREATE INDEX "status_postings_rels_parent_idx" ON "status_postings_rels" USING btree ("parent_id");
  CREATE INDEX "status_postings_rels_path_idx" ON "status_postings_rels" USING btree ("path");
  CREATE INDEX "status_postings_rels_stock_movements_id_idx" ON "status_postings_rels" USING btree ("stock_movements_id");
  CREATE UNIQUE INDEX "documentCollection_documentId_line_postingKey_idx" ON "status_postings" USING btree ("document_collection","document_id","line","posting_key");
  INSERT INTO "status_postings_rels" ("order", "parent_id", "path", "stock_movements_id")
    SELECT m.n, p.id, 'movements', m.id::int
    FROM "status_postings" p CROSS JOIN LATERAL jsonb_array_elements_text(p.movements) WITH ORDINALITY AS m(id, n);
  ALTER TABLE "status_postings" DROP COLUMN "movements";`)
  await installLedgerGuards(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await dropLedgerGuards(db)
  await db.execute(sql`
  ALTER TABLE "status_postings" ADD COLUMN "movements" jsonb NOT NULL DEFAULT '[]';
  UPDATE "status_postings" p SET "movements" = coalesce((
    SELECT jsonb_agg(r.stock_movements_id ORDER BY r."order") FROM "status_postings_rels" r
    WHERE r.parent_id = p.id AND r.path = 'movements'), '[]');
  ALTER TABLE "status_postings" ALTER COLUMN "movements" DROP DEFAULT;
   ALTER TABLE "status_postings_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "status_postings_rels" CASCADE;
  DROP INDEX "documentCollection_documentId_line_postingKey_idx";`)
}
