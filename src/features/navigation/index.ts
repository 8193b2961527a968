// Navigation: what an article editor shows and where a name leads — highlights, hover cards,
// Go to Definition, Find All References, document and workspace symbols, F2's explanation, and wrapped prose.
import type { ActivateArea, NavigationApi } from '../contract';
import * as decorations from './decorations';
import * as hover from './hover';
import * as definition from './definition';
import * as references from './references';
import * as symbols from './symbols';
import * as noRename from './no-rename';

export const activate: ActivateArea<NavigationApi> = (context, index) => {
  const highlights = decorations.activate(context, index);
  hover.activate(context, index);
  definition.activate(context, index);
  references.activate(context, index);
  symbols.activate(context, index);
  noRename.activate(context, index);
  return highlights;
};
