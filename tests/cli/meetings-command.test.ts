import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDossierCli } from '../helpers/cli';
import { corpusFile } from '../helpers/corpus';
import { openTestNotebook, tempDir } from '../helpers/notebook';

const { dossier } = useDossierCli();

/** Two meetings recorded in the app: the 27 December 2023 meeting from 002, prepared by 004's advance visit. */
async function recorded(path: string) {
  const notebook = openTestNotebook(path);
  const [report, advance] = [(await notebook.importPaths(corpusFile('002'))).imported[0]!, (await notebook.importPaths(corpusFile('004'))).imported[0]!];
  const blinken = await notebook.call('officials.create', { name: 'Antony Blinken', country: 'us' });
  const summit = await notebook.call('meetings.create', { title: 'High-level meeting on migration', start: '2023-12-27', place: { city: 'Mexico City', venue: 'Palacio Nacional' }, format: 'in-person', fromDocumentUid: report.uid });
  await notebook.call('meetings.setParticipant', { meetingUid: summit.uid, officialUid: blinken.uid, role: 'head-of-delegation' });
  const visit = await notebook.call('meetings.create', { title: 'Advance visit at the SRE', start: '2023-12-26', fromDocumentUid: advance.uid });
  await notebook.call('meetings.link', { kind: 'prepares', fromUid: visit.uid, toUid: summit.uid });
  await notebook.core.close();
  return { report, summit, visit, blinken };
}

describe('dossier meetings', () => {
  it('lists meetings by date with participants, sources and links, as text and as JSON', async () => {
    const notebook = join(tempDir(), 'meetings.sqlite');
    const { report, summit, visit, blinken } = await recorded(notebook);

    const text = dossier('meetings', '--notebook', notebook);
    expect(text.status).toBe(0);
    const [first, second] = text.stdout.split(/\n(?=\S)/);
    expect(first).toMatch(new RegExp(`^${visit.uid}  2023-12-26  Advance visit at the SRE\n`));
    expect(first).toContain(`  prepares: High-level meeting on migration (2023-12-27)  ${summit.uid}`);
    expect(second).toMatch(new RegExp(`^${summit.uid}  2023-12-27  High-level meeting on migration\n`));
    expect(second).toContain('  place: Palacio Nacional, Mexico City; In person');
    expect(second).toContain('  participant: Antony Blinken (United States, head of delegation)');
    expect(second).toContain(`  source: ${report.title}`);
    expect(second).toContain(`  prepared by: Advance visit at the SRE (2023-12-26)  ${visit.uid}`);

    const json = dossier('meetings', '--notebook', notebook, '--json');
    expect(json.status).toBe(0);
    const { meetings } = JSON.parse(json.stdout);
    expect(meetings.map((meeting: { uid: string }) => meeting.uid)).toEqual([visit.uid, summit.uid]);
    expect(meetings[1]).toMatchObject({
      participants: [{ officialUid: blinken.uid, side: 'us', role: 'head-of-delegation' }],
      sources: [{ documentUid: report.uid }],
      links: [{ kind: 'prepares', direction: 'incoming', label: 'Prepared by', otherMeetingUid: visit.uid }],
    });
  });

  it('says so when there are no meetings, and refuses an unknown subcommand', () => {
    const notebook = join(tempDir(), 'empty.sqlite');
    expect(dossier('meetings', '--notebook', notebook).stdout).toMatch(/No meetings recorded yet/);
    expect(JSON.parse(dossier('meetings', '--notebook', notebook, '--json').stdout)).toEqual({ meetings: [] });
    expect(dossier('meetings', 'frob', '--notebook', notebook).status).toBe(2);
  });
});
