// Exporters (brat, W3C Web Annotation, CoNLL, JSONL), their readers and the agreement report.
export * from './labeled-spans';
export { offsetMap, type OffsetMap } from './code-points';
export { toBratAnn, fromBratAnn, BRAT_ANNOTATION_CONF, ACTOR_DB, TIMEX_DB, type BratImport } from './brat';
export { toW3c, fromW3c, W3C_CONTEXT, type W3cAnnotation, type W3cCollection } from './w3c';
export { toConll, fromConll, tokenize as conllTokens } from './conll';
export { toJsonlRecord, toJsonlLine, fromJsonlRecord, type JsonlRecord } from './jsonl';
export { scoreSpans, disagreements, agreementMarkdown, type TypeScore, type AgreementInput } from './agreement';
export {
  EXPORT_FORMATS,
  FORMAT_DESCRIPTIONS,
  exportDocument,
  articleFiles,
  collectionFiles,
  stemOf,
  type ExportFormat,
  type ExportFile,
  type ExportInput,
} from './formats';
export { exportCollection, type CollectionArticle } from './collection';
export { toArticleLine, articleOfLine, type ArticleLine } from './article-line';
export { Linker } from './link';
