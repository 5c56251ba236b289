/*
 * The replica's HTML/plain-text conversions live in shared/text/html-text.ts (pure, shared with
 * the workstation); re-exported here so db/ and scripts/ keep importing them from db/.
 */
export {
  decodeEntities,
  escapeHtml,
  htmlToPlainText,
  looksLikeHtml,
  NAMED_ENTITIES,
  plainTextToHtml,
  tidyPlainText,
} from '../shared/text/html-text';
