import type { RichText } from './richText';

export type FieldImportance = 'required' | 'recommended';

interface FieldSpecBase<Owner> {
  label: string;
  /** What to write and why it matters. */
  help: string;
  example?: string;
  /** Required fields must be filled before the report is final; recommended ones raise a hint. */
  importance?: FieldImportance;
  /** Hidden (and left out of exports) when this returns false; the value is kept. */
  showWhen?: (owner: Owner) => boolean;
  /** An empty field is not asked for when this returns true (epochs, once max steps are given). */
  satisfiedWhen?: (owner: Owner) => boolean;
}

export interface TextFieldSpec<Owner> extends FieldSpecBase<Owner> {
  kind: 'text' | 'longText' | 'date' | 'email' | 'url';
  placeholder?: string;
  suggestions?: readonly string[];
}

export interface SelectOption<Value extends string = string> {
  value: Value;
  label: string;
}

export interface SelectFieldSpec<
  Owner,
  Value extends string = string,
> extends FieldSpecBase<Owner> {
  kind: 'select';
  /** Typed against the schema's enum, so an option the schema refuses fails to compile. */
  options: readonly SelectOption<Value>[];
}

export interface NumberFieldSpec<Owner> extends FieldSpecBase<Owner> {
  kind: 'number';
  integer?: boolean;
  minimum?: number;
  maximum?: number;
  /** A minimum that the value may not equal (for learning rates, sizes). */
  exclusiveMinimum?: boolean;
  unit?: string;
}

export interface CheckboxFieldSpec<Owner> extends FieldSpecBase<Owner> {
  kind: 'checkbox';
}

export interface RichTextFieldSpec<Owner> extends FieldSpecBase<Owner> {
  kind: 'richText';
  /** About how many words the field holds at most; a counter under the field shows the count. */
  lengthHintWords?: number;
  /** The low end of the length hint when it is a range ("about 150–250 words"). */
  lengthHintMinimumWords?: number;
}

export interface ListFieldSpec<Owner, Item> extends FieldSpecBase<Owner> {
  kind: 'list';
  itemLabel: string;
  addLabel: string;
  fields: FieldSpecs<Item>;
  /** The field whose value names an item in headings and messages. */
  itemTitleKey: keyof Item & string;
  /** A new, empty item with this id (Add, imports). */
  createItem: (itemId: string) => Item;
}

export interface GroupFieldSpec<Owner, Value> extends FieldSpecBase<Owner> {
  kind: 'group';
  fields: FieldSpecs<Value>;
}

/**
 * The fields that have a dedicated editor and dedicated export code. The form and every exporter
 * map each id to their code in a table typed over this union, so a new one fails to compile there.
 */
export const customFieldIds = [
  'citedReferences',
  'metricTable',
  'plots',
  'bestModel',
  'checklist',
] as const;
export type CustomFieldId = (typeof customFieldIds)[number];

/** A field with a dedicated editor and dedicated export code (tables, plots, the checklist). */
export interface CustomFieldSpec<Owner> extends FieldSpecBase<Owner> {
  kind: 'custom';
  custom: CustomFieldId;
  /**
   * For a list edited by a custom editor (the metric table): number fields of every item, checked
   * like any number field, so a cell typed "fast" or -2 runs is flagged where it is.
   */
  itemNumberFields?: { readonly [key: string]: NumberFieldSpec<never> };
}

type FieldSpecForValue<Value, Owner> = [Value] extends [RichText]
  ? RichTextFieldSpec<Owner>
  : [Value] extends [string]
    ? string extends Value
      ? TextFieldSpec<Owner> | CustomFieldSpec<Owner>
      : SelectFieldSpec<Owner, Value> | CustomFieldSpec<Owner>
    : [Value] extends [number | null]
      ? NumberFieldSpec<Owner>
      : [Value] extends [boolean]
        ? CheckboxFieldSpec<Owner>
        : [Value] extends [readonly (infer Item)[]]
          ? Item extends { id: string }
            ? ListFieldSpec<Owner, Item> | CustomFieldSpec<Owner>
            : CustomFieldSpec<Owner>
          : [Value] extends [Record<string, unknown>]
            ? GroupFieldSpec<Owner, Value> | CustomFieldSpec<Owner>
            : never;

/** One spec for every key of the object except its id: a forgotten field fails to compile. */
export type FieldSpecs<Owner> = {
  [Key in Exclude<keyof Owner, 'id'>]-?: FieldSpecForValue<Owner[Key], Owner>;
};

/** A field spec seen by code that walks any section at run time (forms, exporters, checks). */
export type AnyFieldSpec =
  | TextFieldSpec<never>
  | SelectFieldSpec<never>
  | NumberFieldSpec<never>
  | CheckboxFieldSpec<never>
  | RichTextFieldSpec<never>
  | CustomFieldSpec<never>
  | (FieldSpecBase<never> & {
      kind: 'list';
      itemLabel: string;
      addLabel: string;
      itemTitleKey: string;
      fields: FieldSpecMap;
      createItem: (itemId: string) => { id: string };
    })
  | (FieldSpecBase<never> & { kind: 'group'; fields: FieldSpecMap });

export type FieldSpecMap = { readonly [key: string]: AnyFieldSpec };

export function fieldSpecEntries(specs: object): [string, AnyFieldSpec][] {
  return Object.entries(specs as FieldSpecMap);
}

export function isFieldSatisfiedOtherwise(spec: AnyFieldSpec, owner: unknown): boolean {
  const satisfiedWhen = spec.satisfiedWhen as ((value: unknown) => boolean) | undefined;
  return satisfiedWhen !== undefined && satisfiedWhen(owner);
}

export function isFieldShown(spec: AnyFieldSpec, owner: unknown): boolean {
  const showWhen = spec.showWhen as ((value: unknown) => boolean) | undefined;
  return showWhen === undefined || showWhen(owner);
}

/**
 * Whether a field is asked for now: required by its spec and not satisfied another way (Epochs
 * once Max steps is given). The form shows the required mark only then.
 */
export function isFieldRequiredNow(spec: AnyFieldSpec, owner: unknown): boolean {
  return spec.importance === 'required' && !isFieldSatisfiedOtherwise(spec, owner);
}
