/*
 * 本机代号 are unique per center: every number a syncing desk gives carries its code (YY-2026-B00017), so
 * two desks with one code would give the same numbers again. Each desk records its code at the center
 * as a `desk-code:<code>` document in its site database; a desk about to take a code reads them first.
 */

/** A desk's record of its code at the center. */
export interface DeskCodeEntry {
  code: string;
  /** The desk that holds it (the installation's desk id, stable across sign-ins and renames). */
  deskId: string;
  deskName: string;
}

/** The id prefix of those documents (not a synced table's, so pulls leave them alone). */
export const DESK_CODE_PREFIX = 'desk-code:';

/**
 * The document id of a code's entry.
 *
 * @example
 * deskCodeDocId('B') // => 'desk-code:B'
 */
export const deskCodeDocId = (code: string): string => `${DESK_CODE_PREFIX}${code}`;

/**
 * The other desk already holding `code`, or null when it is free or this desk's own.
 *
 * @example
 * deskCodeHolder([{ code: 'B', deskId: 'd2', deskName: '办公室' }], 'B', 'd1') // => { code: 'B', deskId: 'd2', deskName: '办公室' }
 * deskCodeHolder([{ code: 'B', deskId: 'd1', deskName: '前台' }], 'B', 'd1') // => null
 */
export function deskCodeHolder(
  entries: readonly DeskCodeEntry[],
  code: string,
  deskId: string,
): DeskCodeEntry | null {
  return entries.find((e) => e.code === code && e.deskId !== deskId) ?? null;
}

/**
 * What staff read when the code is taken: which desk has it, and what to do.
 *
 * @example
 * deskCodeTakenMessage({ code: 'B', deskId: 'd2', deskName: '办公室' })
 * // => '本机代号 B 已由“办公室”使用，同一中心每台前台要用不同的字母，请换一个'
 */
export function deskCodeTakenMessage(holder: DeskCodeEntry): string {
  return `本机代号 ${holder.code} 已由“${holder.deskName}”使用，同一中心每台前台要用不同的字母，请换一个`;
}
