/** A goal on the figure's own value or on its ratio to the baseline. */
export interface Goal {
  on: 'value' | 'ratio';
  atLeast?: number;
  atMost?: number;
  /**
   * Also met when the value exceeds the baseline by at most this much, in the figure's unit: a ratio
   * goal with an absolute allowance for baselines so small that a fixed cost dominates the ratio.
   */
  orExcessAtMost?: number;
}

export interface Figure {
  /** Dotted and unique across a suite, e.g. `listUsers.requestsPerSecond`. */
  name: string;
  value: number;
  unit: string;
  /** The same quantity measured on the baseline in the same run; the ratio is value / baseline. */
  baseline?: { label: string; value: number };
  goal?: Goal;
  /** Every measured sample when the value is the best of several. */
  samples?: number[];
  note?: string;
}

export type Verdict = 'PASS' | 'MISS' | 'INFO';

export function ratioOf(figure: Figure): number | undefined {
  if (figure.baseline === undefined || figure.baseline.value === 0) return undefined;
  return figure.value / figure.baseline.value;
}

export function verdictOf(figure: Figure): Verdict {
  const { goal } = figure;
  if (goal === undefined) return 'INFO';
  const checked = goal.on === 'value' ? figure.value : ratioOf(figure);
  if (checked === undefined) return 'MISS';
  const low = goal.atLeast === undefined || checked >= goal.atLeast;
  const high = goal.atMost === undefined || checked <= goal.atMost;
  if (low && high) return 'PASS';
  const excess = figure.baseline === undefined ? undefined : figure.value - figure.baseline.value;
  return goal.orExcessAtMost !== undefined && excess !== undefined && excess <= goal.orExcessAtMost ? 'PASS' : 'MISS';
}

export function describeGoal(goal: Goal, unit: string): string {
  const suffix = goal.on === 'value' ? ` ${unit}` : '×';
  if (goal.atLeast !== undefined && goal.atLeast === goal.atMost) return `${goal.on} = ${formatNumber(goal.atLeast)}${suffix}`;
  const bounds: string[] = [];
  if (goal.atLeast !== undefined) bounds.push(`≥ ${formatNumber(goal.atLeast)}${suffix}`);
  if (goal.atMost !== undefined) bounds.push(`≤ ${formatNumber(goal.atMost)}${suffix}`);
  const alternative = goal.orExcessAtMost === undefined ? '' : ` or ≤ +${formatNumber(goal.orExcessAtMost)} ${unit} over baseline`;
  return `${goal.on} ${bounds.join(' and ')}${alternative}`;
}

/** `name: value (ratio vs baseline, goal …) PASS/MISS`. */
export function formatFigure(figure: Figure): string {
  const parts: string[] = [];
  const ratio = ratioOf(figure);
  if (figure.baseline !== undefined && ratio !== undefined) {
    parts.push(`${formatRatio(ratio)} vs ${figure.baseline.label} ${formatNumber(figure.baseline.value)} ${figure.unit}`);
  }
  parts.push(figure.goal === undefined ? 'no goal' : `goal ${describeGoal(figure.goal, figure.unit)}`);
  if (figure.note !== undefined) parts.push(figure.note);
  return `${figure.name}: ${formatNumber(figure.value)} ${figure.unit} (${parts.join(', ')}) ${verdictOf(figure)}`;
}

export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;
}

/** Three significant digits below 1000, whole numbers with separators above. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}
