import { fieldValue } from '@shared/sync/conflict-labels';
import type { ConflictVersion } from '@shared/sync/model';
import type { SyncedTable } from '@shared/sync/tables';
import { auditValue, type EditableVolunteer } from '@shared/volunteers/editing';

/** A field's value in a conflict: a volunteer's ID number and phone masked and photo named, as everywhere a 前台 may look. */
export const shownValue = (table: SyncedTable, field: string, value: unknown): string =>
  fieldValue(field, table === 'volunteers' ? auditValue(field as keyof EditableVolunteer, value) : value);

/** Who wrote a version and where: 本机 for this desk's own. */
export const whoWrote = (version: ConflictVersion, ownDeskId: string): string =>
  `${version.deskId === ownDeskId ? '本机' : version.deskId} ${version.actor}`;

/** Whether a version holds the field (a volunteer's field versions hold only the clashing ones). */
export const holdsField = (version: ConflictVersion, field: string): boolean =>
  typeof version.value === 'object' && version.value !== null && field in version.value;
