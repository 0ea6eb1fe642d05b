/** What both cards share as dialogs: the reader's colour scheme, and a heading id to be labelled by. */
import { useState } from 'preact/hooks';

/** A colour scheme chosen by the reader; without one a card follows the system's. */
export type Theme = 'light' | 'dark';

let headings = 0;
/** An id unique on the page for as long as the card lives (Preact's useId repeats across render roots). */
export function useHeadingId(): string {
  return useState(() => `bs-heading-${++headings}`)[0];
}
