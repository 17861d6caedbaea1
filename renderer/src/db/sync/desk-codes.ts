import {
  DESK_CODE_PREFIX,
  deskCodeDocId,
  deskCodeHolder,
  deskCodeTakenMessage,
  type DeskCodeEntry,
} from '@shared/sync/desk-codes';
import { DistrictError, type DistrictLink } from './district-link';

/** Refused in 设置 → 同步: another desk of the center already numbers with this code. */
export class DeskCodeTakenError extends Error {
  constructor(readonly holder: DeskCodeEntry) {
    super(deskCodeTakenMessage(holder));
    this.name = 'DeskCodeTakenError';
  }
}

/**
 * Records `mine` as the code's holder at the center, unless another desk holds it: then returns that
 * desk and writes nothing. Entries this desk left under other codes are removed, so a code it gave up is
 * free again. A center that cannot be reached (or refuses the account) leaves the code unchecked (null):
 * a desk can still be set up offline, and each connect checks again.
 */
export async function claimDeskCode(link: DistrictLink, mine: DeskCodeEntry): Promise<DeskCodeEntry | null> {
  try {
    return await claim(link, mine);
  } catch (error) {
    // Offline, or an account the center refuses: replication reports that in the status already.
    if (error instanceof DistrictError) return null;
    throw error;
  }
}

async function claim(link: DistrictLink, mine: DeskCodeEntry): Promise<DeskCodeEntry | null> {
  const entries = await link.list<DeskCodeEntry>('site', DESK_CODE_PREFIX);
  const holder = deskCodeHolder(entries, mine.code, mine.deskId);
  if (holder) return holder;
  const held = entries.find((e) => e.code === mine.code);
  const doc = { _id: deskCodeDocId(mine.code), ...mine };
  if (held && held.deskName !== mine.deskName) await link.put('site', doc);
  // Created only where absent: of two desks taking a free code at the same moment, one gets it and the
  // other reads who did.
  if (!held && !(await link.create('site', doc))) {
    const winner = deskCodeHolder(
      await link.list<DeskCodeEntry>('site', DESK_CODE_PREFIX),
      mine.code,
      mine.deskId,
    );
    if (winner) return winner;
  }
  for (const old of entries) {
    if (old.deskId === mine.deskId && old.code !== mine.code) {
      await link.put('site', { _id: old._id, _deleted: true });
    }
  }
  return null;
}
