import { useEffect, useId, useRef, useState } from 'react';
import type { Block, DocumentModel, PaperPart } from './paperTypes';

interface Props {
  model: DocumentModel;
  parts: PaperPart[];
  /** Omit to show the paper read-only. */
  onSave?: (partId: string, text: string) => Promise<boolean>;
  onReset?: (partId: string) => Promise<boolean>;
}

/** The paper as the page shows it: the same model the PDF, Word and text files are made from. */
export function PaperView({ model, parts, onSave, onReset }: Props) {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const c = model.caption;
  return (
    <article className={`paper${model.doubleSpaced ? ' paper--double' : ''}${model.pleadingPaper ? ' paper--pleading' : ''}`} aria-label="Preview of the paper">
      {model.draftWatermark && <p className="paper-watermark">{model.draftWatermark}</p>}
      {model.letterhead && (
        <header className="paper-letterhead">
          {model.letterhead.map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </header>
      )}
      {c && (
        <header className="paper-caption">
          {c.partyBlock && (
            <div className="paper-party">
              {c.partyBlock.map((l, i) => (
                <p key={i}>{l}</p>
              ))}
            </div>
          )}
          <p className="paper-court">{c.court.toUpperCase()}</p>
          {c.district && <p className="paper-court">{c.district.toUpperCase()}</p>}
          <div className="paper-caption-grid">
            <div className="paper-parties">
              <p>{c.plaintiffs.join(', ') || '________'},</p>
              <p className="paper-role">{c.plaintiffs.length > 1 ? 'Plaintiffs' : 'Plaintiff'},</p>
              <p>v.</p>
              <p>{c.defendants.join(', ') || '________'},</p>
              <p className="paper-role">{c.defendants.length > 1 || c.defendants.some((d) => /et al/i.test(d)) ? 'Defendants' : 'Defendant'}.</p>
            </div>
            <div className="paper-case">
              <p>Case No. {c.caseNumber}</p>
              <p className="paper-title">{c.title}</p>
            </div>
          </div>
        </header>
      )}
      {model.blocks.map((b, i) => (
        <BlockView key={b.type === 'paragraph' && b.id ? b.id : i} block={b} part={b.type === 'paragraph' && b.id ? byId.get(b.id) : undefined} onSave={onSave} onReset={onReset} />
      ))}
      <footer className="paper-footer">{model.footer}</footer>
    </article>
  );
}

function BlockView({ block, part, onSave, onReset }: { block: Block; part: PaperPart | undefined; onSave: Props['onSave']; onReset: Props['onReset'] }) {
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? <h2 className="paper-h1">{block.text}</h2> : <h3 className="paper-h2">{block.text}</h3>;
    case 'paragraph':
      if (part && onSave && onReset) return <EditableParagraph label={block.label} part={part} onSave={onSave} onReset={onReset} />;
      return (
        <p className="paper-p">
          {block.label && <span className="paper-label">{block.label} </span>}
          {block.text}
        </p>
      );
    case 'list':
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
    case 'checklist':
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
    case 'table':
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
    case 'signature':
      return (
        <div className="paper-signature">
          <p>Dated: {block.date || '______________'}</p>
          <p className="paper-sign-line">{block.mode === 'electronic' ? `/s/ ${block.name}` : <span className="visually-hidden">Line to sign by hand</span>}</p>
          {[block.name, block.role, ...block.lines].map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </div>
      );
    case 'pageBreak':
      return <hr className="paper-page-break" aria-label="New page" />;
  }
}

/** One paragraph the app wrote: read it, change it in place, or go back to the app's words. */
function EditableParagraph({ label, part, onSave, onReset }: { label?: string; part: PaperPart; onSave: NonNullable<Props['onSave']>; onReset: NonNullable<Props['onReset']> }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(part.text);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) area.current?.focus();
  }, [editing]);

  // The box starts from the words shown now; while it is open, a new preview never overwrites what is typed.
  function startEditing() {
    setText(part.text);
    setEditing(true);
  }

  async function save() {
    if (busy) return;
    setBusy(true);
    const done = await onSave(part.id, text);
    setBusy(false);
    if (done) {
      setEditing(false);
      requestAnimationFrame(() => changeButton.current?.focus());
    }
  }

  async function reset() {
    if (busy) return;
    setBusy(true);
    const done = await onReset(part.id);
    setBusy(false);
    if (done) {
      setEditing(false);
      requestAnimationFrame(() => changeButton.current?.focus());
    }
  }

  return (
    <div className={`paper-part${part.edited ? ' paper-part--edited' : ''}`} data-part={part.id}>
      {editing ? (
        <div className="paper-edit">
          <label htmlFor={id}>Your words for “{part.title}”</label>
          <textarea id={id} ref={area} rows={Math.min(14, Math.max(4, Math.ceil(text.length / 70)))} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="paper-edit-actions">
            <button type="button" className="primary" aria-disabled={busy} onClick={() => void save()}>
              Save
            </button>
            <button
              type="button"
              aria-disabled={busy}
              onClick={() => {
                if (busy) return;
                setEditing(false);
              }}
            >
              Cancel
            </button>
            {part.edited && (
              <button type="button" aria-disabled={busy} onClick={() => void reset()}>
                Reset to generated text
              </button>
            )}
          </div>
        </div>
      ) : (
        <p className="paper-p">
          {label && <span className="paper-label">{label} </span>}
          {part.text}
        </p>
      )}
      {!editing && (
        <div className="paper-part-actions">
          {part.edited && <span className="paper-badge">Your words</span>}
          {part.stale && (
            <span className="paper-stale" role="note">
              The app’s draft of this part changed since you wrote yours. Check it still fits.
            </span>
          )}
          <button type="button" ref={changeButton} className="link-button" aria-label={`Change this part: ${part.title}`} onClick={startEditing}>
            Change this part
          </button>
          {part.edited && (
            <button type="button" className="link-button" aria-label={`Reset to generated text: ${part.title}`} aria-disabled={busy} onClick={() => void reset()}>
              Reset to generated text
            </button>
          )}
        </div>
      )}
    </div>
  );
}
