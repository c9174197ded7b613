import type { Framework } from '../../data/catalog-schema';

const LINK_LABELS = { home: 'Home page', docs: 'Docs', repository: 'Repository', package: 'Package' } as const;

/** The entry's links, each opening in a new tab. */
export function FrameworkLinks({ framework }: { framework: Framework }) {
  const links = (Object.keys(LINK_LABELS) as (keyof typeof LINK_LABELS)[]).flatMap((key) => {
    const href = framework.links[key];
    return href ? [{ key, href }] : [];
  });
  if (links.length === 0) return null;
  return (
    <ul class="sp-link-list" aria-label={`${framework.name} links`}>
      {links.map(({ key, href }) => (
        <li key={key}>
          <a href={href} target="_blank" rel="noopener noreferrer">
            {LINK_LABELS[key]}
          </a>
        </li>
      ))}
    </ul>
  );
}
