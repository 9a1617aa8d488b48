// What the three web UIs share; their CSS imports '@motcua/ui-kit/fonts.css' for the Be Vietnam Pro faces.
//   useLiveQueue({ token, on })        { state, connection, socket }: the queue kept in order by followQueue over
//                                      the page's socket; connection 'refused' when the key or token is turned down
//   useCatalog()                       { catalog, reload }: GET /api/catalog, asked again until the server answers
//   useAnswer(ask, retryMs)            the answer of any request of the page, asked the same way
//   LangProvider, useLang, LangSwitch  Vietnamese first, English on request: t({ vi, en }) or t('Tiếng Việt', 'English')
//   validityMessages(t), NOT_BLANK     a form's fields explained in the page's language (not the browser's); a pattern for names
export type { Connection, LiveSocket } from './socket.ts';
export { useLiveQueue } from './live.ts';
export { useAnswer, useCatalog } from './catalog.ts';
export { LangProvider, LangSwitch, rememberedLang, useLang, type LangValue } from './lang.tsx';
export { NOT_BLANK, validityMessages } from './validity.ts';
