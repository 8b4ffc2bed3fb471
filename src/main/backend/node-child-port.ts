/** A BackendPort over a Node child process started with an IPC channel (fork). */
import type { ChildProcess } from 'node:child_process';
import type { BackendPort, FromBackend } from './protocol';

export function nodeChildPort(child: ChildProcess): BackendPort {
  return {
    post: (m) => child.send(m),
    onMessage: (l) => child.on('message', (m) => l(m as FromBackend)),
    onExit: (l) => child.on('exit', (code) => l(code)),
  };
}
