// Happenings: mentions of one real-world happening within and across articles.
export { HappeningIndex, type Happening, type HappeningMention } from './happening-index';
export { assignHappeningKeys } from './within-article';
export { happeningClass } from './lemma-class';
