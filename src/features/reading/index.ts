// Reading: how an article sits in the editor — word wrap for prose, offered once per workspace.
import type { ActivateArea } from '../contract';
import * as wordWrap from './word-wrap';

export const activate: ActivateArea = (context, index) => wordWrap.activate(context, index);
