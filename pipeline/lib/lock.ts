import { mkdir, open, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { CliError, writeError } from '../errors.ts'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes `<dir>/.build.lock` for this process, so two builds never write the same output folder at once.
 * A lock left by a process that no longer runs (killed with SIGKILL) is taken over.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw writeError(error, dir)
  })
  const file = path.join(dir, '.build.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(`${process.pid}\n`)
      await handle.close()
      return async () => {
        await rm(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(error, dir)
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim())
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new CliError(`Another build (process ${holder}) is writing ${dir}`, {
          hint: `wait for it to finish, or stop it; if no build is running, delete ${file}`,
        })
      }
      await rm(file, { force: true })
    }
  }
  throw new CliError(`Could not take the build lock ${file}`, { hint: `delete ${file} if no build is running` })
}
