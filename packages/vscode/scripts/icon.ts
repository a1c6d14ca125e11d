import { writeFileSync } from 'node:fs';
import { encodePng } from './png';

// The extension's icon, drawn rather than committed as a binary: three image layers stacked on a
// dark tile, the top one amber for the bytes dflint finds wasted in a layer.

export const ICON_SIZE = 128;
const SUBSAMPLES = 4; // per axis: anti-aliased edges
const TILE = { colour: [15, 23, 42], radius: 24 };
const LAYER = { halfWidth: 44, halfHeight: 22, thickness: 8, spacing: 20, topCentre: 40 };
const LAYER_COLOURS = [
  [37, 99, 235],
  [59, 130, 246],
  [245, 158, 11],
];

type Point = readonly [number, number];
type Colour = readonly number[];
interface Shape {
  polygon: Point[];
  colour: Colour;
}

/** The icon's RGBA pixels, row by row. */
export function iconPixels(): Uint8Array {
  const shapes = LAYER_COLOURS.flatMap((colour, index) => layer(LAYER.topCentre + (LAYER_COLOURS.length - 1 - index) * LAYER.spacing, colour));
  const pixels = new Uint8Array(ICON_SIZE * ICON_SIZE * 4);
  for (let y = 0; y < ICON_SIZE; y++) {
    for (let x = 0; x < ICON_SIZE; x++) {
      const sum = [0, 0, 0, 0]; // premultiplied colour, then coverage
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const colour = colourAt(shapes, [x + (sx + 0.5) / SUBSAMPLES, y + (sy + 0.5) / SUBSAMPLES]);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
          sum[3] += 1;
        }
      }
      const offset = (y * ICON_SIZE + x) * 4;
      if (sum[3] > 0) for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(sum[c] / sum[3]);
      pixels[offset + 3] = Math.round((255 * sum[3]) / SUBSAMPLES ** 2);
    }
  }
  return pixels;
}

export function drawIcon(file: string): void {
  writeFileSync(file, encodePng(ICON_SIZE, ICON_SIZE, iconPixels()));
}

/** A layer seen from above at an angle: its top face (a rhombus) and two darker side faces. */
function layer(centreY: number, colour: Colour): Shape[] {
  const { halfWidth: w, halfHeight: h, thickness: t } = LAYER;
  const c = ICON_SIZE / 2;
  const shade = (factor: number) => colour.map((value) => Math.round(value * factor));
  return [
    { polygon: [[c - w, centreY], [c, centreY + h], [c, centreY + h + t], [c - w, centreY + t]], colour: shade(0.75) },
    { polygon: [[c, centreY + h], [c + w, centreY], [c + w, centreY + t], [c, centreY + h + t]], colour: shade(0.55) },
    { polygon: [[c - w, centreY], [c, centreY - h], [c + w, centreY], [c, centreY + h]], colour },
  ];
}

/** The colour of the last shape covering `point`, else the tile's, else none (transparent). */
function colourAt(shapes: Shape[], point: Point): Colour | undefined {
  for (let index = shapes.length - 1; index >= 0; index--) {
    if (insideConvex(shapes[index].polygon, point)) return shapes[index].colour;
  }
  return insideRoundedSquare(point) ? TILE.colour : undefined;
}

function insideConvex(polygon: Point[], [x, y]: Point): boolean {
  let sign = 0;
  for (let index = 0; index < polygon.length; index++) {
    const [x1, y1] = polygon[index];
    const [x2, y2] = polygon[(index + 1) % polygon.length];
    const cross = Math.sign((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1));
    if (cross === 0) continue;
    if (sign !== 0 && cross !== sign) return false;
    sign = cross;
  }
  return true;
}

function insideRoundedSquare([x, y]: Point): boolean {
  const r = TILE.radius;
  const dx = Math.max(r - x, x - (ICON_SIZE - r), 0);
  const dy = Math.max(r - y, y - (ICON_SIZE - r), 0);
  return dx * dx + dy * dy <= r * r;
}

if (require.main === module) drawIcon(process.argv[2] ?? 'icon.png');
