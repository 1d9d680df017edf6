import { useRef, type ReactNode } from 'react';

interface RepeatListProps<T> {
  legend: string;
  items: T[];
  change: (items: T[]) => void;
  /** The fields of item i; `update` changes only that item. */
  fields: (item: T, i: number, update: (patch: Partial<T>) => void) => ReactNode;
  /** "agreement", "next step": named in "Take out agreement 2". */
  itemName: string;
  addLabel: string;
  blank: () => T;
}

/** A group of items the person adds and takes out one by one (agreements, next steps). */
export function RepeatList<T>({ legend, items, change, fields, itemName, addLabel, blank }: RepeatListProps<T>) {
  // "Take out …" goes away when pressed: the keyboard goes to the "Add …" button of its group.
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.map((item, i) => (
        <div key={i} className="repeat-item">
          {fields(item, i, (patch) => change(items.map((x, j) => (j === i ? { ...x, ...patch } : x))))}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              addButton.current?.focus();
              change(items.filter((_, j) => j !== i));
            }}
          >
            Take out {itemName} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" ref={addButton} onClick={() => change([...items, blank()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
