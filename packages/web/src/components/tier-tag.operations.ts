import { graphql } from '../gql/gql.ts';

/** The level names of the tier scheme in force for a period (this month without one). */
export const TierNamesQuery = graphql(`
  query TierNames($period: String) {
    tierScheme(period: $period) { id levels { tier zh en } }
  }
`);
