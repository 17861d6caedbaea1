import { createChainVerifier, isChained, type ChainBreak, type ChainReport } from '@shared/audit/chain';
import type { AuditEntry } from '@shared/model';
import type { ChainedEntry } from '../../db/repos/audit-query';

const CHUNK = 500;

/**
 * Checks the audit chain of a backup file before it is restored, yielding between chunks so the
 * confirmation stays responsive on a district's log.
 */
export async function checkBackupChain(rows: readonly unknown[]): Promise<ChainReport<ChainedEntry>> {
  const entries = rows as AuditEntry[];
  const chained = entries.filter((row): row is ChainedEntry => isChained(row));
  chained.sort((a, b) => a.seq - b.seq);
  const verifier = createChainVerifier<ChainedEntry>();
  const older = entries.length - chained.length;
  const byId = new Map(chained.map((row) => [row.id, row]));
  for (let i = 0; i < chained.length; i += 1) {
    const row = chained[i] as ChainedEntry;
    const voucher = row.redactedBy ? byId.get(row.redactedBy) : null;
    const broken: ChainBreak<ChainedEntry> | null = verifier.push(row, voucher);
    if (broken) return { checked: verifier.checked, older, broken };
    if (i % CHUNK === CHUNK - 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { checked: verifier.checked, older, broken: null };
}
