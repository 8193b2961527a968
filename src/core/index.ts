// The core's public surface, for the CLI, the extension and tests: the light part the editor loads
// (core/view), and the annotators, actor keys and the JSON contract on top.
export * from './view';
export { annotate, type AnnotateOptions } from './annotate';
export { actorKey, normalizeName } from './actors/actor-key';
export { toContract, type Contract, type ContractDocument, type ContractHappening } from './export/json-contract';
