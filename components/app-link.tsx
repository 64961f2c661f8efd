import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * Every link between Redline's pages: Next's Link without prefetching. Each page is rendered per request
 * (its scripts carry the request's CSP nonce), so prefetching the links in view cost a server render per
 * link on every visit (11 on an article's page) for pages the reader mostly does not open.
 */
export function AppLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
