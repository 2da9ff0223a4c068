// Runs fsrs-rs (the @open-spaced-repetition/binding package) on a history given as JSON, for the
// optimiser tests: node oracle.mjs < request.json > response.json
// Request: { "items": [[[rating, deltaDays], ...], ...], "evaluate": [[w0..w20], ...] }
// Response: { "fitted": [w0..w20], "evaluations": [{ "logLoss": x, "rmseBins": y }, ...] }
import { readFileSync } from 'node:fs'
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding'

const request = JSON.parse(readFileSync(0, 'utf8'))
const items = () => request.items.map(
  (reviews) => new FSRSBindingItem(reviews.map(([rating, delta]) => new FSRSBindingReview(rating, delta))))

const fitted = await computeParameters(items(), { enableShortTerm: true, numRelearningSteps: 1 })
const evaluations = [fitted, ...(request.evaluate ?? [])].map((weights) => {
  const result = new FSRSBinding(weights).evaluate(items())
  return { logLoss: result.logLoss, rmseBins: result.rmseBins }
})
process.stdout.write(JSON.stringify({ fitted, evaluations }))
