import type { AccountExport } from './export-account-data';

// The readable copy of the export: the same data as the JSON, as an HTML
// page with one section per kind and a table per list. Every value is
// escaped; the page has no scripts and no external resources.

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return escape(value.toISOString());
  if (typeof value === 'object') return render(value);
  return escape(String(value));
}

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '<p>—</p>';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${scalar(r[c])}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function render(value: unknown): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date))) return table(value as Record<string, unknown>[]);
    return escape(value.map((v) => String(v)).join(', '));
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const items = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${scalar(v)}</dd>`)
      .join('');
    return `<dl>${items}</dl>`;
  }
  return scalar(value);
}

export function renderExportHtml(data: AccountExport, labels: { title: string; sections: Record<string, string>; lang: string }): string {
  const { format: _format, exportedAt, ...sections } = data;
  const parts = Object.entries(sections).map(
    ([key, value]) => `<section><h2>${escape(labels.sections[key] ?? key)}</h2>\n${render(value)}</section>`,
  );
  return `<!doctype html>
<html lang="${escape(labels.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(labels.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5}table{border-collapse:collapse;display:block;overflow-x:auto}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;white-space:pre-wrap}dt{font-weight:600}dd{margin:0 0 .5rem 1rem;white-space:pre-wrap}</style>
</head><body><main><h1>${escape(labels.title)}</h1><p>${escape(exportedAt)}</p>
${parts.join('\n')}
</main></body></html>`;
}
