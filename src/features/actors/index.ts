// Actors: the Actors view, who and what recurs across the workspace, each opening to its mentions.
import type { ActivateArea, ActorsApi } from '../contract';
import * as actorsTree from './actors-tree';

export const activate: ActivateArea<ActorsApi> = (context, index) => actorsTree.activate(context, index);
