import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The bench runs in a plain node process: the collector is exposed here, not by a flag on the command line.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** The heap in use after a full collection, in MB: what is kept, not what is waiting to be collected. */
export function retainedHeapMb(): number {
  collect();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
}
