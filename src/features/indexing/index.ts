// Indexing: the workspace scan in the status bar, its cancel button and the command that scans again.
import type { ActivateArea } from '../contract';
import * as indexingStatus from './indexing-status';

export const activate: ActivateArea = (context, index) => indexingStatus.activate(context, index);
