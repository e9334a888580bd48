/**
 * Table rulings of a scanned page, read from its grey image: long dark straight
 * strokes, vertical and horizontal. A slightly rotated scan draws them a little
 * askew, so a ruling is followed band by band rather than along one pixel column.
 */

/** A ruling from (x0, y0) to (x1, y1), in image pixels; vertical ones run top to bottom, horizontal ones left to right. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Rulings {
  vertical: Segment[];
  horizontal: Segment[];
}

/** A grey image, one byte a pixel, row after row. */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Reads a binary PGM (P5, 8-bit), as `pdftoppm -gray` writes it. */
export function parsePgm(bytes: Uint8Array): Grey {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(head);
  if (!m || m[3] !== '255') throw new Error('not an 8-bit binary PGM image');
  const width = Number(m[1]);
  const height = Number(m[2]);
  return { width, height, data: bytes.subarray(m[0].length, m[0].length + width * height) };
}

/** A piece of an image as a binary PGM file. */
export function cropPgm(img: Grey, x0: number, y0: number, w: number, h: number): Uint8Array {
  const head = Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1');
  const out = new Uint8Array(head.length + w * h);
  out.set(head);
  for (let y = 0; y < h; y++) out.set(img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x0 + w), head.length + y * w);
  return out;
}

const BAND = 40;
// Thin rulings scan as mid grey on a paper of about 235.
const DARK = 180;
/** A ruling is this many bands long at least: longer than any letter's stem. */
const MIN_BANDS = 3;

/**
 * Rulings along one axis. `along` is the length of a line and `across` the other
 * dimension; `at(a, c)` the pixel at position a along and c across.
 */
function trace(along: number, across: number, at: (a: number, c: number) => number): { c0: number; a0: number; c1: number; a1: number }[] {
  const done: { c0: number; a0: number; c1: number; a1: number }[] = [];
  let open: { c0: number; a0: number; c: number; a: number }[] = [];
  for (let start = 0; start + BAND <= along; start += BAND) {
    // Positions across where (almost) every pixel of this band is dark.
    const hits: number[] = [];
    let run = -1;
    for (let c = 0; c <= across; c++) {
      let dark = 0;
      // A pixel next to a dark one counts as dark: a ruling drifts across a band on a rotated scan.
      if (c < across) for (let a = start; a < start + BAND; a++) if (Math.min(at(a, c), at(a, Math.max(0, c - 1)), at(a, Math.min(across - 1, c + 1))) < DARK) dark++;
      const full = dark >= 0.85 * BAND;
      if (full && run < 0) run = c;
      if (!full && run >= 0) {
        // A run wider than a ruling is a filled area (a photo, a stamp), not a line.
        if (c - run <= 10) hits.push((run + c - 1) / 2);
        run = -1;
      }
    }
    const next: typeof open = [];
    for (const h of hits) {
      const i = open.findIndex((o) => Math.abs(o.c - h) <= 3);
      const o = i >= 0 ? open.splice(i, 1)[0]! : { c0: h, a0: start, c: h, a: start };
      next.push({ ...o, c: h, a: start + BAND });
    }
    // A faint stretch of one band does not end a ruling.
    for (const o of open) {
      if (o.a >= start) next.push(o);
      else if (o.a - o.a0 >= MIN_BANDS * BAND) done.push({ c0: o.c0, a0: o.a0, c1: o.c, a1: o.a });
    }
    open = next;
  }
  for (const o of open) if (o.a - o.a0 >= MIN_BANDS * BAND) done.push({ c0: o.c0, a0: o.a0, c1: o.c, a1: o.a });
  return done;
}

/** Finds the vertical and horizontal rulings of a page image. */
export function findRulings(img: Grey): Rulings {
  const { width, height, data } = img;
  const vertical = trace(height, width, (y, x) => data[y * width + x]!).map((s) => ({ x0: s.c0, y0: s.a0, x1: s.c1, y1: s.a1 }));
  const horizontal = trace(width, height, (x, y) => data[y * width + x]!).map((s) => ({ x0: s.a0, y0: s.c0, x1: s.a1, y1: s.c1 }));
  return { vertical, horizontal };
}
