// Every command News Lens registers, by one name each; package.json contributes exactly these
// (test/unit/features/commands.test.ts checks both ways). No `vscode` here.

export const COMMANDS = {
  setArticleDate: 'newsLens.setArticleDate',
  clearArticleDate: 'newsLens.clearArticleDate',
  explainNoRename: 'newsLens.explainNoRename',
  eventsGroupByDocument: 'newsLens.events.groupByDocument',
  eventsGroupByDate: 'newsLens.events.groupByDate',
  eventsGroupByActor: 'newsLens.events.groupByActor',
  eventsFilter: 'newsLens.events.filter',
  eventsClearFilter: 'newsLens.events.clearFilter',
  eventsReveal: 'newsLens.events.reveal',
  timelineOpen: 'newsLens.timeline.open',
  timelineExportSvg: 'newsLens.timeline.exportSvg',
  reindex: 'newsLens.reindex',
  cancelIndexing: 'newsLens.cancelIndexing',
  addEntity: 'newsLens.corrections.addEntity',
  changeType: 'newsLens.corrections.changeType',
  removeMention: 'newsLens.corrections.remove',
  setActor: 'newsLens.corrections.setActor',
  splitFromActor: 'newsLens.corrections.splitFromActor',
  ignoreEverywhere: 'newsLens.corrections.ignoreEverywhere',
  stopIgnoring: 'newsLens.corrections.stopIgnoring',
  correctArticleDate: 'newsLens.corrections.setArticleDate',
  undoCorrection: 'newsLens.corrections.undo',
  listCorrections: 'newsLens.corrections.list',
  exportArticle: 'newsLens.export.article',
  exportWorkspace: 'newsLens.export.workspace',
  importBratGold: 'newsLens.import.bratGold',
  walkthroughOpen: 'newsLens.walkthrough.open',
  walkthroughOpenArticle: 'newsLens.walkthrough.openArticle',
  walkthroughShowHover: 'newsLens.walkthrough.showHover',
  walkthroughPeekDefinition: 'newsLens.walkthrough.peekDefinition',
  walkthroughShowEvents: 'newsLens.walkthrough.showEvents',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
