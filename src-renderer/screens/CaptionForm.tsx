import { Field } from '../components/Field';
import { SaveStatus } from '../components/SaveStatus';
import { useCase } from '../store/caseStore';
import type { Caption, Counsel } from '../../src-main/core/api/contract';

const lines = (list: string[]) => list.join('\n');
const toList = (text: string) => text.split('\n');

/** "About your case": the caption and the people in it. Saves as the person types. */
export function CaptionForm() {
  const draft = useCase((s) => s.draft);
  const edit = useCase((s) => s.editCaption);
  if (!draft) return null;
  const flagged = (f: keyof Caption) => draft.fromOrder.includes(f);
  const counsel = (f: keyof Counsel) => (v: string) => edit({ counsel: { [f]: v } });

  return (
    <main id="main" tabIndex={-1} className="screen">
      <div className="screen-head">
        <h1>About your case</h1>
        <SaveStatus />
      </div>
      <p className="lead">Copy these from the top of any paper from the court. Everything saves as you type.</p>
      {draft.fromOrder.length > 0 && (
        <div className="card attention">
          <p>Some details came from the order. Please check the boxes marked "From the order — please check".</p>
          <button type="button" onClick={() => edit({ fromOrder: [] })}>
            I checked them: they are right
          </button>
        </div>
      )}

      <form onSubmit={(e) => e.preventDefault()} aria-label="About your case">
        <fieldset>
          <legend>The court and the case</legend>
          <Field label="Court" value={draft.court} fromOrder={flagged('court')} onChange={(v) => edit({ court: v })} hint="For example: United States District Court" />
          <Field label="District" value={draft.district} fromOrder={flagged('district')} onChange={(v) => edit({ district: v })} hint="For example: Eastern District of California" />
          <Field label="Case number" value={draft.caseNumber} fromOrder={flagged('caseNumber')} onChange={(v) => edit({ caseNumber: v })} hint="For example: 1:17-cv-00294-DAD-BAM (PC)" />
          <Field label="Plaintiffs (one per line)" multiline value={lines(draft.plaintiffs)} fromOrder={flagged('plaintiffs')} onChange={(v) => edit({ plaintiffs: toList(v) })} hint="The people who started the case." />
          <Field label="Defendants (one per line)" multiline value={lines(draft.defendants)} fromOrder={flagged('defendants')} onChange={(v) => edit({ defendants: toList(v) })} hint="The people the case is against." />
          <Field label="Judges (one per line)" multiline value={lines(draft.judges)} fromOrder={flagged('judges')} onChange={(v) => edit({ judges: toList(v) })} />
        </fieldset>

        <fieldset>
          <legend>You</legend>
          <div className="radio-group" role="radiogroup" aria-labelledby="side-label">
            <p id="side-label" className="label">Which side are you on?</p>
            {(
              [
                ['plaintiff', 'I am the plaintiff (I started the case)'],
                ['defendant', 'I am a defendant (the case is against me)'],
              ] as const
            ).map(([value, label]) => (
              <div className="check" key={value}>
                <input type="radio" id={`side-${value}`} name="side" value={value} checked={draft.side === value} onChange={() => edit({ side: value })} />
                <label htmlFor={`side-${value}`}>{label}</label>
              </div>
            ))}
          </div>
          <Field label="Your full name" value={draft.partyName} onChange={(v) => edit({ partyName: v })} autoComplete="name" />
          <Field label="Your mailing address" multiline value={draft.mailingAddress} onChange={(v) => edit({ mailingAddress: v })} hint="Where the court and the other side send your mail." />
          <div className="check">
            <input type="checkbox" id="in-prison" checked={draft.inPrison} onChange={(e) => edit({ inPrison: e.target.checked })} />
            <label htmlFor="in-prison">I am in prison or jail</label>
          </div>
          <Field label="Prisoner or booking number (if you have one)" value={draft.prisonerNumber} onChange={(v) => edit({ prisonerNumber: v })} />
          <Field
            label="Name of your prison or jail"
            value={draft.institution}
            onChange={(v) => edit({ institution: v })}
            hint="For example: California State Prison, Corcoran. Papers say you are held there."
          />
        </fieldset>

        <fieldset>
          <legend>The other side's lawyer</legend>
          <Field label="Lawyer's name" value={draft.counsel.name} onChange={counsel('name')} />
          <Field label="Law firm or office" value={draft.counsel.firm} onChange={counsel('firm')} hint="For example: Office of the Attorney General" />
          <Field label="Phone" type="tel" value={draft.counsel.phone} onChange={counsel('phone')} />
          <Field label="Email" type="email" value={draft.counsel.email} onChange={counsel('email')} />
          <Field label="Mailing address" multiline value={draft.counsel.address} onChange={counsel('address')} />
        </fieldset>
      </form>
    </main>
  );
}
