// worker.js: the module worker behind createAnalyzerWorker(). It exports
// nothing; start it as a module worker (bundlers recognise this form):
//   new Worker(new URL('resalta/worker.js', import.meta.url), { type: 'module' })
// and pass that URL as createAnalyzerWorker({ workerURL }) if you start it
// yourself. Its messages (the protocol between worker-client.js and it):
import type { CreateAnalyzerOptions, Document, Lang, Progress, ResaltaErrorCode } from './index.js';

export type WorkerRequest =
  | { type: 'init'; id: number; options: Omit<CreateAnalyzerOptions, 'onModel'> }
  | { type: 'analyze'; id: number; text: string; options: Record<string, unknown> | null; progress: boolean };

export interface WorkerErrorFields { code: ResaltaErrorCode; message: string; detail?: string }

export type WorkerResponse =
  | { id: number; type: 'ok'; value: { version: string; models: string[]; hasModel: Partial<Record<Lang, boolean>> } | Document }
  | ({ id: number; type: 'error' } & WorkerErrorFields)
  | { id: number; type: 'progress'; value: Progress }
  | { type: 'model'; value: { lang?: Lang; model: string } & Partial<WorkerErrorFields> };
