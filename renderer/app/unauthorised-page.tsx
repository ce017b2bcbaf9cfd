import { KeyRound } from 'lucide-react';

/** Shown instead of the app when the browser host refuses the page (no or a stale token). */
export function UnauthorisedPage() {
  return (
    <main className="unauthorised">
      <KeyRound size={32} aria-hidden />
      <h1>Dossier cannot open this notebook here</h1>
      <p>
        This Dossier page needs the link printed by <code>npm run web</code> (it carries an access token).
      </p>
      <p>Open that link again, or restart <code>npm run web</code> for a new one.</p>
    </main>
  );
}
