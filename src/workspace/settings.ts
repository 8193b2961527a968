// Reads the extension's settings in one place and hands them down typed.
import vscode = require('vscode');
import { enabledGlobs, globList } from '../core/view';

export interface NewsLensSettings {
  /** Globs of the article files to index. */
  include: string[];
  /** Globs of files never indexed: `newsLens.exclude` (and, per folder, the `files.exclude` globs that are on). */
  exclude: string[];
  /** Files larger than this are skipped (bytes). */
  maxFileSize: number;
}

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.news'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.newslens/**'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export function readSettings(): NewsLensSettings {
  const config = vscode.workspace.getConfiguration('newsLens');
  return {
    include: globList(config.get('include'), DEFAULT_INCLUDE),
    exclude: globList(config.get('exclude'), DEFAULT_EXCLUDE),
    maxFileSize: config.get<number>('maxFileSize', DEFAULT_MAX_FILE_SIZE),
  };
}

/**
 * The settings for one workspace folder: `files.exclude` is a resource setting, which each folder of a
 * multi-root workspace may set its own way (and reading it without a resource logs a warning).
 */
export function folderSettings(settings: NewsLensSettings, folder: vscode.WorkspaceFolder): NewsLensSettings {
  const filesExclude = enabledGlobs(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'));
  return { ...settings, exclude: [...settings.exclude, ...filesExclude] };
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
