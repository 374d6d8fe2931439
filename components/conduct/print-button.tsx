'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-800 print:hidden"
      data-testid="conduct-print"
    >
      {label}
    </button>
  );
}
