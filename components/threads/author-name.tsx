import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AuthorView } from '@/lib/threads/dto';

export async function AuthorName({ author, isOriginalPoster = false }: { author: AuthorView; isOriginalPoster?: boolean }) {
  const t = await getTranslations('author');
  const op = isOriginalPoster ? (
    <span className="ml-1 rounded bg-sea-100 px-1 text-xs text-sea-800">{t('op')}</span>
  ) : null;
  if (author.kind === 'anonymous') {
    return (
      <span className="font-medium text-gray-800" data-testid="author-anonymous">
        {t('anonymousWithLabel', { label: author.label })}
        {op}
      </span>
    );
  }
  if (author.kind === 'deleted') {
    return (
      <span className="font-medium text-gray-700" data-testid="author-deleted">
        {t('deletedAccount')}
        {op}
      </span>
    );
  }
  // Only staff roles are labelled here; an expert's badge comes from the
  // credential an answer was written under, which can expire.
  const role = author.role === 'moderator' || author.role === 'admin' ? t(`roles.${author.role}`) : '';
  return (
    <span>
      <Link href={`/u/${author.handle}`} className="font-medium text-sea-800 hover:underline">
        {author.displayName}
      </Link>
      {role ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{role}</span> : null}
      {op}
    </span>
  );
}
