import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Track() {
  return <h1>Theo dõi số thứ tự</h1>;
}

createRoot(document.getElementById('root')!).render(<StrictMode><Track /></StrictMode>);
