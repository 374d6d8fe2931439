import { openNotificationAsViewer } from '@/lib/dal/notifications';
import { isAppError } from '@/lib/errors';

// Opening a notification: mark it read, then go where it points (the thread
// at the reply). Done before the thread page renders, so that page's header
// already shows the lower unread count. Only the owner's notification opens;
// any other id is a 404.

export const dynamic = 'force-dynamic';

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    return redirect(await openNotificationAsViewer(id));
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthenticated') return redirect(`/signin?next=${encodeURIComponent('/notifications')}`);
    if (isAppError(error) && (error.code === 'not_found' || error.code === 'invalid_input')) return new Response('Not Found', { status: 404 });
    throw error;
  }
}
