/**
 * The review page's stylesheet: two panes (what was extracted, the source text) on a screen, one
 * column on paper. System fonts only, so Vietnamese renders with what the machine has and the page
 * needs nothing from the network.
 */
export const STYLE = `
:root { color-scheme: light; --line: #d8dde3; --muted: #5b6470; --hit: #fff1a8; --chosen: #dbeafe; --used: #7aa7d9; }
* { box-sizing: border-box; }
html, body { height: 100%; overflow: hidden; }
body { margin: 0; display: flex; flex-direction: column; font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d232b; background: #f6f7f9; }
header.identity { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); }
header.identity h1 { font-size: 18px; margin: 0 0 6px; max-height: 3em; overflow: auto; }
header.identity dl { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 12px; margin: 0; }
header.identity dt { color: var(--muted); }
header.identity dd { margin: 0; max-height: 4.4em; overflow: auto; overflow-wrap: anywhere; }
.counts { margin-top: 6px; color: var(--muted); }
main.review { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); }
main.review > section, main.review > aside { overflow: auto; min-height: 0; padding: 10px 16px; }
aside.source { background: #fff; border-left: 1px solid var(--line); }
h2 { font-size: 15px; margin: 14px 0 6px; }
h2 small { font-weight: normal; color: var(--muted); }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 0 0 8px; }
.controls label { color: var(--muted); }
.controls select { font: inherit; max-width: 22em; }
/* Fixed layout: column widths come from the header row, so a table of hundreds of rows is laid out without measuring every cell first. */
table { border-collapse: collapse; width: 100%; min-width: 48em; table-layout: fixed; background: #fff; font-size: 13px; }
#tasks { min-width: 68em; }
th.num { width: 4.6em; }
th.label { width: 3.6em; }
th.short { width: 6.5em; }
th.agency { width: 8em; }
th.deadline { width: 9em; }
th.count { width: 6.5em; }
td.count, th.count { text-align: right; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eef1f4; font-weight: 600; position: sticky; top: -10px; z-index: 1; }
td.num, th.num { white-space: nowrap; text-align: right; }
td.content { white-space: pre-line; overflow-wrap: anywhere; }
tr[data-line] { cursor: pointer; }
tr[data-line]:hover { background: #f3f7fc; }
tr.chosen, tr.chosen:hover { background: var(--chosen); }
tr.from-line { outline: 2px solid #2563eb; outline-offset: -2px; }
.iso { color: var(--muted); font-size: 12px; }
.empty { color: var(--muted); font-style: italic; }
.sev-error { color: #b91c1c; font-weight: 600; }
.sev-warning { color: #a16207; font-weight: 600; }
main.index { flex: 1; overflow: auto; padding: 10px 20px; }
/* The body's proportional fonts, not a monospace one: those often lack the precomposed Vietnamese letters ("ẩ", "ế") and show a loose accent. */
ol.lines { list-style: none; margin: 0; padding: 0; font-size: 13px; }
/* Off-screen lines are not rendered until scrolled to (a 100-page plan has thousands); the number sits in the padding. */
ol.lines li { position: relative; padding-left: 4.5em; white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid transparent; cursor: pointer; min-height: 1.5em; content-visibility: auto; contain-intrinsic-size: auto 1.5em; }
ol.lines li.used { border-left-color: var(--used); }
ol.lines li.hit { background: var(--hit); }
ol.lines li .ln { position: absolute; left: 0; width: 4em; color: var(--muted); text-align: right; padding-right: 10px; user-select: none; }
ol.lines li.page { cursor: default; color: var(--muted); border-top: 1px dashed var(--line); margin-top: 6px; }
.line-note { color: var(--muted); min-height: 1.5em; }
.status-failed { color: #b91c1c; }
.status-warnings { color: #a16207; }
@media print {
  html, body { height: auto; overflow: visible; }
  body { display: block; background: #fff; font-size: 11pt; }
  .controls, aside.source, .line-note { display: none; }
  header.identity h1, header.identity dd { max-height: none; overflow: visible; }
  main.review { display: block; height: auto; }
  main.review > section { overflow: visible; padding: 0; }
  th { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  tr[hidden] { display: none; }
  tr.chosen, tr.from-line { background: none; outline: none; }
  a { color: inherit; text-decoration: none; }
}
`;
