import { useId, type ReactNode, type Ref } from 'react';

/** A labelled text input with an optional hint and an inline error tied to it for screen readers. */
export function TextField({
  ref,
  ...props
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'url' | 'password';
  placeholder?: string;
  testId?: string;
  /** The id of the form this input belongs to, when it sits outside that form's element. */
  form?: string;
  autoComplete?: string;
  ref?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={ref}
        type={props.type ?? 'text'}
        form={props.form}
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete={props.autoComplete ?? 'off'}
        data-testid={props.testId}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function SelectField(props: {
  label: string;
  children: ReactNode;
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.children}
      </select>
    </div>
  );
}
