import { Fragment } from 'react';
import type { Segment } from '@/lib/search/snippet';

/**
 * Text with the query's words in <mark>. Built from plain segments as React
 * nodes, never from HTML, so whatever a post contains stays text.
 */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
