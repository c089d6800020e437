import { memo } from 'react';
import { fieldSpecEntries, isFieldShown, type AnyFieldSpec } from '@/model/fieldSpec';
import { getValueAtPath, joinFieldPath, type FieldPath } from '@/model/fieldPath';
import { useReportScopeSelector } from '@/context/AppContext';
import { scopeOfPath } from '@/store/reportScopes';
import { customFieldEditors } from '@/features/custom/customFieldEditors';
import { RichTextField } from '@/features/richText/RichTextField';
import { CheckboxField } from './CheckboxField';
import { ListField } from './ListField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface FieldProps {
  path: FieldPath;
  spec: AnyFieldSpec;
  /** The path with list positions replaced by list names, e.g. `models.models.hyperparameters`; keys custom editors. */
  shapePath: string;
}

export const Field = memo(function Field({ path, spec, shapePath }: FieldProps) {
  switch (spec.kind) {
    case 'text':
    case 'longText':
    case 'date':
    case 'email':
    case 'url':
      return <TextField path={path} spec={spec} />;
    case 'number':
      return <NumberField path={path} spec={spec} />;
    case 'select':
      return <SelectField path={path} spec={spec} />;
    case 'checkbox':
      return <CheckboxField path={path} spec={spec} />;
    case 'richText':
      return <RichTextField path={path} spec={spec} />;
    case 'list':
      return (
        <ListField path={path} spec={spec} shapePath={shapePath} renderFields={renderFieldList} />
      );
    case 'group':
      return (
        <fieldset className="field-group">
          <legend>{spec.label}</legend>
          <p className="field-help">{spec.help}</p>
          <FieldList ownerPath={path} specs={spec.fields} shapePath={shapePath} />
        </fieldset>
      );
    case 'custom': {
      const Editor = customFieldEditors[spec.custom];
      return <Editor path={path} />;
    }
  }
});

/** Renders the fields of one object from its specs, hiding those whose showWhen is false. */
export function FieldList({
  ownerPath,
  specs,
  shapePath,
}: {
  ownerPath: FieldPath;
  specs: object;
  shapePath: string;
}) {
  const entries = fieldSpecEntries(specs);
  const visibility = useReportScopeSelector(scopeOfPath(ownerPath), (report) => {
    const owner = getValueAtPath(report, ownerPath);
    return entries.map(([, spec]) => (isFieldShown(spec, owner) ? '1' : '0')).join('');
  });
  return (
    <div className="field-list">
      {entries.map(([key, spec], index) =>
        visibility[index] === '1' ? (
          <Field
            key={key}
            path={joinFieldPath(ownerPath, key)}
            spec={spec}
            shapePath={joinFieldPath(shapePath, key)}
          />
        ) : null,
      )}
    </div>
  );
}

function renderFieldList(ownerPath: FieldPath, specs: object, shapePath: string) {
  return <FieldList ownerPath={ownerPath} specs={specs} shapePath={shapePath} />;
}
