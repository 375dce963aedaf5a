import { together } from '../../src/lib/concurrency.js'

describe('together', () => {
  it('gives every result in order', async () => {
    await expect(together(Promise.resolve(1), Promise.resolve('two'))).resolves.toEqual([1, 'two'])
  })

  it('waits for every task before failing, and names every failure', async () => {
    let finished = false
    const slow = new Promise<void>((resolve) =>
      setImmediate(() => {
        finished = true
        resolve()
      })
    )
    const failure = together(Promise.reject(new Error('first')), slow, Promise.reject(new Error('second')))
    await expect(failure).rejects.toThrow('first\nAlso: second')
    expect(finished).toBe(true)
  })
})
