'use client'
import { ReactSelect, type ReactSelectOption } from '@payloadcms/ui'
import React from 'react'

type Props = {
  /** Read aloud for the control, which shows no label of its own. */
  'aria-label': string
  /** The choices, each `[value, label]`; the value '' is "none chosen". */
  choices: readonly (readonly [string, string])[]
  disabled?: boolean
  /** The id of the wrapper the picker is found by. */
  id: string
  onChange: (value: string) => void
  /** Shown while nothing is chosen. */
  placeholder?: string
  value: string
  /** The picker's width (the list bars' are narrow). */
  width?: number | string
}

/** One of `choices`, picked from Payload's own select (react-select in the admin's look). */
export function ChoicePicker({
  choices,
  disabled = false,
  id,
  onChange,
  placeholder,
  value,
  width = 220,
  ...aria
}: Props) {
  const options: ReactSelectOption[] = choices.map(([choice, label]) => ({ label, value: choice }))
  const chosen = options.find((option) => option.value === value)
  return (
    <div
      aria-label={aria['aria-label']}
      className="choice-picker"
      data-disabled={disabled || undefined}
      data-value={value}
      id={id}
      role="group"
      style={{ width }}
    >
      <ReactSelect
        disabled={disabled}
        inputId={`${id}-input`}
        isClearable={false}
        isSearchable={options.length > 8}
        onChange={(option) => {
          if (option && !Array.isArray(option)) onChange(String(option.value))
        }}
        options={options}
        placeholder={placeholder}
        value={chosen}
      />
    </div>
  )
}
