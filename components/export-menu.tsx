// Download links for every export format; plain links, so downloads work without JavaScript.

const formats = [
  { format: "txt", label: "Plain text (.txt)" },
  { format: "md", label: "Markdown (.md)" },
  { format: "html", label: "Web page (.html)" },
  { format: "docx", label: "Word (.docx)" },
  { format: "docx-tracked", label: "Word with tracked changes (.docx)" },
  { format: "redline", label: "Redline for print (.html)" },
  { format: "xliff", label: "XLIFF 2.0 (.xlf)" },
  { format: "xliff12", label: "XLIFF 1.2 (.xlf)" },
  { format: "json", label: "JSON with history (.json)" },
  { format: "csv", label: "History as CSV (.csv)" },
] as const;

export function ExportMenu({ articleId }: { articleId: number }) {
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">Export</summary>
      <ul className="absolute right-0 z-20 mt-1 w-72 rounded border border-stone-200 bg-white p-1 text-sm shadow-lg">
        {formats.map(({ format, label }) => (
          <li key={format}>
            <a href={`/api/v1/articles/${articleId}/export?format=${format}`} download className="block rounded px-2 py-1 hover:bg-stone-100">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
