// Exports: articles with their annotations to brat, W3C Web Annotation, CoNLL or JSONL, and a brat
// gold file imported to report agreement.
import type { ActivateArea } from '../contract';
import * as exportsFeature from './exports';

export const activate: ActivateArea = (context, index) => exportsFeature.activate(context, index);
