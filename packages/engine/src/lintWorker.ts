// A worker thread of `prepareLintCache`: reads the files the main thread
// posts, with the run's own per-file reading (`createEntryReader`), and
// posts each entry back.
import {parentPort, workerData} from 'node:worker_threads';
import {resolveLintConfig} from '@upgrade-paths/core';
import {createEntryReader} from './entry.js';
import type {WorkerData, WorkerReply, WorkerTask} from './threads.js';

const data = workerData as WorkerData;
const reader = createEntryReader(resolveLintConfig(data.config), data.markdown, data.verbose);

parentPort?.on('message', function (task: WorkerTask) {
  let reply: WorkerReply;
  try {
    reply = {id: task.id, entry: reader.read(task.file, task.hash, task.key)};
  } catch {
    // The main thread reads this file again itself, so the error surfaces
    // there, from `lint`, as in a run without threads.
    reply = {id: task.id, entry: undefined};
  }
  parentPort?.postMessage(reply);
});
