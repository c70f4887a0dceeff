/** The demo factory's stock: a small bakery-and-workshop with a little of everything. */

export const demoCategories = ['Plastics', 'Paint', 'Food', 'Metal'] as const

export const demoSuppliers = [
  { code: 'ACME', email: 'orders@acme.example', leadTimeDays: 5, name: 'Acme Industrial Supply' },
  { code: 'MILL', email: 'sales@mill.example', leadTimeDays: 2, name: 'Northern Mill & Co.' },
] as const

export const demoLocations = [
  { code: 'WH', kind: 'warehouse', name: 'Main warehouse' },
  { code: 'FL-A', kind: 'production_floor', name: 'Floor A (assembly)' },
  { code: 'FL-B', kind: 'production_floor', name: 'Floor B (kitchen)' },
] as const

type DemoItem = {
  category?: (typeof demoCategories)[number]
  kind: 'material' | 'product' | 'resource'
  name: string
  sku: string
  standardCost: number
  supplier?: (typeof demoSuppliers)[number]['code']
  unit: string
}

export const demoItems: DemoItem[] = [
  {
    category: 'Plastics',
    kind: 'material',
    name: 'ABS pellets',
    sku: 'ABS-PEL',
    standardCost: 2.1,
    supplier: 'ACME',
    unit: 'kg',
  },
  {
    category: 'Plastics',
    kind: 'material',
    name: 'Plastic wheel hub',
    sku: 'HUB-PL',
    standardCost: 0.8,
    supplier: 'ACME',
    unit: 'pcs',
  },
  {
    category: 'Paint',
    kind: 'material',
    name: 'Red enamel paint',
    sku: 'PNT-RED',
    standardCost: 12.5,
    supplier: 'ACME',
    unit: 'l',
  },
  {
    category: 'Metal',
    kind: 'material',
    name: 'Steel tube 20 mm',
    sku: 'STL-T20',
    standardCost: 3.4,
    supplier: 'ACME',
    unit: 'm',
  },
  {
    category: 'Food',
    kind: 'material',
    name: 'Wheat flour',
    sku: 'FLOUR',
    standardCost: 0.6,
    supplier: 'MILL',
    unit: 'kg',
  },
  {
    category: 'Food',
    kind: 'material',
    name: 'Tomatoes',
    sku: 'TOMATO',
    standardCost: 1.9,
    supplier: 'MILL',
    unit: 'kg',
  },
  {
    category: 'Food',
    kind: 'material',
    name: 'Mozzarella',
    sku: 'MOZZ',
    standardCost: 7.2,
    supplier: 'MILL',
    unit: 'kg',
  },
  {
    category: 'Metal',
    kind: 'product',
    name: 'Bicycle wheel',
    sku: 'WHEEL',
    standardCost: 18,
    unit: 'pcs',
  },
  {
    category: 'Metal',
    kind: 'product',
    name: 'Bicycle',
    sku: 'BIKE',
    standardCost: 140,
    unit: 'pcs',
  },
  {
    category: 'Food',
    kind: 'product',
    name: 'Tomato sauce',
    sku: 'SAUCE',
    standardCost: 3.1,
    unit: 'kg',
  },
  {
    category: 'Food',
    kind: 'product',
    name: 'Pizza Margherita',
    sku: 'PIZZA',
    standardCost: 4.5,
    unit: 'pcs',
  },
  {
    category: 'Food',
    kind: 'material',
    name: 'Water',
    sku: 'WATER',
    standardCost: 0.01,
    unit: 'kg',
  },
  {
    kind: 'material',
    name: 'Oak table top',
    sku: 'TOP',
    standardCost: 300,
    supplier: 'ACME',
    unit: 'pcs',
  },
  {
    kind: 'material',
    name: 'Wood screw',
    sku: 'SCREW',
    standardCost: 10,
    supplier: 'ACME',
    unit: 'pcs',
  },
  {
    kind: 'material',
    name: 'Table leg',
    sku: 'LEG',
    standardCost: 50,
    supplier: 'ACME',
    unit: 'pcs',
  },
  { kind: 'resource', name: 'Labour hour', sku: 'LABOUR-H', standardCost: 28, unit: 'h' },
]

/** Opening stock in lots received on different days at different costs (FIFO has something to do). */
export const demoOpeningLots: {
  quantity: string
  receivedAt: string
  sku: string
  unitCost: string
}[] = [
  { quantity: '200', receivedAt: '2026-09-01T08:00:00Z', sku: 'ABS-PEL', unitCost: '1.95' },
  { quantity: '150', receivedAt: '2026-10-15T08:00:00Z', sku: 'ABS-PEL', unitCost: '2.20' },
  { quantity: '40', receivedAt: '2026-10-01T08:00:00Z', sku: 'PNT-RED', unitCost: '12.10' },
  { quantity: '120', receivedAt: '2026-09-20T08:00:00Z', sku: 'STL-T20', unitCost: '3.25' },
  { quantity: '500', receivedAt: '2026-10-28T06:00:00Z', sku: 'FLOUR', unitCost: '0.55' },
  { quantity: '250', receivedAt: '2026-11-12T06:00:00Z', sku: 'FLOUR', unitCost: '0.62' },
  { quantity: '80', receivedAt: '2026-11-18T06:00:00Z', sku: 'TOMATO', unitCost: '1.85' },
  { quantity: '30', receivedAt: '2026-11-19T06:00:00Z', sku: 'MOZZ', unitCost: '7.05' },
]

/** One purchase order, received into the warehouse. */
export const demoPurchaseOrder = {
  lines: [
    { quantity: 100, sku: 'TOMATO', unitCost: 1.95 },
    { quantity: 60, sku: 'MOZZ', unitCost: 7.4 },
  ],
  notes: 'Demo: received in full.',
  supplier: 'MILL',
}
