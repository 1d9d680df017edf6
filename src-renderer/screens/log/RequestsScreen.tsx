import { ComingSoon } from '../ComingSoon';

export function RequestsScreen() {
  return <ComingSoon title="Requests at issue" text="The discovery requests your motion is about will be listed here." />;
}
