import { formatRvu } from '../format.ts';
import type { HistoryPoint } from './types.ts';

/** A line of the chart: an SVG path and its points, in chart coordinates. */
export interface ChartSeries {
	name: string;
	path: string;
	points: { x: number; y: number; value: string }[];
}

/** Everything the SVG needs; all geometry is computed here, none in the template. */
export interface HistoryChart {
	width: number;
	height: number;
	series: ChartSeries[];
	xLabels: { x: number; text: string }[];
	yTicks: { y: number; text: string }[];
	baseline: number;
	/** The x of the plot's left and right edges; the y labels end just left of `left`. */
	left: number;
	right: number;
}

const WIDTH = 480;
const HEIGHT = 200;
// Room for labels 14 units high (site.css): "100.00" on the left, half of "RVU25D" on the right.
const PAD = { top: 16, right: 36, bottom: 28, left: 52 };

/**
 * Chart geometry for the work RVU and non-facility total across releases (oldest first).
 * Undefined with fewer than two releases (one point is not a trend) or when every value is zero.
 */
export function buildHistoryChart(history: readonly HistoryPoint[]): HistoryChart | undefined {
	if (history.length < 2) return undefined;
	// A flat line at zero says nothing the sentence does not.
	if (history.every((point) => point.workRvu === 0 && point.nonFacilityTotal === 0))
		return undefined;

	const max = niceCeiling(
		Math.max(...history.map((point) => Math.max(point.workRvu, point.nonFacilityTotal))),
	);
	const plotWidth = WIDTH - PAD.left - PAD.right;
	const plotHeight = HEIGHT - PAD.top - PAD.bottom;
	const x = (index: number) => round(PAD.left + (plotWidth * index) / (history.length - 1));
	const y = (value: number) =>
		round(PAD.top + plotHeight - (max === 0 ? 0 : (plotHeight * value) / max));

	const series = (name: string, pick: (point: HistoryPoint) => number): ChartSeries => {
		const points = history.map((point, index) => ({
			x: x(index),
			y: y(pick(point)),
			value: formatRvu(pick(point)),
		}));
		return {
			name,
			points,
			path: points.map((point, index) => `${index ? 'L' : 'M'}${point.x} ${point.y}`).join(' '),
		};
	};
	return {
		width: WIDTH,
		height: HEIGHT,
		series: [
			series('Non-facility total RVU', (point) => point.nonFacilityTotal),
			series('Work RVU', (point) => point.workRvu),
		],
		xLabels: history.map((point, index) => ({ x: x(index), text: point.release })),
		yTicks: [0, max / 2, max].map((value) => ({ y: y(value), text: formatRvu(value) })),
		baseline: y(0),
		left: PAD.left,
		right: WIDTH - PAD.right,
	};
}

function niceCeiling(value: number): number {
	if (value <= 0) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(value));
	const steps = [1, 2, 2.5, 5, 10];
	const step = steps.find((candidate) => candidate * magnitude >= value) ?? 10;
	return step * magnitude;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
