/** The extractors, in the order they run. Each reads and fills the working document. */
import type { Stage } from '../model/working.js';
import { extendArticles, extractZones } from './zones.js';
import { rebuildTables } from './tables.js';
import { extractDocumentHeader } from './document-header.js';
import { extractLegalBases } from './legal-bases.js';
import { extractProposal } from './proposal.js';
import { extractArticles } from './articles.js';
import { extractRecipients } from './recipients.js';
import { extractSignature } from './signature.js';
import { extractAttachments } from './attachments.js';
import { extractAppendices } from './appendices.js';
import { extractOutline } from './outline.js';
import { extractTasks } from './tasks.js';
import { extractAppendixTables } from './appendix-tables.js';
import { extractTargets } from './targets.js';
import { extractResponsibilities } from './responsibilities.js';
import { extractReferences } from './references.js';
import { decideProfile } from './profile.js';

export const extractors: Stage[] = [
  extractZones,
  rebuildTables,
  extractDocumentHeader,
  extractLegalBases,
  extractProposal,
  extractRecipients,
  extractSignature,
  extractAttachments,
  extractAppendices,
  decideProfile,
  extendArticles,
  extractArticles,
  extractOutline,
  extractResponsibilities,
  extractTargets,
  extractTasks,
  extractAppendixTables,
  extractReferences,
];
