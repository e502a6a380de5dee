import { describe, expect, it } from 'vitest'
import { mapInPool } from '../pipeline/lib/pool.ts'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('mapInPool', () => {
  it('runs at most `width` at once and returns the results in the items\' order', async () => {
    let running = 0
    let most = 0
    const results = await mapInPool([30, 5, 20, 1, 10], 2, async (ms, i) => {
      most = Math.max(most, ++running)
      await pause(ms)
      running--
      return `${i}:${ms}`
    })
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10'])
    expect(most).toBe(2)
  })

  it('starts nothing new after a failure, and throws it once the running work has settled', async () => {
    const started: number[] = []
    const settled: number[] = []
    const run = mapInPool([0, 1, 2, 3], 2, async (i) => {
      started.push(i)
      if (i === 0) throw new Error('first fails')
      await pause(20)
      settled.push(i)
      return i
    })
    await expect(run).rejects.toThrow('first fails')
    expect(started).toEqual([0, 1])
    expect(settled).toEqual([1])
  })
})
