import type { Framework } from '../../data/catalog-schema';
import { FrameworkLinks } from './FrameworkLinks';
import { KeyNumbers } from './KeyNumbers';
import { concurrencyLabel, kindLabel } from './labels';
import { ProsCons } from './ProsCons';
import { Traits } from './Traits';

export interface FrameworkDetailProps {
  framework: Framework;
  /** Alternatives that exist in the catalog, for "Compare with". */
  alternatives: { id: string; name: string }[];
  onCompare(otherId: string): void;
}

/** Everything the catalog holds on one entry, for the popup's Look up view. */
export function FrameworkDetail({ framework, alternatives, onCompare }: FrameworkDetailProps) {
  const otherNames = framework.aliases.map((alias) => alias.text).filter((text) => text !== framework.name);
  return (
    <article class="sp-detail" aria-labelledby={`detail-${framework.id}`}>
      <h2 id={`detail-${framework.id}`}>{framework.name}</h2>
      <p class="sp-kind">
        {kindLabel(framework.kind)} · {framework.languages.join(', ')}
      </p>
      <p class="sp-summary">{framework.summary}</p>
      <p>{framework.description}</p>
      <h3>Concurrency</h3>
      <p>
        <strong>{concurrencyLabel(framework)}.</strong> {framework.concurrency.detail}
      </p>
      <Traits framework={framework} />
      <h3>Numbers</h3>
      <KeyNumbers framework={framework} />
      <ProsCons framework={framework} />
      {alternatives.length > 0 && (
        <section aria-labelledby={`alternatives-${framework.id}`}>
          <h3 id={`alternatives-${framework.id}`}>Compare with</h3>
          <div class="sp-chips">
            {alternatives.map((alternative) => (
              <button
                type="button"
                key={alternative.id}
                aria-label={`Compare ${framework.name} with ${alternative.name}`}
                onClick={() => onCompare(alternative.id)}
              >
                {alternative.name}
              </button>
            ))}
          </div>
        </section>
      )}
      <FrameworkLinks framework={framework} />
      {otherNames.length > 0 && (
        <p class="sp-muted">
          <strong>Also written:</strong> {otherNames.join(', ')}
        </p>
      )}
      {framework.contextHints.length > 0 && (
        <div class="sp-muted">
          <strong>Seen near:</strong>
          <ul class="sp-inline-list">
            {framework.contextHints.map((hint) => (
              <li key={hint}>
                <code>{hint}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {framework.notes && framework.notes.length > 0 && (
        <section aria-label="Editors’ notes">
          <h3>Editors’ notes</h3>
          <ul>
            {framework.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
