#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so no build step stands between an edit and a run.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../pipeline/cli.ts')
process.exitCode = await main(process.argv.slice(2))
