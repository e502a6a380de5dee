import { describe, expect, it } from 'vitest'
import { CliError } from '../pipeline/errors.ts'
import { findBrowser } from '../pipeline/lib/browser.ts'

describe('findBrowser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first when it is executable', () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/bin/sh', HOME: '/nonexistent' }, [])).toBe('/bin/sh')
  })
  it('refuses a PUPPETEER_EXECUTABLE_PATH that is wrong instead of ignoring it', () => {
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/no/such/chrome' }, ['/bin/sh'])).toThrow(CliError)
  })
  it('then takes the first executable system path', () => {
    expect(findBrowser({ HOME: '/nonexistent' }, ['/no/chromium', '/bin/sh', '/bin/ls'])).toBe('/bin/sh')
  })
  it('says how to get a browser when there is none', () => {
    try {
      findBrowser({ HOME: '/nonexistent' }, ['/no/chromium'])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CliError)
      expect((error as CliError).exitCode).toBe(2)
      expect((error as CliError).hint).toContain('apt-get install -y chromium fonts-noto-core')
      expect((error as CliError).hint).toContain('PUPPETEER_EXECUTABLE_PATH')
    }
  })
})
