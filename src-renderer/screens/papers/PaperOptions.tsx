import { useCase } from '../../store/caseStore';
import { usePapers } from '../../store/paperStore';

/** Joint statement only: pleading paper, and the day it will be served. */
export function PaperOptions() {
  const settings = usePapers((s) => s.preview?.settings);
  const setSettings = usePapers((s) => s.setSettings);
  const inPrison = useCase((s) => s.draft?.inPrison ?? false);
  if (!settings) return null;
  return (
    <fieldset className="paper-options">
      <legend>How the paper looks</legend>
      <div className="check">
        <input id="pleading-paper" type="checkbox" checked={settings.pleadingPaper} onChange={(e) => void setSettings({ pleadingPaper: e.target.checked })} />
        <label htmlFor="pleading-paper">Use pleading paper (28 numbered lines down the left side)</label>
        <p className="hint">Some courts in California ask for it. The preview below does not show the numbers; the saved PDF and Word files do.</p>
      </div>
      <div className="field">
        <label htmlFor="service-date">The day you will mail it or hand it to staff</label>
        <p className="hint" id="service-date-hint">
          This date goes in the {inPrison ? 'declaration' : 'certificate'} of service. Leave it empty to write it in by hand.
        </p>
        <input
          id="service-date"
          type="date"
          aria-describedby="service-date-hint"
          defaultValue={settings.serviceDate}
          key={settings.serviceDate}
          onBlur={(e) => {
            if (e.target.value !== settings.serviceDate) void setSettings({ serviceDate: e.target.value });
          }}
        />
      </div>
    </fieldset>
  );
}
