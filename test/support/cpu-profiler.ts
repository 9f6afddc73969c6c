import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/** Profiles the calling thread from now until `stop`, which writes a .cpuprofile for Chrome DevTools. */
export async function startProfiler(): Promise<{ stop(file: string): Promise<string> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await writeFile(file, JSON.stringify(profile));
      return file;
    },
  };
}
