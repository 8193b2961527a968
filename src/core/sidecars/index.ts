// The sidecars both the CLI and the editor read: their names and the article dates file (the
// corrections file is in ../corrections, with the model it stores).
export { SIDECAR_FOLDER, CORRECTIONS_FILE, ARTICLE_DATES_FILE, parseSidecarJson } from './names';
export {
  parseArticleDatesFile,
  serializeArticleDatesFile,
  articleDateFor,
  type ArticleDates,
  type ParsedArticleDates,
} from './article-dates';
