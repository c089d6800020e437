import type { Problem } from './sections/problem';
import { taskTypeOptions } from './sections/problem';

/** The task type as a reader sees it: its label, or the text typed for "Other". */
export function describeTaskType(problem: Pick<Problem, 'taskType' | 'taskTypeOther'>): string {
  if (problem.taskType === 'other') return problem.taskTypeOther.trim();
  return taskTypeOptions.find((option) => option.value === problem.taskType)?.label ?? '';
}
