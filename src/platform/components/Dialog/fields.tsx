'use client'
import React from 'react'

import { inputStyle } from './index.client'

type FieldProps = {
  children: React.ReactNode
  label: React.ReactNode
  style?: React.CSSProperties
}

/** A label over its control, as the dialogs' forms lay them out. */
export function GridField({ children, label, style }: FieldProps) {
  return (
    <label style={{ display: 'grid', gap: 6, ...style }}>
      {label}
      {children}
    </label>
  )
}

/** The bold caption of a labelled control. */
export const captionStyle: React.CSSProperties = {
  display: 'block',
  fontWeight: 600,
  marginBottom: 4,
}

/** A control under its bold caption. */
export function CaptionField({ children, label, style }: FieldProps) {
  return (
    <label style={style}>
      <span style={captionStyle}>{label}</span>
      {children}
    </label>
  )
}

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  onChange: (value: string) => void
  value: string
  /** The input's width, when not the browser's. */
  width?: number | string
}

/** A text input that hands its value to `onChange`, in the admin's look. */
export function TextInput({ onChange, style, width, ...input }: InputProps) {
  return (
    <input
      {...input}
      onChange={(event) => onChange(event.target.value)}
      style={{ ...inputStyle, ...(width === undefined ? {} : { width }), ...style }}
    />
  )
}

/** A decimal typed as text (exact, no rounding by the browser). */
export const DecimalInput = (props: InputProps) => <TextInput inputMode="decimal" {...props} />

/** A quantity typed into a number input: not below zero, any number of decimals. */
export const QuantityInput = (props: InputProps) => (
  <TextInput min={0} step="any" type="number" {...props} />
)

type SelectProps = Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  /** Options after the choices. */
  after?: React.ReactNode
  /** The choices, each `[value, label]`, after `children` (such as a first empty option). */
  choices: readonly (readonly [number | string, React.ReactNode])[]
  onChange: (value: string) => void
  value: number | string
}

/** A select of `choices` that hands the chosen value to `onChange`, in the admin's look. */
export function ChoiceSelect({
  after,
  children,
  choices,
  onChange,
  style,
  ...select
}: SelectProps) {
  return (
    <select
      {...select}
      onChange={(event) => onChange(event.target.value)}
      style={{ ...inputStyle, ...style }}
    >
      {children}
      {choices.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
      {after}
    </select>
  )
}

/** A column head: its text, or its text and style. */
export type Column = React.ReactNode | { label: React.ReactNode; style: React.CSSProperties }

const isStyled = (
  column: Column,
): column is { label: React.ReactNode; style: React.CSSProperties } =>
  typeof column === 'object' && column !== null && 'style' in column && 'label' in column

type TableProps = React.TableHTMLAttributes<HTMLTableElement> & {
  columns: Column[]
  /** The style of each column head given as text alone. */
  headStyle?: React.CSSProperties
}

/**
 * A table of lines (a dialog's, or a document's read-only one): the column heads, left-aligned,
 * over the rows given as children.
 */
export function LinesTable({ children, columns, headStyle, ...table }: TableProps) {
  return (
    <table {...table} style={{ borderCollapse: 'collapse', width: '100%', ...table.style }}>
      <thead>
        <tr style={{ textAlign: 'left' }}>
          {columns.map((column, index) =>
            isStyled(column) ? (
              <th key={index} style={column.style}>
                {column.label}
              </th>
            ) : (
              <th key={index} style={headStyle}>
                {column}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}
