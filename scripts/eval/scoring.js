// Shared by the eval measures: gold filtering, span matching and score formatting.

/** True when a gold mention lies in a sentence ECB+ annotated exhaustively. */
function inSelectedSentence(doc, mention) {
  return doc.selected_sentence_spans.some(([start, end]) => mention.start >= start && mention.end <= end);
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const sameSpan = (a, b) => a.start === b.start && a.end === b.end;

const percent = (part, whole) => (whole ? ((100 * part) / whole).toFixed(1) : '–');

function f1(precision, recall) {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

module.exports = { inSelectedSentence, overlaps, sameSpan, percent, f1 };
