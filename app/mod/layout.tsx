import { ClientIntl } from '@/components/i18n/client-intl';

/** Client components under this segment use next-intl's client translations. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientIntl>{children}</ClientIntl>;
}
