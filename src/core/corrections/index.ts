// The corrections model: what the user fixed in an article's annotations, and how it is applied.
export * from './types';
export { quoteOf, locateQuote } from './quote-selector';
export { applyCorrections, splitActorKey } from './apply';
export {
  CORRECTIONS_FILE,
  parseCorrectionsFile,
  serializeCorrectionsFile,
  isEmptyCorrectionsFile,
  findDocument,
  correctionSetFor,
  withDocument,
  withIgnore,
  type ParsedCorrections,
} from './sidecar';
export { withCorrection } from './with-correction';
