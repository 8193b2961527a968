// Where each line of a text starts, counting lines as VS Code does.

/** The UTF-16 offset of each line's start: "\r\n" ends one line, and so does a lone "\r" or "\n". */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}
