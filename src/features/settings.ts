// Reads the extension's settings in one place and hands them down typed.
import vscode = require('vscode');

export interface NewsLensSettings {
  /** Glob of the article files to index. */
  include: string;
  /** Glob of files never indexed. */
  exclude: string;
  /** Files larger than this are skipped (bytes). */
  maxFileSize: number;
}

export function readSettings(): NewsLensSettings {
  const config = vscode.workspace.getConfiguration('newsLens');
  return {
    include: config.get<string>('include', '**/*.{txt,md,news}'),
    exclude: config.get<string>('exclude', '**/{node_modules,.git,.newslens}/**'),
    maxFileSize: config.get<number>('maxFileSize', 2_000_000),
  };
}

/** Languages whose documents News Lens annotates when their file matches the include glob. */
export const ARTICLE_LANGUAGES = ['plaintext', 'markdown', 'news'];
export const ARTICLE_SELECTOR: vscode.DocumentSelector = ARTICLE_LANGUAGES.map(language => ({ language }));
