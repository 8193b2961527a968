// What scripts/train-ner.js needs from the core, bundled for Node by esbuild at training time.
export { prepare, trainModel } from '../src/core/entities/learned/train';
export { encodePass, decodePass, LABELS } from '../src/core/entities/learned/model';
export { tagWith } from '../src/core/entities/learned/tag';
export { findEntities } from '../src/core/entities/entities';
export { recognizeEntities } from '../src/core/entities/recognize';
export { tokenize } from '../src/core/text/tokenize';
