// A short stable number for a string, the same in Node and browsers.

/** 32-bit FNV-1a of the UTF-16 text, unsigned. */
export function fnv1a32(text: string): number {
  // The offset basis as the 32-bit integer it is once hashed (`| 0`): a number past 2³¹ to start with made
  // V8 drop the loop's optimized code on every call.
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
