import { memo, useRef, type ReactNode } from 'react';
import type { AnyFieldSpec } from '@/model/fieldSpec';
import { fieldSpecEntries } from '@/model/fieldSpec';
import { getValueAtPath, joinFieldPath, listItemSegment, type FieldPath } from '@/model/fieldPath';
import { createId } from '@/platform/createId';
import { useAppServices, useReportScopeSelector } from '@/context/AppContext';
import { scopeOfPath } from '@/store/reportScopes';
import { useFieldValue } from './useFieldValue';
import { useFieldIssue } from './useFieldIssue';
import { useFieldRequired } from './useFieldRequired';
import { useFocusRequest } from './useFocusRequest';

type ListSpec = Extract<AnyFieldSpec, { kind: 'list' }>;

/** Renders the fields of one item; passed in because fields and lists render each other. */
export type RenderFields = (ownerPath: FieldPath, specs: object, shapePath: string) => ReactNode;

function itemPath(listPath: FieldPath, itemId: string): FieldPath {
  const segments = listPath.split('.');
  const listKey = segments.pop() ?? '';
  return joinFieldPath(...segments, listItemSegment(listKey, itemId));
}

function firstFieldPath(listPath: FieldPath, itemId: string, spec: ListSpec): FieldPath {
  const firstKey = fieldSpecEntries(spec.fields)[0]?.[0] ?? '';
  return joinFieldPath(itemPath(listPath, itemId), firstKey);
}

const ListItemCard = memo(function ListItemCard({
  listPath,
  itemId,
  index,
  count,
  spec,
  shapePath,
  renderFields,
}: {
  listPath: FieldPath;
  itemId: string;
  index: number;
  count: number;
  spec: ListSpec;
  shapePath: string;
  renderFields: RenderFields;
}) {
  const { session, ui } = useAppServices();
  const path = itemPath(listPath, itemId);
  const titleValue = useFieldValue(joinFieldPath(path, spec.itemTitleKey));
  const title = typeof titleValue === 'string' ? titleValue.trim() : '';
  const name = title === '' ? `${spec.itemLabel} ${index + 1}` : title;
  const headingId = `${path}-heading`;
  const duplicate = (): void => {
    const copyId = createId();
    if (session.store.getState().duplicateListItem(listPath, itemId, copyId, spec.itemTitleKey))
      ui.getState().requestFocus(firstFieldPath(listPath, copyId, spec));
  };
  return (
    <section className="list-item-card" aria-labelledby={headingId}>
      <header className="list-item-header">
        <h3 id={headingId}>{name}</h3>
        <div className="list-item-actions">
          <button
            type="button"
            className="quiet-button"
            disabled={index === 0}
            onClick={() => session.store.getState().moveListItem(listPath, itemId, -1)}
            aria-label={`Move ${name} up`}
          >
            ↑
          </button>
          <button
            type="button"
            className="quiet-button"
            disabled={index === count - 1}
            onClick={() => session.store.getState().moveListItem(listPath, itemId, 1)}
            aria-label={`Move ${name} down`}
          >
            ↓
          </button>
          <button
            type="button"
            className="quiet-button"
            onClick={duplicate}
            aria-label={`Duplicate ${name}`}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="quiet-button danger"
            onClick={() => session.store.getState().removeListItem(listPath, itemId)}
            aria-label={`Remove ${name}`}
          >
            Remove
          </button>
        </div>
      </header>
      {renderFields(path, spec.fields, shapePath)}
    </section>
  );
});

export function ListField({
  path,
  spec,
  shapePath,
  renderFields,
}: {
  path: FieldPath;
  spec: ListSpec;
  shapePath: string;
  renderFields: RenderFields;
}) {
  const { session, ui } = useAppServices();
  const itemIds = useReportScopeSelector(scopeOfPath(path), (report) => {
    const items = getValueAtPath(report, path);
    return Array.isArray(items)
      ? (items as { id: string }[]).map((item) => item.id).join('\n')
      : '';
  });
  const issue = useFieldIssue(path);
  const required = useFieldRequired(path, spec);
  // Next issue on an empty list lands on its Add button.
  const addButtonRef = useRef<HTMLButtonElement>(null);
  useFocusRequest(path, addButtonRef);
  const ids = itemIds === '' ? [] : itemIds.split('\n');
  const add = (): void => {
    const itemId = createId();
    if (session.store.getState().addListItem(path, spec.createItem(itemId))) {
      ui.getState().requestFocus(firstFieldPath(path, itemId, spec));
    }
  };
  return (
    <div className="list-field" role="group" aria-labelledby={`${path}-list-heading`}>
      <div className="list-field-header">
        <h3 className="list-field-title" id={`${path}-list-heading`}>
          {spec.label}
          {required ? (
            <span className="field-required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : null}
        </h3>
        <p className="field-help">{spec.help}</p>
      </div>
      {ids.length === 0 ? (
        <p className="list-empty">No {spec.itemLabel.toLowerCase()} yet.</p>
      ) : null}
      {ids.map((itemId, index) => (
        <ListItemCard
          key={itemId}
          listPath={path}
          itemId={itemId}
          index={index}
          count={ids.length}
          spec={spec}
          shapePath={shapePath}
          renderFields={renderFields}
        />
      ))}
      {issue === undefined ? null : (
        <p className={`field-issue field-issue--${issue.severity}`}>{issue.message}</p>
      )}
      <button ref={addButtonRef} type="button" className="add-button" onClick={add}>
        {spec.addLabel}
      </button>
    </div>
  );
}
