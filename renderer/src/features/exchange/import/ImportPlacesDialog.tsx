import {
  planKindImport,
  readKindRow,
  type ImportKind,
  type KindPlan,
  type KindReadRow,
} from '@shared/exchange/import-kind';
import { detectColumns, columnProblems, rememberMapping } from '@shared/exchange/import-headers';
import { ROOM_IMPORT, type ImportedRoom } from '@shared/exchange/import-places';
import { ORGANISATION_IMPORT, type ImportedOrganisation } from '@shared/exchange/import-organisations';
import { useRepos } from '../../../app/desk-context';
import { useWrite } from '../../../app/use-write';
import type { PlaceImportKind } from '../../../db/repos/place-import';
import { ImportFlowDialog, type ImportFlow } from './ImportFlowDialog';

type AnyKind = ImportKind<string, { name: string }>;

/** The import kinds this dialog serves, with the headers its file step names as an example. */
const KINDS: Record<PlaceImportKind, { kind: AnyKind; hint: string }> = {
  rooms: { kind: ROOM_IMPORT, hint: '名称、类型、容纳人数、楼层/位置' },
  organisations: { kind: ORGANISATION_IMPORT, hint: '单位名称、类型、联系人、联系电话' },
};

/**
 * 导入场地 / 导入单位 from .xlsx/.xls/.csv, through the same steps as the volunteer import, with the
 * column mapping remembered per kind. Same name = same record, so the same file twice adds nothing.
 */
export function ImportPlacesDialog({ which, onClose }: { which: PlaceImportKind; onClose(): void }) {
  const { kind, hint } = KINDS[which];
  const repos = useRepos();
  const write = useWrite();
  const flow: ImportFlow<string, KindPlan<{ name: string }>> = {
    noun: kind.noun,
    measure: kind.measure,
    headersHint: hint,
    fields: kind.fields,
    labels: kind.labels,
    columnProblems: (columns) => columnProblems(kind, columns),
    detect: async (headers) =>
      detectColumns(kind, headers, (await repos.settings.get('placeImportMapping'))?.[which] ?? {}),
    remember: async (headers, columns) => {
      const saved = (await repos.settings.get('placeImportMapping')) ?? {};
      return write(() =>
        repos.settings.set('placeImportMapping', { ...saved, [which]: rememberMapping(headers, columns) }),
      );
    },
    plan: async (sheet, columns) => {
      const read = sheet.rows
        .map((cells, i) => readKindRow(kind, cells, columns, sheet.headerRowNumber + 1 + i))
        .filter((r): r is KindReadRow<{ name: string }> => r !== null);
      const names = read.flatMap((r) => (r.values ? [kind.keyOf(r.values)] : []));
      return planKindImport(kind, read, await repos.placeImport.existingByName(which, names));
    },
    // A failed run has already taken back what it wrote (see placeImportRepo).
    run: (plan, options) =>
      which === 'rooms'
        ? repos.placeImport.runRooms(plan as KindPlan<ImportedRoom>, options)
        : repos.placeImport.runOrganisations(plan as KindPlan<ImportedOrganisation>, options),
    report: {
      existingLabel: `已有同名${kind.noun}`,
      existingOutcome: '已有同名',
      nameTitle: kind.labels.name ?? '名称',
    },
  };
  return <ImportFlowDialog flow={flow} onClose={onClose} />;
}
