import { useCallback, useState } from 'react'

/** A dialog's editable rows: change one by its index, remove one, add one. */
export function useRows<Row>(initial: (() => Row[]) | Row[]) {
  const [rows, setRows] = useState<Row[]>(initial)
  const change = useCallback(
    (index: number, patch: Partial<Row>) =>
      setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row))),
    [],
  )
  const remove = useCallback(
    (index: number) => setRows((all) => all.filter((_, i) => i !== index)),
    [],
  )
  const add = useCallback((row: (all: Row[]) => Row) => setRows((all) => [...all, row(all)]), [])
  return { add, change, remove, rows, setRows }
}

/** Texts typed per key (a line's quantity, a lot's quantity…), each set on its own. */
export function useTyped(initial: () => Record<string, string> = () => ({})) {
  const [typed, setTyped] = useState<Record<string, string>>(initial)
  const type = useCallback(
    (key: string, value: string) => setTyped((all) => ({ ...all, [key]: value })),
    [],
  )
  return [typed, type] as const
}

/** The quantities typed on `lines` that are not blank or zero, by line, trimmed. */
export const typedQuantities = <Line extends { id?: null | string }>(
  lines: Line[],
  typed: Record<string, string>,
) =>
  lines.flatMap((line) => {
    const quantity = typed[line.id!]?.trim() ?? ''
    return quantity === '' || Number(quantity) === 0 ? [] : [{ line: line.id, quantity }]
  })

/** "line" or "lines", after a count. */
export const countedLines = (count: number) => `${count} line${count === 1 ? '' : 's'}`
