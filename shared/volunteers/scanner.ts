import { toHalfWidth } from '../text/half-width';

/**
 * The volunteer number format: a prefix and six digits, allocated in sequence (never the ID number).
 *
 * @example
 * VOLUNTEER_NO_PREFIX // => 'ZYZ'
 */
export const VOLUNTEER_NO_PREFIX = 'ZYZ';

/**
 * Formats the n-th volunteer number; a syncing desk's code stands before the digits, so volunteers
 * registered at two desks at once never get the same number.
 *
 * @example
 * formatVolunteerNo(201) // => 'ZYZ000201'
 * formatVolunteerNo(201, 'B') // => 'ZYZB000201'
 */
export function formatVolunteerNo(n: number, mark = ''): string {
  return `${VOLUNTEER_NO_PREFIX}${mark}${String(n).padStart(6, '0')}`;
}

/**
 * The sequence number inside a volunteer number, or null for another format.
 *
 * @example
 * volunteerNoSequence('ZYZ000201') // => 201
 * volunteerNoSequence('ZYZB000201') // => 201
 * volunteerNoSequence('BZYZ1') // => null
 */
export function volunteerNoSequence(volunteerNo: string): number | null {
  const m = /^ZYZ[A-Z]?(\d{6,})$/.exec(volunteerNo);
  return m ? Number(m[1]) : null;
}

/**
 * What a card scan (or a typed code) contains: a volunteer number in canonical form, or null when the
 * text is not one. Accepts lower case, full-width characters and stray spaces, as a scanner in the
 * wrong keyboard mode or a person typing produces.
 *
 * @example
 * parseScannedCode(' zyz000123\n') // => 'ZYZ000123'
 * parseScannedCode('https://example.com') // => null
 */
export function parseScannedCode(raw: string): string | null {
  const code = toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
  return /^ZYZ[A-Z]?\d{6,}$/.test(code) ? code : null;
}

/**
 * The whole volunteer number that the typed keys end with, in canonical form, or null. Keys typed before
 * it (a stray key, a half scan) are not part of it.
 *
 * @example
 * trailingVolunteerNo('xzyz000123') // => 'ZYZ000123'
 * trailingVolunteerNo('ZYZ0001') // => null
 * trailingVolunteerNo('zyz110105194912310021') // => null
 */
export function trailingVolunteerNo(typed: string): string | null {
  // Six or seven digits, as numbers are issued: with no bound, a stray "zyz" typed just before a scanned
  // ID or phone number would make it a volunteer number, not found, instead of the ID or phone it is.
  const m = /ZYZ[A-Z]?\d{6,7}$/.exec(toHalfWidth(typed).toUpperCase());
  return m ? m[0] : null;
}

/**
 * How long a second scan of the same card is taken for a double read when the rule set does not say.
 *
 * @example
 * DEFAULT_REPEAT_SCAN_SECONDS // => 60
 */
export const DEFAULT_REPEAT_SCAN_SECONDS = 60;

/**
 * Whether a scan at `now` repeats the volunteer's last sign-in or sign-out (at `lastChangeAt`) within the
 * guard: two reads of one card 0.4 s apart must not sign a volunteer in and straight out.
 *
 * @example
 * isRepeatScan(1_000_000, 1_000_400, 60) // => true
 * isRepeatScan(1_000_000, 1_090_000, 60) // => false
 * isRepeatScan(null, 1_000_000, 60) // => false
 */
export function isRepeatScan(lastChangeAt: number | null, now: number, guardSeconds: number): boolean {
  return lastChangeAt !== null && now >= lastChangeAt && now - lastChangeAt < guardSeconds * 1000;
}

/**
 * Tuning of keyboard-wedge detection.
 *
 * @example
 * const o: WedgeOptions = { maxGapMs: 50, minLength: 6, maxPauseMs: 500 };
 */
export interface WedgeOptions {
  /** Keystrokes further apart than this are a person typing, not a scanner. */
  maxGapMs: number;
  minLength: number;
  /**
   * The longest single pause a scan may hold and still count: a busy PC can stall the page for a few
   * hundred ms in the middle of a scanner's burst, and staff must not lose that scan without a word.
   */
  maxPauseMs?: number;
  /**
   * Finds a whole code at the end of keys typed at any pace (see trailingVolunteerNo). A scan the PC
   * stalled more than once reaches the page as typing; when its keys still end in a whole code, nobody
   * typed that by accident, so it counts as the scan it is.
   */
  wholeCode?: (typed: string) => string | null;
}

/**
 * Defaults that separate a scanner (a few ms between keys) from fast typing (80 ms and more).
 *
 * @example
 * createWedgeReader(DEFAULT_WEDGE_OPTIONS)
 */
export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = { maxGapMs: 50, minLength: 6, maxPauseMs: 500 };

/** Keys a burst needs before a pause, so a stray key and a scan after it never join. */
const BURST_BEFORE_PAUSE = 3;
/** Typed keys further apart than this start over: what came before is not part of the code typed now. */
const TYPED_GAP_MS = 3000;
/** The typed keys kept for wholeCode: enough for any code, however many stray keys came first. */
const TYPED_KEPT = 64;

/**
 * A keyboard-wedge scanner reader: feed it every printable key and Enter with its time stamp; it
 * returns the scanned text when Enter ends a burst of fast keystrokes, and null otherwise (slow
 * typing, or Enter alone). A burst that paused once (the PC, not a person: three keys or more before
 * the pause, fast keys after it) is still one scan, and so is typing that ends in a whole code when the
 * options say what one is (`wholeCode`). Pure state machine, so the timing rule is testable without a DOM.
 *
 * @example
 * const reader = createWedgeReader();
 * for (const [i, ch] of [...'ZYZ000123'].entries()) reader.feed(ch, 1000 + i * 5);
 * reader.feed('Enter', 1050) // => 'ZYZ000123'
 */
export function createWedgeReader(options: WedgeOptions = DEFAULT_WEDGE_OPTIONS): {
  feed(key: string, at: number): string | null;
  reset(): void;
} {
  const maxPauseMs = options.maxPauseMs ?? 0;
  // The keys of the current burst, and whether it has already used its one pause.
  let burst = '';
  let paused = false;
  let last = -Infinity;
  // The keys since the last Enter at any pace, for wholeCode: the last TYPED_KEPT of them, and none
  // from before a gap over TYPED_GAP_MS.
  let typed = '';
  const pauseOf = (gap: number) => gap > options.maxGapMs && gap <= maxPauseMs;
  return {
    feed(key, at) {
      // Shift and other keys without text are not timed: a pause before a scanner's Shift belongs to
      // the character it shifts, or it would slip past the one-pause rule.
      if (key !== 'Enter' && key.length !== 1) return null;
      const gap = at - last;
      last = at;
      const fast = gap <= options.maxGapMs;
      // A pause joins the burst only once, and only after enough keys to be a scanner's.
      const joins = fast || (!paused && pauseOf(gap) && burst.length >= BURST_BEFORE_PAUSE);
      const recent = gap <= TYPED_GAP_MS;
      if (key === 'Enter') {
        const text = burst;
        const whole = recent && typed ? (options.wholeCode?.(typed) ?? null) : null;
        burst = typed = '';
        paused = false;
        // A whole code comes first: a burst stalled too long right after its prefix leaves only the
        // digits as the last fast burst, and those would be searched as a name or phone.
        return whole ?? (joins && text.length >= options.minLength ? text : null);
      }
      typed = (recent ? typed + key : key).slice(-TYPED_KEPT);
      if (joins) {
        burst += key;
        paused ||= !fast;
      } else {
        burst = key;
        paused = false;
      }
      return null;
    },
    reset() {
      // Forgetting when the last key came is enough for `typed`: the next key starts it afresh.
      burst = '';
      paused = false;
      last = -Infinity;
    },
  };
}

/**
 * A key event's parts that tell whether it could be a scanner's.
 *
 * @example
 * const k: ScanKey = { key: '1', ctrlKey: false, altKey: true, metaKey: false, repeat: false, isComposing: false };
 */
export interface ScanKey {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  isComposing: boolean;
}

/**
 * Whether a key press could come from a card scanner. A chord (Alt+1 opens a screen), a held key and an
 * IME's keys are a person's, and must not become part of a code.
 *
 * @example
 * const k = { key: '1', ctrlKey: false, altKey: false, metaKey: false, repeat: false, isComposing: false };
 * isScannerKey(k) // => true
 * isScannerKey({ ...k, altKey: true }) // => false
 */
export function isScannerKey(k: ScanKey): boolean {
  return !(k.ctrlKey || k.altKey || k.metaKey || k.repeat || k.isComposing);
}

/**
 * The focused element as the scan rule sees it; `inPicker` when it sits in the 签到事项 picker.
 *
 * @example
 * const f: FocusedField = { tagName: 'INPUT', type: 'text', readOnly: false, isContentEditable: false, inPicker: false };
 */
export interface FocusedField {
  tagName: string;
  /** An input's type; '' for other elements. */
  type: string;
  readOnly: boolean;
  isContentEditable: boolean;
  inPicker: boolean;
}

/** Input types a person types text into; a radio or checkbox takes none. */
const TEXT_INPUTS = new Set(['text', 'search', 'tel', 'number', 'email', 'password', 'url']);

/**
 * Whether keys on the focused element are text for it, to be left to it rather than read as a scan.
 * The 签到事项 picker's radios and selects are not: staff leave focus there after choosing what people
 * sign in for, and the next card must still be read (a select's search box filters 岗位, which a volunteer
 * number is not among).
 *
 * @example
 * const box = { tagName: 'INPUT', type: 'text', readOnly: false, isContentEditable: false, inPicker: false };
 * takesText(box) // => true
 * takesText({ ...box, inPicker: true }) // => false
 * takesText({ ...box, type: 'radio' }) // => false
 */
export function takesText(f: FocusedField): boolean {
  if (f.isContentEditable || f.tagName === 'TEXTAREA') return true;
  if (f.tagName !== 'INPUT' || f.inPicker) return false;
  return TEXT_INPUTS.has(f.type) && !f.readOnly;
}
