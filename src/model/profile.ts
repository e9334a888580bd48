/**
 * What a document is, decided once before its task tree is built and read by
 * every extractor after: its kind, whether it lays down legal norms, whether it
 * carries a plan or list of work, whether it is an administrative document at all.
 */
import type { DocumentKind } from '../schema/output.js';

export interface DocumentProfile {
  /** The document's kind; null when the text is no administrative document. */
  kind: DocumentKind | null;
  /** It lays down rules (a decree, a circular, a decision issuing a quy chế): its khoản and điểm are norms, not work. */
  normative: boolean;
  /** It records what happened (a meeting's biên bản): its items are no work. */
  record: boolean;
  /** It carries a plan or list of work (a decision issuing a Kế hoạch, a resolution with its plan in its body). */
  carriesPlan: boolean;
  /** It is an administrative document at all (not a news story or an encyclopedia page). */
  administrative: boolean;
}

/** The profile of a document nothing is known about yet: an administrative one that may list work. */
export const openProfile = (): DocumentProfile => ({ kind: null, normative: false, record: false, carriesPlan: false, administrative: true });

/** Whether the document's items may be tasks. */
export const listsWork = (p: DocumentProfile): boolean => p.administrative && !p.record && (!p.normative || p.carriesPlan);

/** Whether the articles are the document's body, so their khoản and điểm belong to them (a decree, a circular). */
export const articlesAreBody = (p: DocumentProfile): boolean => p.normative && !p.carriesPlan;
