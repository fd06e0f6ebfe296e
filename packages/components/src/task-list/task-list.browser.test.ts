import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukTaskList, Task } from './task-list.ts';
import './task-list.ts';

const TASKS: Task[] = [
  { label: 'Your details', href: '#details', status: 'completed' },
  { label: 'Upload documents', href: '#documents', status: 'in-progress', hint: 'Your CID card and a photograph' },
  { label: 'Declaration', href: '#declaration', status: 'not-started' },
  { label: 'Pay the fee', status: 'cannot-start' },
];

const taskList = (tasks: unknown, lang = 'en') =>
  fixture<DrukTaskList>(html`<druk-task-list tasks=${JSON.stringify(tasks)}></druk-task-list>`, lang);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('druk-task-list', () => {
  it('names each task and describes its link by its status; a task that cannot start is no link', async () => {
    const list = await taskList(TASKS);
    expect(list.shadowRoot?.querySelector('.progress')?.textContent?.trim()).toBe('You have completed 1 of 4 tasks.');
    const tree = await accessibilityTree();
    const links = tree.filter((node) => node.role === 'link');
    expect(links.map((link) => [link.name, link.description])).toEqual([
      ['Your details', 'Completed'],
      ['Upload documents', 'Your CID card and a photograph In progress'],
      ['Declaration', 'Not yet started'],
    ]);
    expect(tree.some((node) => node.role === 'link' && node.name === 'Pay the fee')).toBe(false);
    expect(list.shadowRoot?.textContent).toContain('Cannot start yet');
    await expectAccessible(list);
  });

  it('is reached with Tab in order, and Enter follows the focused task', async () => {
    const list = await taskList(TASKS);
    const followed: string[] = [];
    list.shadowRoot?.addEventListener('click', (event) => {
      event.preventDefault();
      followed.push((event.target as HTMLAnchorElement).getAttribute('href') ?? '');
    });
    const visited: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await userEvent.tab();
      visited.push(deepActiveElement()?.textContent?.trim() ?? '');
    }
    expect(visited).toEqual(['Your details', 'Upload documents', 'Declaration']);
    await userEvent.keyboard('{Enter}');
    expect(followed).toEqual(['#declaration']);
  });

  it('leaves out only a task with an unknown status or a missing link, and says which', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = await taskList([
      ...TASKS,
      { label: 'Book a visit', href: '#visit', status: 'done' },
      { label: 'Review', status: 'in-progress' },
    ]);
    expect(list.tasks.map((task) => task.label)).toEqual(TASKS.map((task) => task.label));
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.some((message) => message.includes('item 5') && message.includes('"done"'))).toBe(true);
    expect(messages.some((message) => message.includes('item 6') && message.includes('href'))).toBe(true);
  });

  it('speaks Dzongkha, with Tibetan digits, on a Dzongkha page', async () => {
    const list = await taskList(TASKS, 'dz');
    expect(list.shadowRoot?.querySelector('.progress')?.textContent?.trim()).toBe('ལཱ་ ༤ ལས་ ༡ མཇུག་བསྡུ་ཡི།');
    expect(list.shadowRoot?.querySelector('.completed .status')?.textContent).toBe('མཇུག་བསྡུ་ཡི།');
    await expectAccessible(list);
  });
});
