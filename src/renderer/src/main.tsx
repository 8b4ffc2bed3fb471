import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import './import-notices.css';
// In this order: the curation and 去重 rules build on the base ones.
import './curation.css';
import './facets.css';
import './dedupe.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
