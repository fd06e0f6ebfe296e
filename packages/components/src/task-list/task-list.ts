import { defineElement } from '../base/define.ts';
import { taskListStrings } from '@druk/locale/catalogue/components';
import { toTibetanDigits } from '@druk/locale/format/digits';
import { html, nothing } from 'lit';
import { jsonItems, validateItems, warnInvalid, type FieldSpec } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { taskListStyles } from './task-list.styles.ts';

registerStrings(taskListStrings);

export type TaskStatus = 'completed' | 'in-progress' | 'not-started' | 'cannot-start';
const STATUSES: readonly TaskStatus[] = ['completed', 'in-progress', 'not-started', 'cannot-start'];

/** One task of an application: its name, the page that does it, and how far the applicant got. */
export interface Task {
  label: string;
  /** The page where the task is done; not needed (and not linked) while the task cannot start. */
  href?: string;
  status: TaskStatus;
  /** A line under the name, e.g. "Your CID card and a passport photograph". */
  hint?: string;
}

const WHERE = '<druk-task-list> tasks';
const TASK_FIELDS: FieldSpec = {
  label: { type: 'string', required: true },
  href: { type: 'string' },
  status: { type: 'string', required: true },
  hint: { type: 'string' },
};

/** The tasks with a known status and, unless they cannot start yet, a page; each other is left out with a warning. */
function usableTasks(value: unknown): Task[] {
  return validateItems<Task>(value, WHERE, TASK_FIELDS).filter((task, index) => {
    const where = `${WHERE}, item ${index + 1}`;
    if (!STATUSES.includes(task.status)) {
      warnInvalid(where, task.status, `a status among ${STATUSES.join(', ')}`, 'This task is left out.');
      return false;
    }
    if (task.status !== 'cannot-start' && !task.href) {
      warnInvalid(where, JSON.stringify(task), `an "href" for a task that can start`, 'This task is left out.');
      return false;
    }
    return true;
  });
}

/**
 * `<druk-task-list>`: the tasks of a multi-step application ("Your details", "Upload documents", "Pay
 * the fee"), each a link to its page with its status: Completed, In progress, Not yet started or
 * Cannot start yet. A task that cannot start yet is not a link. Each link is described by its status,
 * so a screen reader says "Upload documents, link, In progress"; a line above counts the completed
 * tasks. It is plain links and text: nothing needs JavaScript.
 *
 * ```html
 * <druk-task-list tasks='[{"label":"Your details","href":"details/","status":"completed"},
 *   {"label":"Pay the fee","status":"cannot-start"}]'></druk-task-list>
 * ```
 *
 * @summary Tasks of a multi-step application, with their status.
 * @attr text-progress - Replaces "You have completed {done} of {total} tasks.".
 * @attr text-completed - Replaces "Completed" (also text-in-progress, text-not-started, text-cannot-start).
 * @csspart progress - The line that counts the completed tasks.
 * @csspart list - The list of tasks.
 * @csspart status - Each task's status.
 */
export class DrukTaskList extends DrukElement {
  static override styles = [baseStyles, taskListStyles];
  static override strings: readonly StringId[] = [
    'task-list.progress',
    'task-list.completed',
    'task-list.in-progress',
    'task-list.not-started',
    'task-list.cannot-start',
  ];
  static override properties = { tasks: { converter: jsonItems<Task>(WHERE, TASK_FIELDS) } };

  /** The tasks, in the order they are done: `[{ label, href?, status, hint? }]`. */
  declare tasks: Task[];

  constructor() {
    super();
    this.tasks = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('tasks')) this.tasks = usableTasks(this.tasks);
  }

  private count(value: number): string {
    return this.language === 'dz' ? toTibetanDigits(String(value)) : String(value);
  }

  private renderTask(task: Task, index: number) {
    const statusId = `status-${index}`;
    const hintId = task.hint ? `hint-${index}` : '';
    const name =
      task.status === 'cannot-start'
        ? html`<span class="name">${task.label}</span>`
        : html`<a class="name" href=${task.href ?? ''} aria-describedby=${`${hintId} ${statusId}`.trim()}
            >${task.label}</a
          >`;
    return html`<li class=${task.status}>
      <div class="task">${name} ${task.hint ? html`<span class="hint" id=${hintId}>${task.hint}</span>` : nothing}</div>
      <strong class="status" part="status" id=${statusId}>${this.t(`task-list.${task.status}`)}</strong>
    </li>`;
  }

  override render() {
    const done = this.tasks.filter((task) => task.status === 'completed').length;
    return html`<p class="progress" part="progress">
        ${this.t('task-list.progress', { done: this.count(done), total: this.count(this.tasks.length) })}
      </p>
      <ul part="list">
        ${this.tasks.map((task, index) => this.renderTask(task, index))}
      </ul>`;
  }
}

defineElement('druk-task-list', DrukTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'druk-task-list': DrukTaskList;
  }
}
