// The mark a page shows while its live connection (useLiveQueue from the UI kit) is not up.
import { useLang, type Connection } from '@motcua/ui-kit';

export function ConnectionMark({ connection }: { connection: Connection }) {
  const { t } = useLang();
  if (connection === 'online') return null;
  return <span className="reconnecting" role="status">{t('Mất kết nối, đang kết nối lại…', 'Connection lost, reconnecting…')}</span>;
}
