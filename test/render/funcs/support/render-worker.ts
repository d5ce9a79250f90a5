// Renders one chart in a worker thread, so that a test can give the render a larger stack
// (Worker resourceLimits.stackSizeMb) than Node's main thread has.
import { parentPort, workerData } from 'node:worker_threads';
import { loadChart, renderChart } from './render-chart.js';

const { dir, major } = workerData as { dir: string; major: 3 | 4 };
parentPort!.postMessage(renderChart(loadChart(dir), major));
