'use client'
import React, { type ReactNode } from 'react'

export type TableColumn<Row> = { align?: 'right'; header: string; value: (row: Row) => string }

type Props<Row> = {
  /** One sentence that says what the chart shows, read before it by screen readers. */
  caption: string
  children: ReactNode
  columns: readonly TableColumn<Row>[]
  /** Said instead of the chart when it has nothing to draw. */
  empty: string
  rows: readonly Row[]
  testId: string
  title: string
}

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '4px 12px 4px 0' }
const muted = { color: 'var(--theme-elevation-500)', margin: '0 0 8px' }

/**
 * A chart as a figure: its title, a caption, the drawing (hidden from screen readers, which get
 * the table instead) and the same figures as a table, folded under "Show as a table".
 */
export function ChartFrame<Row>(props: Props<Row>) {
  const { caption, children, columns, empty, rows, testId, title } = props
  const headingId = `${testId}-title`
  return (
    <figure
      aria-labelledby={headingId}
      data-testid={testId}
      style={{
        border: '1px solid var(--theme-elevation-100)',
        borderRadius: 'var(--style-radius-m, 4px)',
        margin: 0,
        minWidth: 0,
        padding: '16px 16px 12px',
      }}
    >
      <h3 id={headingId} style={{ fontSize: 16, margin: '0 0 4px' }}>
        {title}
      </h3>
      <figcaption style={muted}>{caption}</figcaption>
      {rows.length === 0 ? (
        <p data-empty style={muted}>
          {empty}
        </p>
      ) : (
        <>
          <div aria-hidden="true">{children}</div>
          <details>
            <summary
              style={{ color: 'var(--theme-elevation-600)', cursor: 'pointer', fontSize: 13 }}
            >
              Show as a table
            </summary>
            <FigureTable columns={columns} rows={rows} title={title} />
          </details>
        </>
      )}
    </figure>
  )
}

function FigureTable<Row>({
  columns,
  rows,
  title,
}: Pick<Props<Row>, 'columns' | 'rows' | 'title'>) {
  return (
    <table style={{ borderCollapse: 'collapse', fontSize: 13, marginTop: 8, width: '100%' }}>
      <caption className="sr-only" style={{ position: 'absolute', left: -9999 }}>
        {title}
      </caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} style={{ ...cell, textAlign: column.align ?? 'left' }}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column) => (
              <td key={column.header} style={{ ...cell, textAlign: column.align ?? 'left' }}>
                {column.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
