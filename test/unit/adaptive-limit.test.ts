import { AdaptiveLimit } from '../../src/docspace/adaptive-limit.js'

const tick = () => new Promise((r) => setImmediate(r))

describe('AdaptiveLimit', () => {
  it('lets at most the limit through and wakes a waiter on release', async () => {
    const limit = new AdaptiveLimit(2)
    let through = 0
    const enter = () => limit.acquire().then(() => through++)
    void enter()
    void enter()
    void enter()
    await tick()
    expect(through).toBe(2)
    limit.release()
    await tick()
    expect(through).toBe(3)
  })

  it('drops below what was in flight when throttled, and stays there until probing', async () => {
    const limit = new AdaptiveLimit(15)
    for (let i = 0; i < 7; i++) await limit.acquire()
    limit.throttled()
    expect(limit.current).toBe(6)
    for (let i = 0; i < 99; i++) limit.succeeded()
    expect(limit.current).toBe(6)
    limit.succeeded()
    expect(limit.current).toBe(7)
  })

  it('drops by one at least on every 429, even with few in flight', async () => {
    const limit = new AdaptiveLimit(8)
    for (let i = 0; i < 8; i++) await limit.acquire()
    limit.throttled()
    expect(limit.current).toBe(7)
    for (let i = 0; i < 6; i++) limit.release()
    limit.throttled()
    expect(limit.current).toBe(1)
  })

  it('never drops below one and never exceeds the maximum', async () => {
    const limit = new AdaptiveLimit(3)
    await limit.acquire()
    limit.throttled()
    limit.throttled()
    expect(limit.current).toBe(1)
    for (let i = 0; i < 1000; i++) limit.succeeded()
    expect(limit.current).toBe(3)
  })

  it('keeps waiters waiting while throttled below the number in flight', async () => {
    const limit = new AdaptiveLimit(4)
    for (let i = 0; i < 4; i++) await limit.acquire()
    limit.throttled()
    let woke = false
    void limit.acquire().then(() => (woke = true))
    limit.release()
    await tick()
    expect(woke).toBe(false)
    limit.release()
    await tick()
    expect(woke).toBe(true)
  })
})
