import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/localized-text';
import type { LocalizedText } from '../../../../shared/sync/records';
import type { Route } from '../../app/route';
import { useNoticeLeadStore, useStores } from '../../stores/stores-context';
import { LeadProblemNotice } from './LeadProblemNotice';
import { useLeadLanguages } from './lead-languages';
import type { ComposeForm } from './notice-draft';

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
}

/** Everyone, or the business lines and positions chosen (names from the server, in the UI language). */
export function AudienceField(props: {
  form: ComposeForm;
  onEdit: (change: Partial<ComposeForm>) => void;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const { noticeLead } = useStores();
  const org = useNoticeLeadStore((s) => s.org);
  const langs = useLeadLanguages();
  const { form, onEdit } = props;
  const name = (names: LocalizedText, id: string) => pickText(names, langs) || id;

  const group = (
    kind: 'businessLines' | 'positions',
    units: { id: string; names: LocalizedText }[],
  ) => {
    const shown = units.map((u) => name(u.names, u.id));
    // Two units may share a name (the server's names are free text): the id tells them apart.
    const label = (i: number, id: string): string => {
      const text = shown[i] ?? id;
      return shown.filter((x) => x === text).length > 1 ? `${text} (${id})` : text;
    };
    return (
      <fieldset className="audience-group" data-testid={`notice-audience-${kind}`}>
        <legend>{t(`noticeLead.audience.${kind}`)}</legend>
        <p className="field-hint">{t(`noticeLead.audience.${kind}Hint`)}</p>
        <div className="audience-options">
          {units.map((unit, i) => (
            <label key={unit.id} className="audience-option" data-unit={unit.id}>
              <input
                type="checkbox"
                checked={form[kind].includes(unit.id)}
                onChange={(e) => onEdit({ [kind]: toggle(form[kind], unit.id, e.target.checked) })}
              />
              <span>{label(i, unit.id)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  };

  return (
    <fieldset className="card compose-section audience" data-testid="notice-audience">
      <legend>{t('noticeLead.audience.label')}</legend>
      <label className="check-row">
        <input
          type="radio"
          name="notice-audience"
          checked={form.everyone}
          data-testid="notice-audience-everyone"
          onChange={() => onEdit({ everyone: true })}
        />
        <span>{t('noticeLead.audience.everyone')}</span>
      </label>
      <label className="check-row">
        <input
          type="radio"
          name="notice-audience"
          checked={!form.everyone}
          data-testid="notice-audience-chosen"
          onChange={() => onEdit({ everyone: false })}
        />
        <span>{t('noticeLead.audience.chosen')}</span>
      </label>
      {!form.everyone && org.status === 'ready' && (
        <div className="audience-groups">
          {group('businessLines', org.org.businessLines)}
          {group('positions', org.org.positions)}
        </div>
      )}
      {!form.everyone && (org.status === 'loading' || org.status === 'idle') && (
        <p className="muted">{t('noticeLead.loading')}</p>
      )}
      {org.status === 'failed' && (
        <LeadProblemNotice
          problem={org.problem}
          message={org.message}
          context="load"
          navigate={props.navigate}
          title={t('noticeLead.audience.orgFailed')}
          onRetry={() => void noticeLead.getState().loadOrg()}
        />
      )}
    </fieldset>
  );
}
