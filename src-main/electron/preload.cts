/**
 * The renderer's only way into the app: one typed invoke(method, input). Sandboxed preloads
 * must be CommonJS, hence .cts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ShellInvoke } from '../core/api/contract.js';

const caseFile = {
  invoke: ((method, input, caseId) => ipcRenderer.invoke('casefile:invoke', method, input, caseId)) as ShellInvoke,
} satisfies { invoke: ShellInvoke };

contextBridge.exposeInMainWorld('caseFile', caseFile);
