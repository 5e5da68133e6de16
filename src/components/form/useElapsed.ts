import { useEffect, useState } from 'react'

const TICK_MS = 100

/** Milliseconds since `submittedAt`, ticking every 100 ms while `isPending`; 0 otherwise. */
export function useElapsed(submittedAt: number, isPending: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!isPending) return
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [isPending, submittedAt])
  return isPending && submittedAt > 0 ? Math.max(0, now - submittedAt) : 0
}
