import type { CaseStatus, Purpose } from './gql/graphql';

/*
 * Words the workspace shows for the API's enum values. Each table is keyed by the type generated
 * from the SDL, so a value added to or dropped from the schema fails the type check until the
 * table says how to show it.
 */

/** The five purposes of SO1301 III.A.2.a, as the detective reads them. */
export const PURPOSE_LABELS: Readonly<Record<Purpose, string>> = {
  MISSING_PERSON: 'Missing person',
  WANTED_PERSON: 'Wanted person',
  GANG_ACTIVITY: 'Gang participation',
  ONLINE_CRIME: 'Crime perpetrated online',
  CRIME_FOOTAGE: 'Photos or videos of a crime',
};

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  OPEN: 'Open',
  CLOSED: 'Closed',
};

/** A label table as [value, label] pairs in its written order, for a select's options. */
export const optionsOf = <T extends string>(labels: Readonly<Record<T, string>>) =>
  Object.entries(labels) as [T, string][];
