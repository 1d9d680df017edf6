import type { Draft } from './entryDraft';
import type { ProblemFor } from './entryInput';
import { InputField } from './controls';
import { browserTimeZone, TALK_KINDS } from './words';

/** This computer's zone is the default; the court's zone is offered as the suggestion. */
const zoneHint = (court: string | null) =>
  `Where the clock was. This computer is set to ${browserTimeZone()}.${court ? ` The court is in ${court}.` : ' For example: America/Los_Angeles.'}`;

let zoneList: string[] | null = null;
const zones = () => (zoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

interface Props {
  draft: Draft;
  edit: (patch: Partial<Draft>) => void;
  err: ProblemFor;
  courtZone: string | null;
}

/** When it happened, for how long, and where the clock was. */
export function WhenFields({ draft, edit, err, courtZone }: Props) {
  return (
    <>
      <div className="field-row">
        <InputField label="Date" type="date" value={draft.date} onChange={(v) => edit({ date: v })} hint="The day it happened." error={err('date') ?? err('at')} required />
        <InputField label="Time" type="time" value={draft.time} onChange={(v) => edit({ time: v })} hint="When it happened. Not sure? Give your best guess and say so in the notes." error={err('time')} required />
        <InputField
          label="How long, in minutes"
          inputMode="numeric"
          value={draft.minutes}
          onChange={(v) => edit({ minutes: v })}
          hint={TALK_KINDS.includes(draft.kind) ? undefined : 'Leave empty for a letter or email.'}
          error={err('minutes')}
        />
      </div>
      <InputField label="Time zone" value={draft.timeZone} onChange={(v) => edit({ timeZone: v })} list="time-zones" hint={zoneHint(courtZone)} error={err('timeZone')} />
      {courtZone && draft.timeZone !== courtZone && (
        <button type="button" className="link-button" onClick={() => edit({ timeZone: courtZone })}>
          Use the court's time zone ({courtZone})
        </button>
      )}
      <datalist id="time-zones">
        {zones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
