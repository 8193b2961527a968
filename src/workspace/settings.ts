// Reads the extension's settings in one place and hands them down typed.
import vscode = require('vscode');
import { enabledGlobs, globList } from '../core/view';

export interface NewsLensSettings {
  /** Globs of the article files to index. */
  include: string[];
  /** Globs of files never indexed: `newsLens.exclude` and the `files.exclude` globs that are on. */
  exclude: string[];
  /** Files larger than this are skipped (bytes). */
  maxFileSize: number;
}

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.news'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.newslens/**'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/**
 * The settings as they apply in one workspace folder, or anywhere (`null`). VS Code logs a warning for
 * each setting read in the wrong scope: `files.exclude` is a folder's, News Lens's own are the window's.
 */
export function readSettings(scope: vscode.WorkspaceFolder | null = null): NewsLensSettings {
  const config = vscode.workspace.getConfiguration('newsLens');
  return {
    include: globList(config.get('include'), DEFAULT_INCLUDE),
    exclude: [
      ...globList(config.get('exclude'), DEFAULT_EXCLUDE),
      ...enabledGlobs(vscode.workspace.getConfiguration('files', scope).get('exclude')),
    ],
    maxFileSize: config.get<number>('maxFileSize', DEFAULT_MAX_FILE_SIZE),
  };
}

/** Whether a configuration change changes which files are articles. */
export function affectsArticleFiles(event: vscode.ConfigurationChangeEvent): boolean {
  return ['newsLens.include', 'newsLens.exclude', 'newsLens.maxFileSize', 'files.exclude'].some(section =>
    event.affectsConfiguration(section),
  );
}

/** Languages whose documents News Lens annotates when their file matches the include glob. */
export const ARTICLE_LANGUAGES = ['plaintext', 'markdown', 'news'];
export const ARTICLE_SELECTOR: vscode.DocumentSelector = ARTICLE_LANGUAGES.map(language => ({ language }));
