// Runs inside a real VS Code for `npm run bench`: how long the extension takes to load and activate,
// and how long the first workspace scan takes; written as JSON to NEWS_LENS_BENCH_OUT.
import * as fs from 'fs';
import * as vscode from 'vscode';

interface Api {
  ready: Promise<void>;
  activationMs: number;
  activateMs: number;
  bundleLoadMs: number;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<Api>('news-lens.news-lens');
  if (!extension) throw new Error('news-lens.news-lens is not installed');
  const started = Date.now();
  const api = await extension.activate();
  await api.ready;
  const figures = {
    activationMs: api.activationMs,
    bundleLoadMs: api.bundleLoadMs,
    activateMs: api.activateMs,
    scanMs: Date.now() - started,
  };
  if (process.env.NEWS_LENS_BENCH_OUT) fs.writeFileSync(process.env.NEWS_LENS_BENCH_OUT, JSON.stringify(figures));
}
