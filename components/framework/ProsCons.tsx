import type { Framework } from '../../data/catalog-schema';

type Opinion = Framework['pros'][number];

function byVotes(a: Opinion, b: Opinion): number {
  return (b.votes ?? 0) - (a.votes ?? 0);
}

function OpinionList({
  label,
  items,
  tone,
  subject,
}: {
  label: string;
  items: Opinion[];
  tone: 'pro' | 'con';
  subject?: string;
}) {
  if (items.length === 0) return null;
  const source = items[0]?.source;
  return (
    <section class={`sp-opinions sp-${tone}`} aria-label={subject ? `${label} of ${subject}` : label}>
      <h3>{label}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.text}>
            {item.text}
            {item.votes !== undefined && <span class="sp-votes"> · {item.votes} votes</span>}
          </li>
        ))}
      </ul>
      {source && (
        <p class="sp-source">
          {source.name}, {source.date}
        </p>
      )}
    </section>
  );
}

/**
 * Pros and cons, most voted first; `limit` keeps the card short. `named`
 * puts the framework's name in the regions' labels, for views that show
 * several entries side by side (landmark names must differ).
 */
export function ProsCons({ framework, limit, named }: { framework: Framework; limit?: number; named?: boolean }) {
  const subject = named ? framework.name : undefined;
  const pros = [...framework.pros].sort(byVotes).slice(0, limit);
  const cons = [...framework.cons].sort(byVotes).slice(0, limit);
  if (pros.length === 0 && cons.length === 0) return null;
  return (
    <div class="sp-pros-cons">
      <OpinionList label="Pros" items={pros} tone="pro" subject={subject} />
      <OpinionList label="Cons" items={cons} tone="con" subject={subject} />
    </div>
  );
}
