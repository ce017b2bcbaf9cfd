import { join } from 'node:path';
import { openCore } from '../../../main/core/api/in-process-core';
import { caller } from '../../helpers/core-calls';
import { OFFICIALS, planMeetings, TOPICS } from './synthetic-meetings';

export interface PreparedTimeline {
  notebook: string;
  meetings: number;
  placed: number;
  links: number;
  participants: number;
  setupMs: number;
}

/** Creates the planned meetings, with their officials, topics, participants and links, through the core's channels. */
export async function prepareNotebook(work: string, count: number): Promise<PreparedTimeline> {
  const started = performance.now();
  const notebook = join(work, 'timeline.sqlite');
  const plan = planMeetings(count);
  const core = openCore({ notebookPath: notebook });
  try {
    const call = caller(core);
    const labels: string[] = [];
    for (const name of TOPICS) labels.push((await call('labels.create', { name })).uid);
    const officials: string[] = [];
    for (let index = 0; index < OFFICIALS; index++) {
      officials.push((await call('officials.create', { name: `Funcionaria Sintética ${index + 1}`, country: index % 2 === 0 ? 'mx' : 'us' })).uid);
    }
    const uids: string[] = [];
    let participants = 0;
    for (const meeting of plan.meetings) {
      const created = await call('meetings.create', {
        title: meeting.title,
        start: meeting.start,
        end: meeting.end,
        place: { city: meeting.city, venue: null },
        topics: meeting.topics.map((topic) => labels[topic]!),
      });
      uids.push(created.uid);
      for (const person of meeting.participants) {
        await call('meetings.setParticipant', { meetingUid: created.uid, officialUid: officials[person]!, role: 'participant' });
        participants++;
      }
    }
    for (const link of plan.links) await call('meetings.link', { kind: link.kind, fromUid: uids[link.from]!, toUid: uids[link.to]! });
    const placed = plan.meetings.filter((meeting) => !meeting.start.startsWith('--')).length;
    return { notebook, meetings: uids.length, placed, links: plan.links.length, participants, setupMs: Math.round(performance.now() - started) };
  } finally {
    await core.close();
  }
}
