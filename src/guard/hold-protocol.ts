/**
 * What the guard (content script) and its hold field (hold.html, an extension page in a frame over
 * the page's field) say to each other. They talk over a runtime port the guard opens, named
 * `hold:<nonce>`: the page can neither open nor read such a port, and the frame's content is not
 * the page's to read. The held text lives in the hold frame; the guard only ever has what the page
 * may have anyway, except for a paste it is asking about, which it keeps in memory until answered.
 */
import type { Lang } from '../engine/types';
import type { SecretKind } from './kinds';

export const HOLD_PORT_PREFIX = 'hold:';

/** How the page's field looks, so the hold field can stand in for it. */
export interface FieldLook {
  font: string;
  color: string;
  background: string;
  padding: string;
  multiline: boolean;
}

export type ToHold =
  /** Start holding: `prefix` is what the page already has, `held` what it must not get. */
  | {
      t: 'hold';
      prefix: string;
      held: string;
      /** When `held` was typed (ms since the epoch): keys are put in the order they were typed. */
      at: number;
      /**
       * Holding from the field's first focus (where page listeners may come first): nothing is let
       * go before something is typed.
       */
      proxy: boolean;
      lang: Lang;
      url: string;
      /** The field expects a hash (explorer search, checksum): a 64-hex value is let through. */
      hashContext: boolean;
      /**
       * The entry was typed over several fields in turn (what the user typed in a row reads as a
       * phrase, the field alone does not): Tab goes on to its next word, as in a grid.
       */
      acrossFields?: boolean;
      /**
       * The entry is not the field's own text alone: words the user typed before the page cleared
       * the field, or in another field, frame or page. Enter then separates words (a page may take
       * one word an Enter) instead of ending the entry.
       */
      carried?: boolean;
      /** A grid of one-word boxes: Tab and Enter separate words. */
      grid: boolean;
      look: FieldLook;
    }
  /** A complete secret arrived at once (paste, drop, insertion): only the stop dialog. */
  | { t: 'stop'; kind: SecretKind; lang: Lang }
  /** A key or text the page's frame received while holding: it belongs to the held text. */
  | { t: 'key'; key: string; at: number }
  | { t: 'text'; data: string; at: number }
  /** The user clicked elsewhere in the page (a trusted click): decide now. */
  | { t: 'leave' }
  /** The user moved to another box of the word grid: the next word starts (a separator, now). */
  | { t: 'word'; at: number };

export type FromHold =
  /** Connected and listening. */
  | { t: 'ready' }
  /** Not a secret after all: the page gets `text` (from the field's start) as typed. */
  | {
      t: 'release';
      text: string;
      then?: 'Enter' | 'Tab';
      /** Typed after that Enter, before the frame let go (it follows the Enter: `\b` Backspace). */
      after?: string;
      /** How many forwarded keys and texts the frame had applied (later ones go to the page). */
      seen: number;
      /** The user had clicked into the frame: it keeps the keyboard a moment (see `late`). */
      focused: boolean;
    }
  /**
   * Typed into the frame after it released its text: it belongs to the page. `\b` is Backspace,
   * `\r` Enter in a one-line field, `\t` Tab.
   */
  | { t: 'late'; data: string; at: number }
  /** A secret: the dialog is showing (the frame needs the whole viewport). */
  | { t: 'stop'; kind: SecretKind }
  /** The user chose to clear it. */
  | { t: 'clear' }
  /** The user deliberately let it through: `text` (held entry) or the asked paste. */
  | { t: 'continue'; text?: string };
