/** An Atom document as an HTTP response; short shared caching keeps feed readers cheap. */
export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  });
}
