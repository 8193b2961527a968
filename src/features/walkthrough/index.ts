// Walkthrough: the Getting Started page and the commands behind its buttons.
import type { ActivateArea } from '../contract';
import * as walkthrough from './walkthrough';

export const activate: ActivateArea = (context, index) => walkthrough.activate(context, index);
