import type { Block } from './paperTypes';

type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

/** A numbered or bulleted list. */
export function ListBlock({ block }: { block: BlockOf<'list'> }) {
  return block.ordered ? (
    <ol className="paper-list">
      {block.items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ol>
  ) : (
    <ul className="paper-list">
      {block.items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

/** A list to tick off on paper, with what is due and who must do it. */
export function ChecklistBlock({ block }: { block: BlockOf<'checklist'> }) {
  return (
    <ul className="paper-checklist">
      {block.items.map((it, i) => (
        <li key={i}>
          <span aria-hidden="true">☐ </span>
          {it.text}
          {it.detail && <span className="paper-detail">{it.detail}</span>}
          {(it.due || it.who) && (
            <span className="paper-detail">
              {it.due && `Due: ${it.due}`} {it.who && `Who: ${it.who}`}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A table; the preview shows up to 500 rows, the saved file has them all. */
export function TableBlock({ block }: { block: BlockOf<'table'> }) {
  return (
    // On a narrow window the table scrolls sideways inside its box: the keyboard can reach it to scroll it.
    <div className="paper-table-wrap" tabIndex={0} role="region" aria-label={`Table: ${block.columns.join(', ')}`}>
      <table className="plain-table paper-table">
        <thead>
          <tr>
            {block.columns.map((col) => (
              <th key={col} scope="col">
                {col}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.slice(0, 500).map((row, r) => (
            <tr key={r}>
              {row.map((cell, k) => (
                <td key={k}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {block.rows.length > 500 && <p className="quiet">The preview shows the first 500 rows. The saved file has all {block.rows.length}.</p>}
    </div>
  );
}

/** The date and signature lines: "/s/ name" when signed electronically, a blank line to sign by hand otherwise. */
export function SignatureBlock({ block }: { block: BlockOf<'signature'> }) {
  return (
    <div className="paper-signature">
      <p>Dated: {block.date || '______________'}</p>
      <p className="paper-sign-line">{block.mode === 'electronic' ? `/s/ ${block.name}` : <span className="visually-hidden">Line to sign by hand</span>}</p>
      {[block.name, block.role, ...block.lines].map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}
