// Shared pieces of every counter-ui area (officer, supervisor, admin). Small and generic.
// An area's root: import '../shared/style.css'; <SessionGate roles title>…</SessionGate> (App.tsx gives the language).
//
//   import './shared/style.css'          base look: .card .btn(.primary|.good|.danger|.small|.wide) .field
//                                         .error .notice .row(.spread) .stack .muted .app-header .modal kbd
//   useLang(), LangSwitch                (UI kit) bilingual text, Vietnamese first: const { t, lang } = useLang();
//                                         t({ vi, en }) or t('Tiếng Việt', 'English'); the VI/EN choice is kept
//   SessionGate                          <SessionGate roles={['supervisor','admin']} title={{vi,en}}>…</SessionGate>
//                                         login form until signed in; a clear message if the role is wrong
//   useSession()                         { token, user: UserView, signOut(), ended() } inside a SessionGate; ended():
//                                         the server ended it, the form says so with the username filled in
//   ROLE_LABELS                          role names in both languages
//   useApi(), errorMessage(e)            const api = useApi(); await api('POST /api/…', { params, body }) — a route of
//                                         the table, its answer typed; the session's token, ApiError{status,code,
//                                         message} on refusal, a 401 ends the session
//   useLiveQueue({ token, on? })         (UI kit) { state: LiveState | null, connection, socket } via followQueue; comes
//                                         back after a server restart by itself; on: { refused: ended, online: refetch };
//                                         subscribe to extra events on `socket`
//   ConnectionMark                       <ConnectionMark connection={live.connection} />: "reconnecting" badge
//   AppHeader                            <AppHeader title={{vi,en}}>middle content</AppHeader>: user, VI/EN, sign out
//   Modal                                <Modal title onClose>…</Modal>: Escape/backdrop closes
//   validityMessages(t), NOT_BLANK       (UI kit) <form {...validityMessages(t)}>: a field that does not fit says why in
//                                         the page's language; pattern={NOT_BLANK} refuses a name of only spaces
export { LangSwitch, NOT_BLANK, useLang, useLiveQueue, validityMessages, type Connection, type LangValue, type LiveSocket } from '@motcua/ui-kit';
export { ROLE_LABELS, SessionGate, useSession, type Session } from './session.tsx';
export { errorMessage, useApi, type Api, type ApiArgs } from './api.ts';
export { ConnectionMark } from './live.tsx';
export { AppHeader } from './header.tsx';
export { Modal } from './Modal.tsx';
