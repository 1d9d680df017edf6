export type ServiceMethod = '' | 'mail' | 'electronic' | 'hand';

/** "How it came to you": mail adds 3 days under Rule 6(d), so the answer matters. */
export function ServiceMethodField({ id, value, onChange }: { id: string; value: ServiceMethod; onChange(v: ServiceMethod): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>How it came to you</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ServiceMethod)}>
        <option value="">I am not sure</option>
        <option value="mail">By mail</option>
        <option value="electronic">By email or the court's e-filing system</option>
        <option value="hand">Handed to me</option>
      </select>
    </div>
  );
}
