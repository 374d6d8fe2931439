import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ExpertCard } from '@/components/experts/expert-card';
import { getTaxonomy } from '@/lib/dal/database';
import { credentialsOf } from '@/lib/dal/experts';
import { getProfile } from '@/lib/dal/forum';
import { orNotFound } from '@/lib/dal/route-params';
import { replyPermalink, threadPath } from '@/lib/threads/slug';

type Props = { params: Promise<{ handle: string }> };

async function load(handle: string) {
  if (!/^[A-Za-z0-9_]{1,20}$/.test(handle)) notFound();
  return orNotFound(getProfile(handle));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load((await params).handle);
  return { title: profile.displayName };
}

export default async function ProfilePage({ params }: Props) {
  const profile = await load((await params).handle);
  const [t, tRole, tExperts, format, taxonomy, credentials] = await Promise.all([
    getTranslations('profile'),
    getTranslations('author.roles'),
    getTranslations('experts'),
    getFormatter(),
    getTaxonomy(),
    credentialsOf(profile.handle),
  ]);
  const role = tRole(profile.role);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">
          {profile.displayName}
          {role ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-sm text-amber-900">{role}</span> : null}
        </h1>
        <p className="text-sm text-gray-600">
          @{profile.handle} · {t('joined', { date: format.dateTime(profile.joinedAt, { dateStyle: 'medium' }) })}
        </p>
        {profile.bio ? <p className="mt-2 text-gray-800">{profile.bio}</p> : null}
      </header>
      {credentials.length ? (
        <section aria-labelledby="profile-credentials" className="space-y-2">
          <h2 id="profile-credentials" className="text-lg font-semibold">
            {tExperts('credentials')}
          </h2>
          {credentials.map((c) => (
            <ExpertCard key={c.credentialId} expert={c} taxonomy={taxonomy} showName={false} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="profile-stories">
        <h2 id="profile-stories" className="mb-2 text-lg font-semibold">
          {t('stories')}
        </h2>
        {profile.stories.length ? (
          <ul className="space-y-2" data-testid="profile-stories">
            {profile.stories.map((s) => (
              <li key={s.id}>
                <Link href={threadPath(s.id, s.title)} className="text-sea-800 underline">
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-700">{t('none')}</p>
        )}
      </section>
      <section aria-labelledby="profile-replies">
        <h2 id="profile-replies" className="mb-2 text-lg font-semibold">
          {t('replies')}
        </h2>
        {profile.replies.length ? (
          <ul className="space-y-2" data-testid="profile-replies">
            {profile.replies.map((r) => (
              <li key={r.id} className="rounded bg-white p-2">
                <Link href={replyPermalink(threadPath(r.threadId, r.threadTitle), r.id)} className="text-sm text-sea-800 underline">
                  {r.threadTitle}
                </Link>
                <p className="text-sm text-gray-700">{r.excerpt}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-700">{t('none')}</p>
        )}
      </section>
    </div>
  );
}
