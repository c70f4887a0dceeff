import * as migration_20261123_023608_initial from './20261123_023608_initial';
import * as migration_20261123_030156_inventory_ledger from './20261123_030156_inventory_ledger';
import * as migration_20261123_050550_production_workflow from './20261123_050550_production_workflow';
import * as migration_20261123_055150_processes_and_runs from './20261123_055150_processes_and_runs';
import * as migration_20261123_062327_planning from './20261123_062327_planning';
import * as migration_20261123_081438_production_from_boms_and_orders from './20261123_081438_production_from_boms_and_orders';
import * as migration_20261123_085432_manufacturing_orders from './20261123_085432_manufacturing_orders';
import * as migration_20261204_190842_ledger_guards from './20261204_190842_ledger_guards';
import * as migration_20261204_203931_order_quantity_default from './20261204_203931_order_quantity_default';
import * as migration_20261207_031300_status_posting_movements_guard from './20261207_031300_status_posting_movements_guard';
import * as migration_20261207_043001_store_operations from './20261207_043001_store_operations';
import * as migration_20261207_155553_ledger_checks_in_schema from './20261207_155553_ledger_checks_in_schema';
import * as migration_20261207_231859_documents_last_rows from './20261207_231859_documents_last_rows';
import * as migration_20261207_231900_order_fields_backfill from './20261207_231900_order_fields_backfill';
import * as migration_20261208_005447_document_titles from './20261208_005447_document_titles';
import * as migration_20261208_005448_document_titles_backfill from './20261208_005448_document_titles_backfill';

export const migrations = [
  {
    up: migration_20261123_023608_initial.up,
    down: migration_20261123_023608_initial.down,
    name: '20261123_023608_initial',
  },
  {
    up: migration_20261123_030156_inventory_ledger.up,
    down: migration_20261123_030156_inventory_ledger.down,
    name: '20261123_030156_inventory_ledger',
  },
  {
    up: migration_20261123_050550_production_workflow.up,
    down: migration_20261123_050550_production_workflow.down,
    name: '20261123_050550_production_workflow',
  },
  {
    up: migration_20261123_055150_processes_and_runs.up,
    down: migration_20261123_055150_processes_and_runs.down,
    name: '20261123_055150_processes_and_runs',
  },
  {
    up: migration_20261123_062327_planning.up,
    down: migration_20261123_062327_planning.down,
    name: '20261123_062327_planning',
  },
  {
    up: migration_20261123_081438_production_from_boms_and_orders.up,
    down: migration_20261123_081438_production_from_boms_and_orders.down,
    name: '20261123_081438_production_from_boms_and_orders',
  },
  {
    up: migration_20261123_085432_manufacturing_orders.up,
    down: migration_20261123_085432_manufacturing_orders.down,
    name: '20261123_085432_manufacturing_orders',
  },
  {
    up: migration_20261204_190842_ledger_guards.up,
    down: migration_20261204_190842_ledger_guards.down,
    name: '20261204_190842_ledger_guards',
  },
  {
    up: migration_20261204_203931_order_quantity_default.up,
    down: migration_20261204_203931_order_quantity_default.down,
    name: '20261204_203931_order_quantity_default',
  },
  {
    up: migration_20261207_031300_status_posting_movements_guard.up,
    down: migration_20261207_031300_status_posting_movements_guard.down,
    name: '20261207_031300_status_posting_movements_guard',
  },
  {
    up: migration_20261207_043001_store_operations.up,
    down: migration_20261207_043001_store_operations.down,
    name: '20261207_043001_store_operations',
  },
  {
    up: migration_20261207_155553_ledger_checks_in_schema.up,
    down: migration_20261207_155553_ledger_checks_in_schema.down,
    name: '20261207_155553_ledger_checks_in_schema',
  },
  {
    up: migration_20261207_231859_documents_last_rows.up,
    down: migration_20261207_231859_documents_last_rows.down,
    name: '20261207_231859_documents_last_rows',
  },
  {
    up: migration_20261207_231900_order_fields_backfill.up,
    down: migration_20261207_231900_order_fields_backfill.down,
    name: '20261207_231900_order_fields_backfill',
  },
  {
    up: migration_20261208_005447_document_titles.up,
    down: migration_20261208_005447_document_titles.down,
    name: '20261208_005447_document_titles'
  },
  {
    up: migration_20261208_005448_document_titles_backfill.up,
    down: migration_20261208_005448_document_titles_backfill.down,
    name: '20261208_005448_document_titles_backfill',
  },
];
