import { ASYNC_STYLE_LABELS, TRAIT_LABELS } from '../../data/catalog-labels';
import { type Framework, TRAIT_KEYS } from '../../data/catalog-schema';

/** The yes/no traits an entry states (unstated ones are left out) and its async style. */
export function Traits({ framework }: { framework: Framework }) {
  const { traits } = framework;
  const stated = TRAIT_KEYS.filter((key) => traits[key] !== undefined);
  if (stated.length === 0 && !traits.asyncStyle?.length) return null;
  return (
    <dl class="sp-traits">
      {stated.map((key) => (
        <div key={key}>
          <dt>{TRAIT_LABELS[key]}</dt>
          <dd>{traits[key] ? 'Yes' : 'No'}</dd>
        </div>
      ))}
      {traits.asyncStyle && traits.asyncStyle.length > 0 && (
        <div>
          <dt>Async style</dt>
          <dd>{traits.asyncStyle.map((style) => ASYNC_STYLE_LABELS[style]).join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
