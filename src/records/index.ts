/**
 * Project records: parse, validate and merge EURA descriptions and project cards.
 *
 * @example
 *   import { loadFolder } from './records/index.ts';
 *   const { records, files } = await loadFolder('seeds');
 */
export { looksLikeCard, parseCard } from './card.ts';
export { parseDescription } from './description.ts';
export type { ParseResult } from './document.ts';
export { CARD_LABELS, FIELD_LABELS, projectPageUrl } from './labels.ts';
export {
  type Decoding,
  type FileReport,
  type LoadResult,
  listDocuments,
  listFolder,
  loadDocuments,
  loadFolder,
  parseDocument,
  type SkippedFile,
} from './load.ts';
export { completeness, mergeRecords } from './merge.ts';
export { printCard, printDescription } from './print.ts';
export * from './schema.ts';
