// The kiosk: home → department (or search) → priority → ticket, and home → collect a result (a
// scanned receipt or a typed dossier code) → return ticket or why not; back to home after each
// ticket and after an idle time. One screen at a time; every ticket request carries its own
// Idempotency-Key, reused on every retry of that request.
import type { CatalogDepartment, PriorityGroup, ReturnTicketRequest, Ticket } from '@motcua/protocol';
import { ApiError } from '@motcua/protocol/client';
import { useCallback, useRef, useState } from 'react';
import { useLang } from '@motcua/ui-kit';
import type { ServiceMatch } from '../shared/search.ts';
import { AppointmentRefusal, AppointmentScreen, checkIn, isBookingScan } from './Appointment.tsx';
import { AssistBar, useHelpCall } from './Assist.tsx';
import { CollectRefusal, CollectScreen, isDossierRefusal } from './Collect.tsx';
import { Frame } from './Frame.tsx';
import { Home } from './Home.tsx';
import { newIdempotencyKey, requestTicket, type TicketRequest } from './issue.ts';
import { useKioskLink } from './link.ts';
import { ConnectingScreen, IssuingScreen, ProblemScreen, SetupScreen } from './Notices.tsx';
import { PriorityScreen } from './Priority.tsx';
import { useKioskSearch } from './procedures.ts';
import { useScanner } from './scanner.ts';
import { SearchScreen } from './Search.tsx';
import { DepartmentScreen } from './Services.tsx';
import { isPrintFault, TicketScreen, usePrintView } from './TicketScreen.tsx';
import { useCountdown } from './timers.ts';

type Screen =
  | { name: 'home' }
  | { name: 'department'; department: CatalogDepartment }
  | { name: 'search' }
  | { name: 'priority'; choice: ServiceMatch; from: 'department' | 'search' }
  | { name: 'collect' }
  | { name: 'appointment' }
  | { name: 'appointment-refused'; error: ApiError }
  | { name: 'issuing'; retrying: boolean }
  | { name: 'ticket'; choice: ServiceMatch; ticket: Ticket }
  | { name: 'problem'; request: TicketRequest; error: ApiError }
  | { name: 'refused'; error: ApiError };

export interface KioskOptions {
  /** Seconds without a touch before an unfinished choice goes back to home (`?idle=`). */
  idleSeconds: number;
  /** How long one tap's ticket is asked for before the kiosk stops and says so (`?issueLimit=` seconds). */
  issueLimitMs: number;
}

/** How long a ticket stays on screen: longer when the citizen has to photograph it. */
const TICKET_SECONDS = 30;
const FAULT_TICKET_SECONDS = 90;

export function Kiosk({ deviceKey, options }: { deviceKey: string; options: KioskOptions }) {
  const link = useKioskLink(deviceKey);
  const { lang, setLang } = useLang();
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const [query, setQuery] = useState('');
  const [code, setCode] = useState('');
  const [large, setLarge] = useState(false);
  /** Counts presses of "I need more time": each starts the countdown again. */
  const [moreTime, setMoreTime] = useState(0);
  const busy = useRef(false);
  const departments = link.catalog?.departments ?? NO_DEPARTMENTS;
  const search = useKioskSearch(departments);

  const reset = useCallback(() => {
    setScreen({ name: 'home' });
    setLang('vi');
    setLarge(false);
    setQuery('');
    setCode('');
  }, [setLang]);

  const send = useCallback((request: TicketRequest) => {
    if (busy.current) return;
    busy.current = true;
    setScreen({ name: 'issuing', retrying: false });
    requestTicket(deviceKey, request, () => setScreen({ name: 'issuing', retrying: true }), options.issueLimitMs)
      .then(
        (ticket) => setScreen({ name: 'ticket', choice: matchOf(departments, ticket), ticket }),
        (error: ApiError) => setScreen(request.route === 'POST /api/tickets/return' && isDossierRefusal(error) ? { name: 'refused', error } : { name: 'problem', request, error }),
      )
      .finally(() => { busy.current = false; });
  }, [deviceKey, departments, options.issueLimitMs]);

  const issue = (choice: ServiceMatch, priority: PriorityGroup | null) => {
    performance.clearMarks();
    performance.clearMeasures();
    performance.mark('kiosk:tap');
    const what = choice.procedure ? { procedureId: choice.procedure.id } : { serviceId: choice.service.id };
    send({ route: 'POST /api/tickets', idempotencyKey: newIdempotencyKey(), body: { ...what, lang, ...(priority ? { priority } : {}) } });
  };

  const collect = (body: ReturnTicketRequest) => send({ route: 'POST /api/tickets/return', idempotencyKey: newIdempotencyKey(), body });
  const checkInWith = (text: string) => {
    if (busy.current) return;
    busy.current = true;
    setScreen({ name: 'issuing', retrying: false });
    checkIn(deviceKey, text)
      .then((ticket) => setScreen({ name: 'ticket', choice: matchOf(departments, ticket), ticket }), (error: ApiError) => setScreen({ name: 'appointment-refused', error }))
      .finally(() => { busy.current = false; });
  };
  // A receipt scanned on the home screen or the collect screen asks for its return ticket at once;
  // a booking's QR code (its page's address) checks the booking in.
  const scanning = ['home', 'collect', 'appointment', 'appointment-refused'].includes(screen.name);
  useScanner(scanning ? (text) => (screen.name.startsWith('appointment') || isBookingScan(text) ? checkInWith(text) : collect({ qr: text })) : null);

  const choose = (choice: ServiceMatch, from: 'department' | 'search') => {
    if (link.catalog?.center?.kioskPriorityStep === false) issue(choice, null);
    else setScreen({ name: 'priority', choice, from });
  };

  const helpCall = useHelpCall(deviceKey, link.socket);
  const ticket = screen.name === 'ticket' ? screen.ticket : null;
  const print = usePrintView(ticket, ticket ? link.prints[ticket.id] : undefined);
  const idle = screen.name === 'ticket'
    ? (isPrintFault(print) ? FAULT_TICKET_SECONDS : TICKET_SECONDS)
    : screen.name === 'issuing' || (screen.name === 'home' && lang === 'vi' && !large) ? null : options.idleSeconds;
  const countdown = useCountdown(idle, reset, screen.name !== 'ticket', `${screen.name === 'ticket' ? screen.ticket.id : screen.name}:${moreTime}`);

  if (link.connection === 'refused') return <SetupScreen refused />;

  const body = (() => {
    if (!link.catalog) return <ConnectingScreen />;
    switch (screen.name) {
      case 'home':
        return (
          <Home center={link.catalog.center} printer={link.printer} departments={departments} waiting={link.waiting} waits={link.waits} onSearch={() => setScreen({ name: 'search' })}
            onCollect={() => setScreen({ name: 'collect' })} onAppointment={() => setScreen({ name: 'appointment' })} onDepartment={(department) => setScreen({ name: 'department', department })} />
        );
      case 'department':
        // The catalog as it is now (an admin may change a department's services while it shows).
        return <DepartmentScreen department={departments.find((d) => d.id === screen.department.id) ?? screen.department} onBack={() => setScreen({ name: 'home' })} onChoose={(choice) => choose(choice, 'department')} />;
      case 'search':
        return (
          <SearchScreen search={search} query={query} onQuery={setQuery} onBack={() => setScreen({ name: 'home' })}
            onChoose={(choice) => choose(choice, 'search')} onDepartment={(department) => setScreen({ name: 'department', department })} />
        );
      case 'collect':
        return <CollectScreen code={code} onCode={setCode} onCheck={() => collect({ dossierCode: code })} onBack={() => setScreen({ name: 'home' })} />;
      case 'appointment':
        return <AppointmentScreen code={code} onCode={setCode} onCheck={() => checkInWith(code)} onBack={() => setScreen({ name: 'home' })} />;
      case 'appointment-refused':
        return (
          <AppointmentRefusal error={screen.error} timeZone={link.catalog.center?.timeZone} onHome={reset}
            onAgain={() => { setCode(''); setScreen({ name: 'appointment' }); }}
            onNormalTicket={(serviceId) => send({ route: 'POST /api/tickets', idempotencyKey: newIdempotencyKey(), body: { serviceId, lang } })} />
        );
      case 'refused':
        return <CollectRefusal error={screen.error} onAsk={() => setScreen({ name: 'search' })} onAgain={() => setScreen({ name: 'collect' })} onHome={reset} />;
      case 'priority': {
        const { choice, from } = screen;
        const back = () => setScreen(from === 'search' ? { name: 'search' } : { name: 'department', department: choice.department });
        return <PriorityScreen choice={choice} onBack={back} onChoose={(priority) => issue(choice, priority)} />;
      }
      case 'issuing':
        return <IssuingScreen retrying={screen.retrying} />;
      case 'ticket':
        return <TicketScreen ticket={screen.ticket} choice={screen.choice} print={print} publicUrl={link.catalog.center?.publicUrl} onDone={reset} />;
      case 'problem':
        return <ProblemScreen error={screen.error} onRetry={() => send(screen.request)} onHome={reset} />;
    }
  })();

  return (
    <Frame screen={link.catalog ? screen.name : 'connecting'} center={link.catalog?.center} connection={link.connection} countdown={countdown} large={large}
      assist={link.catalog && <AssistBar call={helpCall} large={large} onLarge={() => setLarge((on) => !on)} />} onMoreTime={() => setMoreTime((n) => n + 1)}>
      {body}
    </Frame>
  );
}

const NO_DEPARTMENTS: CatalogDepartment[] = [];

/** The department and service of an issued ticket (a return ticket's come from the dossier), with its procedure's code. */
function matchOf(departments: readonly CatalogDepartment[], ticket: Ticket): ServiceMatch {
  const department = departments.find((d) => d.id === ticket.departmentId)!;
  const service = department.services.find((s) => s.id === ticket.serviceId) ?? { id: ticket.serviceId, code: '', name: ticket.serviceName ?? department.name };
  return { department, service };
}
