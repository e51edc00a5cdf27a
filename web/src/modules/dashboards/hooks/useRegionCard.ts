import { useLiveSubscription } from '../../../apollo/live/useLiveSubscription';
import { type RegionCardFieldsFragment } from '../../../gql/graphql';
import { REGION_CARD_CHANGED_SUBSCRIPTION } from '../graphql/dashboards.operations';
import { newestTally } from '../utils/newest-tally';

/** One region's figures on the overview: those loaded with the page, then each recount pushed. */
export function useRegionCard(loaded: RegionCardFieldsFragment): RegionCardFieldsFragment {
  const pushed = useLiveSubscription(REGION_CARD_CHANGED_SUBSCRIPTION, {
    variables: { regionId: loaded.region.id },
  });
  return newestTally(loaded, pushed.data?.regionTallyChanged) ?? loaded;
}
