import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { EVENT_KINDS } from '../../../../src/core/view';
import { KIND_STYLES, kindColorId, shapePath } from '../../../../src/features/events/timeline-palette';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Editor backgrounds of Default Light Modern, Default Dark Modern and the two high-contrast themes, and the
// lane bands' hover background drawn behind every other lane (Light Modern #F2F2F2, Dark Modern #2A2D2E).
const BACKGROUNDS = {
  light: ['#FFFFFF', '#F2F2F2'],
  dark: ['#1F1F1F', '#2A2D2E'],
  highContrast: ['#000000'],
  highContrastLight: ['#FFFFFF'],
} as const;

// The Okabe–Ito colours, lightened or darkened but of the same hue.
const OKABE_ITO_HUES = {
  orange: 41,
  skyBlue: 202,
  bluishGreen: 164,
  yellow: 56,
  blue: 202,
  vermillion: 26,
  reddishPurple: 326,
};

function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return -1;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return Math.round((h * 60 + 360) % 360);
}

const packageColors = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../../package.json'), 'utf8')) as {
    contributes: { colors: { id: string; defaults: Record<string, string> }[] };
  }
).contributes.colors;

describe('timeline palette', () => {
  it('keeps every kind’s mark at 3.5:1 or more against the background of each theme kind', () => {
    for (const kind of EVENT_KINDS) {
      for (const [theme, backgrounds] of Object.entries(BACKGROUNDS)) {
        const color = KIND_STYLES[kind].colors[theme as keyof typeof BACKGROUNDS];
        for (const background of backgrounds) {
          const ratio = contrast(color, background);
          assert.ok(ratio >= 3.5, `${kind} ${color} on ${background} (${theme}): ${ratio.toFixed(2)}:1`);
        }
      }
    }
  });

  it('takes its colours from Okabe–Ito hues, apart from the greys and black', () => {
    const hues = Object.values(OKABE_ITO_HUES);
    for (const kind of EVENT_KINDS) {
      for (const color of [KIND_STYLES[kind].colors.light, KIND_STYLES[kind].colors.dark]) {
        const h = hue(color);
        assert.ok(
          h === -1 || hues.some(o => Math.min(Math.abs(h - o), 360 - Math.abs(h - o)) <= 8),
          `${kind} ${color} hue ${h}`,
        );
      }
    }
  });

  it('never gives two kinds both the same shape and the same colour', () => {
    const seen = new Set<string>();
    for (const kind of EVENT_KINDS) {
      const key = `${KIND_STYLES[kind].shape} ${KIND_STYLES[kind].colors.light}`;
      assert.ok(!seen.has(key), `${kind}: ${key}`);
      seen.add(key);
    }
    // The greens that were hard to tell apart are now different shapes and hues.
    assert.notStrictEqual(KIND_STYLES.movement.shape, KIND_STYLES.agreement.shape);
    assert.ok(Math.abs(hue(KIND_STYLES.movement.colors.light) - hue(KIND_STYLES.agreement.colors.light)) > 90);
  });

  it('contributes the same colours to the theme as the exported file uses', () => {
    for (const kind of EVENT_KINDS) {
      const contributed = packageColors.find(c => c.id === kindColorId(kind));
      assert.ok(contributed, kindColorId(kind));
      assert.deepStrictEqual(contributed.defaults, KIND_STYLES[kind].colors);
    }
  });

  it('styles every kind in the webview with its theme colour', () => {
    const css = fs.readFileSync(path.join(__dirname, '../../../../../media/timeline.css'), 'utf8');
    for (const kind of EVENT_KINDS) {
      const variable = `--vscode-${kindColorId(kind).replace(/\./g, '-')}`;
      assert.match(css, new RegExp(`\\.kind-${kind} \\.shape \\{[^}]*var\\(${variable}\\)`), kind);
    }
  });

  it('draws each shape as one closed path', () => {
    for (const kind of EVENT_KINDS) assert.match(shapePath(KIND_STYLES[kind].shape, 6), /^M[^M]*z$/);
  });
});
