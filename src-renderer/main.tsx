import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useSettings } from './store/settingsStore';

const root = createRoot(document.getElementById('root')!);
root.render(<p className="loading">Opening…</p>);

// The text size kept on this computer is set before the first screen shows: set after, it would
// make every button jump a moment after it appeared, under the person's pointer.
const start = () =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void useSettings.getState().load().then(start, start);
