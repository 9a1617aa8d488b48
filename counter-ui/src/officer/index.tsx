// The officer area (/counter): sign in, pick and open a counter, then work it from the keyboard.
import '../shared/style.css';
import './officer.css';
import { SessionGate } from '../shared/index.ts';
import { Console } from './Console.tsx';
import { TITLE } from './text.ts';

export default function Officer() {
  return (
    <SessionGate roles={['officer', 'supervisor', 'admin']} title={TITLE}>
      <Console />
    </SessionGate>
  );
}
