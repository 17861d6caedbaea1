import {
  detectMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  mappingProblems,
  rememberMapping,
  type ImportField,
} from '@shared/exchange/import-headers';
import { planImport, readImportRow, type ImportPlan, type ReadRow } from '@shared/exchange/import-plan';
import { useRepos } from '../../../app/desk-context';
import { useTodayKey } from '../../../app/use-clock';
import { useWrite } from '../../../app/use-write';
import { ImportFlowDialog, type ImportFlow } from './ImportFlowDialog';

/**
 * 导入志愿者 from .xlsx/.xls/.csv: file → column mapping → per-row report → chunked write → summary
 * with the rejected rows as a file. Same ID number = same volunteer; nothing is written before the user
 * confirms the report.
 */
export function ImportVolunteersDialog({ onClose }: { onClose(): void }) {
  const repos = useRepos();
  const today = useTodayKey();
  const write = useWrite();
  const flow: ImportFlow<ImportField, ImportPlan> = {
    noun: '志愿者',
    fields: IMPORT_FIELDS,
    labels: IMPORT_FIELD_LABELS,
    columnProblems: mappingProblems,
    detect: async (headers) =>
      detectMapping(headers, (await repos.settings.get('importMapping')) ?? {}).columns,
    remember: (headers, columns) =>
      write(() => repos.settings.set('importMapping', rememberMapping(headers, columns))),
    plan: async (sheet, columns) => {
      const { minorRules } = await repos.serviceRecords.settings();
      const read = sheet.rows
        .map((cells, i) => readImportRow(cells, columns, sheet.headerRowNumber + 1 + i, today, minorRules))
        .filter((r): r is ReadRow => r !== null);
      const ids = read.flatMap((r) => r.values?.idNumber ?? []);
      return planImport(read, await repos.volunteerImport.registeredByIdNumber(ids));
    },
    // A failed run has already taken back what it wrote (see volunteerImportRepo.run).
    run: (plan, options) => repos.volunteerImport.run(plan, options),
  };
  return <ImportFlowDialog flow={flow} onClose={onClose} />;
}
