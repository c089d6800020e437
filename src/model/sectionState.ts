/**
 * Where a section stands: `empty` (not started: no field it asks for is filled), `incomplete`
 * (something it asks for is still empty), `complete` (nothing keeps it from complete; warnings may
 * remain), `has-errors` (a value is wrong).
 */
export type SectionState = 'empty' | 'incomplete' | 'complete' | 'has-errors';
