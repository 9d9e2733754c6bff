import { type ReactNode, useId } from 'react';

/**
 * A label above its control, tied by `htmlFor` (a control nested in its label would add a select's value
 * to the label's accessible name).
 */
export function Field({ label, children }: { label: string; children(id: string): ReactNode }) {
  const id = useId();
  return (
    <div className="committee-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
