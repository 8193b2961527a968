// Converts UTF-16 offsets of an article's text into editor positions, counting lines as VS Code does.
import vscode = require('vscode');
import type { Span } from '../core';
import { lineStarts } from './line-starts';

export class LineMap {
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.lineStarts = lineStarts(text);
  }

  position(offset: number): vscode.Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return new vscode.Position(low, offset - this.lineStarts[low]);
  }

  range(span: Pick<Span, 'start' | 'end'>): vscode.Range {
    return new vscode.Range(this.position(span.start), this.position(span.end));
  }
}
