// What the rules that draw names the CoNLL way share.

/** How sure a name is that a convention adds where the model read none: as sure as a rule's name. */
export const CONVENTION_SCORE = 0.9;
