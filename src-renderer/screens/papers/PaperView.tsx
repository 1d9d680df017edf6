import { EditableParagraph } from './EditableParagraph';
import { ChecklistBlock, ListBlock, SignatureBlock, TableBlock } from './PaperBlocks';
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
      return <ListBlock block={block} />;
    case 'checklist':
      return <ChecklistBlock block={block} />;
    case 'table':
      return <TableBlock block={block} />;
    case 'signature':
      return <SignatureBlock block={block} />;
    case 'pageBreak':
      return <hr className="paper-page-break" aria-label="New page" />;
  }
}
