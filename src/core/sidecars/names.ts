// Where News Lens keeps what the user set beside the articles (never in an article): a `.newslens/`
// folder holding the corrections and the article dates, found by the editor and the CLI alike.

export const SIDECAR_FOLDER = '.newslens';
export const CORRECTIONS_FILE = 'annotations.json';
export const ARTICLE_DATES_FILE = 'article-dates.json';

/** A sidecar's JSON, or why it is not JSON (the message the user sees in both the editor and the CLI). */
export function parseSidecarJson(json: string): { value: unknown; problem: null } | { value: null; problem: string } {
  try {
    return { value: JSON.parse(json), problem: null };
  } catch (error) {
    return { value: null, problem: `not valid JSON: ${(error as Error).message}` };
  }
}
