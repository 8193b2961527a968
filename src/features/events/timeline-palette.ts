// How the timeline tells event kinds apart: a shape and an Okabe–Ito colour per kind (shape and colour
// together, so no kind depends on colour alone), with a variant per theme kind that keeps 3:1 or more
// against the editor background. package.json contributes the same colours as theme colours.
import type { EventKind } from '../../core/view';

export type MarkShape =
  'circle' | 'ring' | 'square' | 'diamond' | 'triangle-up' | 'triangle-down' | 'triangle-right' | 'cross';

export interface KindStyle {
  shape: MarkShape;
  /** Colour defaults by theme kind, as package.json's `contributes.colors` takes them. */
  colors: { light: string; dark: string; highContrast: string; highContrastLight: string };
}

// Okabe & Ito (2008), "Color Universal Design": blue, bluish green, sky blue, reddish purple, orange,
// vermillion, yellow, black; darkened on light backgrounds (sky blue, orange and yellow are under 2.5:1
// on white as they are) and lightened where blue is dim on a dark one.
const style = (shape: MarkShape, light: string, dark: string): KindStyle => ({
  shape,
  colors: { light, dark, highContrast: dark, highContrastLight: light },
});

export const KIND_STYLES: Record<EventKind, KindStyle> = {
  meeting: style('circle', '#0072B2', '#3D9BE0'),
  agreement: style('square', '#008F68', '#00B383'),
  politics: style('diamond', '#3580AE', '#56B4E9'),
  legal: style('square', '#B45F91', '#CC79A7'),
  movement: style('triangle-right', '#A87300', '#E69F00'),
  military: style('triangle-up', '#C75700', '#E6691A'),
  attack: style('cross', '#242424', '#EDEDED'),
  disaster: style('triangle-down', '#857F00', '#F0E442'),
  business: style('diamond', '#6E6E6E', '#A3A3A3'),
  other: style('ring', '#6E6E6E', '#A3A3A3'),
};

/** The theme colour of a kind: `newsLens.timelineMeeting`, a CSS variable `--vscode-newsLens-timelineMeeting` in the webview. */
export function kindColorId(kind: EventKind): string {
  return `newsLens.timeline${kind[0].toUpperCase()}${kind.slice(1)}`;
}

/** An SVG path of the shape around (0, 0), about as large as a circle of radius `r`. */
export function shapePath(shape: MarkShape, r: number): string {
  const n = (value: number) => Number(value.toFixed(2));
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    case 'square': {
      const h = n(r * 0.88);
      return `M${-h} ${-h}h${2 * h}v${2 * h}h${-2 * h}z`;
    }
    case 'diamond': {
      const h = n(r * 1.25);
      return `M0 ${-h}L${h} 0L0 ${h}L${-h} 0z`;
    }
    case 'triangle-up': {
      const h = n(r * 1.2);
      return `M0 ${-h}L${h} ${n(h * 0.8)}L${-h} ${n(h * 0.8)}z`;
    }
    case 'triangle-down': {
      const h = n(r * 1.2);
      return `M0 ${h}L${h} ${n(-h * 0.8)}L${-h} ${n(-h * 0.8)}z`;
    }
    case 'triangle-right': {
      const h = n(r * 1.2);
      return `M${h} 0L${n(-h * 0.8)} ${h}L${n(-h * 0.8)} ${-h}z`;
    }
    case 'cross': {
      const a = n(r * 0.4);
      const b = n(r * 1.05);
      return `M${-b} ${-b + a}L${-a} 0L${-b} ${b - a}L${-b + a} ${b}L0 ${a}L${b - a} ${b}L${b} ${b - a}L${a} 0L${b} ${-b + a}L${b - a} ${-b}L0 ${-a}L${-b + a} ${-b}z`;
    }
  }
}
