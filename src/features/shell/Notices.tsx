import { useUiSelector } from '@/context/AppContext';
// In the first load on purpose: a failed save must be told even when the server can no longer
// send code.
import NoticeBanners from './NoticeBanners';

/** Banners about storage (an unreadable saved draft, a change in another tab, a failed save), a failed export and a finished import. */
export function Notices() {
  const notices = useUiSelector((state) => state.notices);
  if (notices.length === 0) return null;
  return <NoticeBanners notices={notices} />;
}
