/** Parley's web UI: rendered into #app; all state is in the URL hash (see filters.ts). */
import { render } from 'preact';
import { App } from './app.js';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
