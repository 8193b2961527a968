// Converts UTF-16 offsets of an article's text into editor positions, counting lines as VS Code does.
import vscode = require('vscode');
import type { Span } from '../core';

export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // "\r\n" ends one line, and so does a lone "\r" or "\n".
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.lineStarts.push(i + 1);
    }
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
