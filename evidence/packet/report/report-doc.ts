/**
 * The report's page layout on pdfkit: embedded DejaVu fonts (so the PDF looks the same in every
 * reader and its text can be searched and copied), a running header with the case number, a footer
 * with page numbers and the digests that bind the paper to the bag, and tables whose long names
 * and hashes wrap inside their columns.
 */
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { AppError } from '../../../common/errors.js';

/** Where Debian's fonts-dejavu-core puts its fonts (scripts/setup.sh installs it). */
export const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = {
  body: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;
type Font = keyof typeof FONTS;

export interface Column {
  readonly title: string;
  readonly width: number;
  readonly mono?: boolean;
}

export interface Running {
  /** Left of the header, e.g. the department and the case number. */
  readonly header: string;
  readonly headerRight: string;
  /** Footer lines under the page number (the binding digests). */
  readonly footer: readonly string[];
}

const MARGIN = { top: 64, bottom: 80, left: 54, right: 54 };
const PAD = 2.5;

export type FieldRow = readonly [string, string] | readonly [string, string, 'mono'];
/** A table row's cells, or its header. */
type Row = readonly string[] | 'header';
const GREY = '#555555';
const RULE = '#bbbbbb';

function fontFile(font: Font): string {
  const file = path.join(FONT_DIR, FONTS[font]);
  if (!fs.existsSync(file)) {
    throw new AppError('SERVICE_UNAVAILABLE', `the report needs ${file}: install Debian's fonts-dejavu-core`);
  }
  return file;
}

export class ReportDoc {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;

  constructor(
    info: { title: string; subject: string; author: string },
    private readonly running: Running,
    private readonly scrub: (text: string) => string,
  ) {
    this.doc = new PDFDocument({
      size: 'LETTER',
      margins: MARGIN,
      bufferPages: true,
      font: fontFile('body'),
      info: { Title: info.title, Subject: info.subject, Author: info.author, Creator: info.author },
    });
    for (const font of Object.keys(FONTS) as Font[]) this.doc.registerFont(font, fontFile(font));
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.ended = new Promise((resolve) => this.doc.on('end', () => resolve(Buffer.concat(this.chunks))));
    this.doc.font('body').fontSize(9.5);
  }

  /** Width between the margins. */
  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  title(text: string): void {
    this.doc.font('bold').fontSize(17).fillColor('black').text(this.scrub(text));
    this.doc.moveDown(0.3).font('body').fontSize(9.5);
  }

  /** A section heading, kept on one page with the next `keepWith` points. */
  heading(text: string, keepWith = 40): void {
    this.ensure(Math.min(keepWith, this.bottom - MARGIN.top - 40) + 30);
    this.doc.moveDown(0.8).font('bold').fontSize(13).fillColor('black').text(this.scrub(text));
    this.doc.moveDown(0.3).font('body').fontSize(9.5);
  }

  subheading(text: string, keepWith = 30): void {
    this.ensure(Math.min(keepWith, this.bottom - MARGIN.top - 30) + 20);
    this.doc.moveDown(0.5).font('bold').fontSize(10.5).fillColor('black').text(this.scrub(text));
    this.doc.moveDown(0.2).font('body').fontSize(9.5);
  }

  para(text: string, font: Font = 'body', size = 9.5): void {
    this.doc.font(font).fontSize(size).fillColor('black').text(this.scrub(text), { align: 'left' });
    this.doc.moveDown(0.4).font('body').fontSize(9.5);
  }

  note(text: string): void {
    this.doc.font('italic').fontSize(8).fillColor(GREY).text(this.scrub(text));
    this.doc.moveDown(0.3).font('body').fontSize(9.5).fillColor('black');
  }

  private fieldTable(rows: readonly FieldRow[]): [Column[], string[][]] {
    const columns = [
      { title: '', width: 130 },
      { title: '', width: this.width - 130 },
    ];
    return [columns, rows.map(([label, value, mono]) => [label, value, mono ?? ''])];
  }

  /** Label and value rows, kept on one page when they fit on one; mono values are hashes and ids. */
  fields(rows: readonly FieldRow[]): void {
    const [columns, cells] = this.fieldTable(rows);
    this.table(columns, cells, { header: false, labels: true, keepTogether: true });
  }

  /** How tall `fields(rows)` will be. */
  fieldsHeight(rows: readonly FieldRow[]): number {
    const [columns, cells] = this.fieldTable(rows);
    return cells.reduce((sum, row) => sum + this.rowHeight(columns, row, true), 0);
  }

  /** The font of a cell: header row, label column, fixed-width column or body. */
  private cellFont(columns: readonly Column[], col: number, row: Row, labels: boolean): [Font, number] {
    if (row === 'header') return ['bold', 7.5];
    if (labels) return col === 0 ? ['bold', 8.5] : row[2] === 'mono' ? ['mono', 8] : ['body', 8.5];
    return columns[col]!.mono ? ['mono', 7.5] : ['body', 8];
  }

  private cells(columns: readonly Column[], row: Row): readonly string[] {
    return row === 'header' ? columns.map((c) => c.title) : row;
  }

  private rowHeight(columns: readonly Column[], row: Row, labels: boolean): number {
    const cells = this.cells(columns, row);
    const heights = columns.map((c, i) => {
      const [font, size] = this.cellFont(columns, i, row, labels);
      const text = this.scrub(cells[i] ?? '');
      return this.doc
        .font(font)
        .fontSize(size)
        .heightOfString(text, { width: c.width - 2 * PAD });
    });
    return Math.max(...heights) + 2 * PAD;
  }

  private drawRow(columns: readonly Column[], row: Row, labels: boolean, header: boolean): void {
    const doc = this.doc;
    const height = this.rowHeight(columns, row, labels);
    if (doc.y + height > this.bottom) {
      doc.addPage();
      if (row !== 'header' && header) this.drawRow(columns, 'header', labels, header);
    }
    const top = doc.y;
    const cells = this.cells(columns, row);
    let x = MARGIN.left;
    columns.forEach((c, i) => {
      const [font, size] = this.cellFont(columns, i, row, labels);
      doc
        .font(font)
        .fontSize(size)
        .fillColor(row === 'header' ? GREY : 'black');
      doc.text(this.scrub(cells[i] ?? ''), x + PAD, top + PAD, { width: c.width - 2 * PAD });
      x += c.width;
    });
    this.rule(top + height);
    doc.x = MARGIN.left;
    doc.y = top + height;
  }

  private rule(y: number): void {
    this.doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + this.width, y)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
  }

  /** A table; each row's cells wrap within their column, and the header repeats on a new page. */
  table(
    columns: readonly Column[],
    rows: readonly (readonly string[])[],
    options: { header?: boolean; labels?: boolean; keepTogether?: boolean } = {},
  ): void {
    const labels = options.labels === true;
    const header = options.header !== false;
    if (options.keepTogether) {
      const total = rows.reduce((sum, row) => sum + this.rowHeight(columns, row, labels), 0);
      if (total < this.bottom - MARGIN.top) this.ensure(total);
    }
    if (header) this.drawRow(columns, 'header', labels, header);
    for (const row of rows) this.drawRow(columns, row, labels, header);
    this.doc.moveDown(0.6).font('body').fontSize(9.5).fillColor('black');
  }

  /** A PNG under its title, fitted into the content width and `maxHeight` points, with a caption. */
  image(
    title: string,
    png: Buffer,
    pixels: { width: number; height: number },
    maxHeight: number,
    caption: string,
  ): void {
    // Use the room left on this page when that still gives a readable image.
    const room = this.bottom - this.doc.y - 80;
    const fit = room >= 220 ? Math.min(maxHeight, room) : maxHeight;
    const scale = Math.min(this.width / pixels.width, fit / pixels.height);
    const width = pixels.width * scale;
    const height = pixels.height * scale;
    this.subheading(title, height + 30);
    const top = this.doc.y;
    this.doc.image(png, MARGIN.left, top, { width, height });
    this.doc.rect(MARGIN.left, top, width, height).lineWidth(0.5).strokeColor(RULE).stroke();
    this.doc.x = MARGIN.left;
    this.doc.y = top + height + 4;
    this.note(caption);
  }

  /** Draws the running header and footer on every page, then ends the document. */
  finish(): Promise<Buffer> {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      // Writing in the margins must not start a page of its own.
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      const left = MARGIN.left;
      const width = this.width;
      doc.font('body').fontSize(7.5).fillColor(GREY);
      doc.text(this.scrub(this.running.header), left, 30, { width, lineBreak: false });
      doc.text(this.scrub(this.running.headerRight), left, 30, { width, align: 'right', lineBreak: false });
      doc
        .moveTo(left, 42)
        .lineTo(left + width, 42)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      const footerTop = doc.page.height - MARGIN.bottom + 14;
      doc
        .moveTo(left, footerTop - 4)
        .lineTo(left + width, footerTop - 4)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.font('bold').fontSize(8).fillColor('black');
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, left, footerTop, {
        width,
        align: 'right',
        lineBreak: false,
      });
      doc.font('mono').fontSize(6.5).fillColor(GREY);
      this.running.footer.forEach((line, n) =>
        doc.text(line, left, footerTop + n * 9, { width: width - 70, lineBreak: false }),
      );
      doc.page.margins = MARGIN;
    }
    doc.end();
    return this.ended;
  }
}
