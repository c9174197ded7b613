/**
 * Churn, short run (issue 8): 2 s of text changing every frame and 30 in-page
 * navigations on a GitHub-like page. The long run is churn.stress.ts.
 */
import { churnSuite } from './churn-suite';

churnSuite({ label: 'short run', churnMs: 2_000, minSteps: 30, navigations: 30, checkEvery: 10 });
