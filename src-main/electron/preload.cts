/**
 * The renderer's only way into the app: one typed invoke(method, input). Sandboxed preloads
 * must be CommonJS, hence .cts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Invoke } from '../core/api/contract.js';

const caseFile = {
  invoke: ((method, input) => ipcRenderer.invoke('casefile:invoke', method, input)) as Invoke,
} satisfies { invoke: Invoke };

contextBridge.exposeInMainWorld('caseFile', caseFile);
