import type { SearchHit } from './document.ts';

/** A snippet as text with its matched pieces in <mark>: React escapes every piece (no HTML from the API). */
export function Snippet({ snippet }: { snippet: SearchHit['snippet'] }) {
  return (
    <span className="snippet">
      {snippet.parts.map((part, index) =>
        // The pieces never reorder: their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
