import { createInterface } from 'node:readline';

/** Asks one question and resolves to the answer line, or undefined once the input has ended. */
export interface Prompter {
  ask(question: string): Promise<string | undefined>;
  close(): void;
}

/**
 * Questions on `output`, answers read line by line from `input` (a terminal, or any stream in
 * tests). Lines are pulled through readline's async iterator, which buffers them, so answers that
 * arrive before their question (piped input) are not lost.
 */
export function linePrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  return {
    async ask(question) {
      output.write(question);
      if (ended) return undefined;
      const next = await lines.next();
      if (next.done) {
        ended = true;
        output.write('\n');
        return undefined;
      }
      // A terminal echoes what was typed; piped answers are echoed so the transcript reads as a dialogue.
      if (!(input as { isTTY?: boolean }).isTTY) output.write(`${next.value}\n`);
      return next.value;
    },
    close: () => rl.close(),
  };
}
