import { useCallback } from 'react';
import { useNavigate } from 'react-router';

interface FollowEvent {
  preventDefault: () => void;
  detail: { href?: string; external?: boolean };
}

/** Cloudscape links and buttons keep real hrefs (open in new tab works); a plain click navigates in the SPA. */
export function useFollow(): (event: FollowEvent) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: FollowEvent) => {
      const { href, external } = event.detail;
      if (href === undefined || external === true) return;
      event.preventDefault();
      void navigate(href);
    },
    [navigate],
  );
}
