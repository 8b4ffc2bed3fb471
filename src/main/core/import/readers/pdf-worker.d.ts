/** pdf.js's worker module (the package ships no types for it): loaded for its side effect only. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
