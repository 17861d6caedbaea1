import type { IssuerInfo } from '@shared/documents/content';
import type { DocumentIssuerSettings, PrinterOffset } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import { useLive } from '../../db/live-query';

export const DEFAULT_ISSUER_SETTINGS: DocumentIssuerSettings = {
  leader: '',
  handler: '',
  phone: '',
  proofFullIdNumber: true,
};

/** The printer key for offsets when no printer is named: saved PDFs, or the browser's dialog. */
export const PDF_PRINTER_KEY = 'PDF';

/** Issuer details and printer offsets, with the center's name and phone filled in. */
export function useDocumentSettings():
  | { issuer: IssuerInfo; settings: DocumentIssuerSettings; offsets: Record<string, PrinterOffset> }
  | undefined {
  const repos = useRepos();
  return useLive(async () => {
    const [center, settings, offsets] = await Promise.all([
      repos.settings.get('centerProfile'),
      repos.settings.get('documentIssuer'),
      repos.settings.get('printerOffsets'),
    ]);
    const s = { ...DEFAULT_ISSUER_SETTINGS, ...settings };
    return {
      settings: s,
      offsets: offsets ?? {},
      issuer: {
        name: center?.name ?? '',
        leader: s.leader,
        handler: s.handler,
        phone: s.phone || center?.phone || '',
      },
    };
  }, [repos]);
}
