import { fieldValue } from '@shared/sync/conflict-labels';
import type { ConflictVersion } from '@shared/sync/model';
import type { SyncedTable } from '@shared/sync/tables';
import { auditValue, type EditableVolunteer } from '@shared/volunteers/editing';

/** A field's value in a conflict: a volunteer's ID number and phone masked and photo named, as everywhere a 前台 may look. */
export const shownValue = (table: SyncedTable, field: string, value: unknown): string =>
  fieldValue(field, table === 'volunteers' ? auditValue(field as keyof EditableVolunteer, value) : value);

/**
 * Which desk wrote a version: 本机 for this desk's own, else the name staff gave it, else (a version from
 * before desks sent their names) 另一台前台 and the id's first characters, enough to tell two apart.
 */
export const deskOf = (version: ConflictVersion, ownDeskId: string): string =>
  version.deskId === ownDeskId ? '本机' : (version.deskName ?? `另一台前台（${version.deskId.slice(0, 6)}）`);

/** Who wrote a version and where. */
export const whoWrote = (version: ConflictVersion, ownDeskId: string): string =>
  `${deskOf(version, ownDeskId)} ${version.actor}`;

/** Whether a version holds the field (a volunteer's field versions hold only the clashing ones). */
export const holdsField = (version: ConflictVersion, field: string): boolean =>
  typeof version.value === 'object' && version.value !== null && field in version.value;
