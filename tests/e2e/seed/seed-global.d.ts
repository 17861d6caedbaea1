import type { Repos } from '../../../renderer/src/db';
import type { VolunteerDraft } from '../../../renderer/src/db/repos/volunteers';
import type { Volunteer } from '@shared/model';
import type { ConflictVersion } from '@shared/sync/model';
import type { SyncedTable } from '@shared/sync/tables';

declare global {
  interface Window {
    /** Present only after a test injected the seed bundle (see tests/e2e/seed/seed.ts). */
    deskSeed: {
      repos(): Promise<Repos>;
      /** Registers an adult 群众 volunteer with consent; `fields` name what the test is about. */
      volunteer(
        fields: Pick<VolunteerDraft, 'name' | 'idNumber' | 'phone'> & Partial<VolunteerDraft>,
      ): Promise<Volunteer>;
      /** Keeps a sync conflict over a row, as the sync engine does; returns this desk's id. */
      syncConflict(table: SyncedTable, key: string, versions: ConflictVersion[]): Promise<string>;
    };
  }
}
