import { ComingSoon } from '../ComingSoon';

export function ContactLogScreen() {
  return <ComingSoon title="Contact log" text="Every call, meeting, letter and try to reach the other side will be kept here." />;
}
