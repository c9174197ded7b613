/**
 * Churn, long run (issue 8; `npm run test:stress`): 10 s of text changing
 * every frame and 200 GitHub-style in-page navigations, checked as the short
 * run in churn.e2e.ts is.
 */
import { churnSuite } from './churn-suite';

churnSuite({ label: 'long run', churnMs: 10_000, minSteps: 150, navigations: 200, checkEvery: 20 });
